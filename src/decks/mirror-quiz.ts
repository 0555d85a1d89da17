// The Chinese and English quiz lists of a card -> its quiz items. The English list mirrors the
// Chinese one item by item: same count, same kinds, same right answers (same `[x]` positions, same
// true/false, same number of steps). An item's id is its position, so the two lists can only be
// paired by position, and a mismatch is an error rather than a guess.
import type { LanguageItem } from './parse-quiz.ts';
import type { QuizItem } from './quiz-types.ts';

type Report = (line: number, message: string) => void;

export interface QuizLists {
  /** Null when the card has no Chinese (or no English) part at all. */
  readonly zh: readonly (LanguageItem | null)[] | null;
  readonly en: readonly (LanguageItem | null)[] | null;
  /** Where to report a count mismatch: the English quiz heading, or the `::: en` line. */
  readonly enLine: number;
}

export function mirrorQuiz(cardId: string, { zh, en, enLine }: QuizLists, report: Report): QuizItem[] {
  if (zh && en && zh.length !== en.length) {
    report(enLine, `card \`${cardId}\`: the English quiz has ${count(en.length)}, the Chinese one ${count(zh.length)}; they must mirror item by item`);
    return [];
  }
  const length = Math.max(zh?.length ?? 0, en?.length ?? 0);
  const items: QuizItem[] = [];
  for (let i = 0; i < length; i++) {
    const a = zh?.[i] ?? null;
    const b = en?.[i] ?? null;
    // A broken item was reported where it is; the deck fails anyway.
    if ((zh && !a) || (en && !b)) continue;
    const problem = a && b ? mismatch(a, b) : null;
    if (problem) {
      report(b?.line ?? enLine, `card \`${cardId}\`: English quiz item ${i + 1} ${problem}`);
      continue;
    }
    const item = combine(`${cardId}#${i + 1}`, a, b);
    if (item) items.push(item);
  }
  return items;
}

function count(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

const positions = (xs: readonly number[]) => xs.map((x) => x + 1).join(', ');

function mismatch(zh: LanguageItem, en: LanguageItem): string | null {
  if (zh.kind !== en.kind) return `is \`${en.kind}\`, the Chinese one \`${zh.kind}\``;
  if ((zh.kind === 'single' || zh.kind === 'multi') && (en.kind === 'single' || en.kind === 'multi')) {
    if (zh.text.options.length !== en.text.options.length) return `has ${en.text.options.length} options, the Chinese one ${zh.text.options.length}`;
    if (positions(zh.correct) !== positions(en.correct)) return `marks option ${positions(en.correct)} right, the Chinese one ${positions(zh.correct)}`;
  }
  if (zh.kind === 'true-false' && en.kind === 'true-false' && zh.answer !== en.answer) return `answers ${en.answer}, the Chinese one ${zh.answer}`;
  if (zh.kind === 'order' && en.kind === 'order' && zh.text.steps.length !== en.text.steps.length)
    return `has ${en.text.steps.length} steps, the Chinese one ${zh.text.steps.length}`;
  return null;
}

/** Both present (already checked to mirror), or one of them. */
function combine(id: string, zh: LanguageItem | null, en: LanguageItem | null): QuizItem | null {
  const first = zh ?? en;
  if (!first) return null;
  const line = first.line;
  switch (first.kind) {
    case 'single':
    case 'multi':
      return { id, kind: first.kind, line, correct: first.correct, zh: zh?.kind === first.kind ? zh.text : null, en: en?.kind === first.kind ? en.text : null };
    case 'true-false':
      return {
        id,
        kind: first.kind,
        line,
        answer: first.answer,
        zh: zh?.kind === 'true-false' ? zh.text : null,
        en: en?.kind === 'true-false' ? en.text : null,
      };
    case 'fill':
      return { id, kind: first.kind, line, zh: zh?.kind === 'fill' ? zh.text : null, en: en?.kind === 'fill' ? en.text : null };
    case 'order':
      return { id, kind: first.kind, line, zh: zh?.kind === 'order' ? zh.text : null, en: en?.kind === 'order' ? en.text : null };
  }
}
