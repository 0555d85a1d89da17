// Is a response to a quiz item right? Responses use the item's written indexes (options and steps
// as the deck lists them), whatever order the view showed them in. A fill answer may match an
// accepted answer of either language: a bilingual learner is not wrong for answering in the other.
import type { QuizItem } from '../../decks/quiz-types.ts';
import { matchesAccepted } from './normalize-answer.ts';

export type QuizResponse =
  | { readonly kind: 'choice'; readonly selected: readonly number[] }
  | { readonly kind: 'true-false'; readonly value: boolean | null }
  | { readonly kind: 'fill'; readonly text: string }
  | { readonly kind: 'order'; readonly order: readonly number[] };

/** False when nothing is answered yet (no option picked, nothing typed). */
export function isAnswered(response: QuizResponse): boolean {
  switch (response.kind) {
    case 'choice':
      return response.selected.length > 0;
    case 'true-false':
      return response.value !== null;
    case 'fill':
      return response.text.trim() !== '';
    case 'order':
      return true;
  }
}

export function checkAnswer(item: QuizItem, response: QuizResponse): boolean {
  switch (item.kind) {
    case 'single':
    case 'multi': {
      if (response.kind !== 'choice') return false;
      const picked = [...new Set(response.selected)].sort((a, b) => a - b);
      return picked.length === item.correct.length && picked.every((x, i) => x === item.correct[i]);
    }
    case 'true-false':
      return response.kind === 'true-false' && response.value === item.answer;
    case 'fill':
      return response.kind === 'fill' && matchesAccepted(response.text, [...(item.zh?.accepted ?? []), ...(item.en?.accepted ?? [])]);
    case 'order':
      return response.kind === 'order' && response.order.length === stepCount(item) && response.order.every((x, i) => x === i);
  }
}

function stepCount(item: QuizItem & { kind: 'order' }): number {
  return (item.zh ?? item.en)?.steps.length ?? 0;
}

/** Moves the entry at `from` to `to` (both clamped), returning a new list. */
export function moveStep<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return [...list];
  next.splice(target, 0, moved);
  return next;
}
