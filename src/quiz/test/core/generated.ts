// A generated question is an ordinary quiz item (decks/quiz-types.ts), so the test shows and checks
// it like an authored one, plus where it came from: the lab or puzzle page that shows the exact
// scenario, and the card it belongs to. Answers are computed by the labs' and puzzles' own engines,
// never written by hand.
import type { QuizItem } from '../../../decks/quiz-types.ts';
import type { Random } from '../../../labs/kernel/random.ts';

export interface GeneratedQuestion {
  readonly item: QuizItem;
  /** `lab:<id>?…` or `puzzle:<id>?…`, resolved to a route by the app. */
  readonly link: string;
  /** The card the question drills (a wrong answer sends it back into today's queue). */
  readonly cardId: string;
}

export interface Generator {
  readonly id: string;
  /** The deck whose test may include it. */
  readonly deckId: string;
  generate(random: Random, n: number): GeneratedQuestion;
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
export const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** A fill-in item whose accepted answers are the computed value, in both languages. */
export function fillItem(id: string, prompt: { zh: string; en: string }, accepted: readonly string[], explanation: { zh: string; en: string }): QuizItem {
  return {
    id,
    kind: 'fill',
    line: 0,
    zh: { prompt: prompt.zh, explanation: explanation.zh, accepted },
    en: { prompt: prompt.en, explanation: explanation.en, accepted },
  };
}

export function trueFalseItem(id: string, prompt: { zh: string; en: string }, answer: boolean, explanation: { zh: string; en: string }): QuizItem {
  return {
    id,
    kind: 'true-false',
    line: 0,
    answer,
    zh: { prompt: prompt.zh, explanation: explanation.zh },
    en: { prompt: prompt.en, explanation: explanation.en },
  };
}

/** Single choice; `options` lists the right one first, the item records where it is. */
export function singleItem(
  id: string,
  prompt: { zh: string; en: string },
  options: { zh: readonly string[]; en: readonly string[] },
  explanation: { zh: string; en: string },
): QuizItem {
  return {
    id,
    kind: 'single',
    line: 0,
    correct: [0],
    zh: { prompt: prompt.zh, explanation: explanation.zh, options: options.zh },
    en: { prompt: prompt.en, explanation: explanation.en, options: options.en },
  };
}
