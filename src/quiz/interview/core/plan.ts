// Which question a mock interview asks next, the way an interviewer does: it opens with a question
// from the user's own notes, then drills down into that card's follow-ups (the cards it links to,
// in the chosen decks) until the topic is exhausted, then opens a new topic. It stops when what is
// left of the interview is under half a question's time box. Pure: cards, a seed and the clock in.
import { createRandom } from '../../../labs/kernel/random.ts';

export interface PlanCard {
  readonly id: string;
  readonly deckId: string;
  /** From the user's notes: interviews open with these. */
  readonly fromNotes: boolean;
  readonly related: readonly string[];
}

export interface PlanState {
  /** Cards asked so far, in order. */
  readonly asked: readonly string[];
  /** The card that opened the current topic's drill-down path, newest last. */
  readonly path: readonly string[];
}

export const START: PlanState = { asked: [], path: [] };

export interface NextQuestion {
  readonly cardId: string;
  /** True when it opens a new topic, false when it follows up on the previous answer. */
  readonly newTopic: boolean;
}

/** Seeded order of the openers (notes cards first), so an interview can be replayed from its seed. */
export function openingOrder(cards: readonly PlanCard[], seed: number): string[] {
  const random = createRandom(seed);
  const shuffled = cards
    .map((c) => ({ c, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c);
  return [...shuffled.filter((c) => c.fromNotes), ...shuffled.filter((c) => !c.fromNotes)].map((c) => c.id);
}

export function nextQuestion(
  cards: readonly PlanCard[],
  openers: readonly string[],
  state: PlanState,
  remainingMs: number,
  timeBoxMs: number,
): NextQuestion | null {
  if (remainingMs < timeBoxMs / 2) return null;
  const byId = new Map(cards.map((c) => [c.id, c]));
  const asked = new Set(state.asked);
  // Drill down: a follow-up of the latest card on the path that has one left, walking back up.
  for (let i = state.path.length - 1; i >= 0; i--) {
    const follow = byId.get(state.path[i] as string)?.related.find((id) => byId.has(id) && !asked.has(id));
    if (follow) return { cardId: follow, newTopic: false };
  }
  const opener = openers.find((id) => !asked.has(id));
  return opener ? { cardId: opener, newTopic: true } : null;
}

export function afterAsking(state: PlanState, next: NextQuestion): PlanState {
  return { asked: [...state.asked, next.cardId], path: next.newTopic ? [next.cardId] : [...state.path, next.cardId] };
}

export interface AnsweredQuestion {
  readonly cardId: string;
  readonly deckId: string;
  readonly grade: 1 | 2 | 3 | 4;
  readonly ms: number;
  /** Key points the typed answer missed (empty when it was not typed). */
  readonly missed: readonly string[];
}

/** Decks by average grade, weakest first (only decks that were asked). */
export function weakestTopics(answers: readonly AnsweredQuestion[]): { deckId: string; average: number; count: number }[] {
  const by = new Map<string, number[]>();
  for (const a of answers) by.set(a.deckId, [...(by.get(a.deckId) ?? []), a.grade]);
  return [...by]
    .map(([deckId, g]) => ({ deckId, average: g.reduce((x, y) => x + y, 0) / g.length, count: g.length }))
    .sort((a, b) => a.average - b.average || b.count - a.count);
}

/** Cards answered Again or Hard: what to study right after. */
export function cardsToStudy(answers: readonly AnsweredQuestion[]): string[] {
  return [...new Set(answers.filter((a) => a.grade <= 2).map((a) => a.cardId))];
}

/** The score shown over time: the share of questions answered Good or Easy. */
export function interviewScore(answers: readonly AnsweredQuestion[]): { right: number; total: number } {
  return { right: answers.filter((a) => a.grade >= 3).length, total: answers.length };
}
