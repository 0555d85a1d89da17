// Every generator, and a seeded test built from them and from the decks' own items: the same seed
// and choices give the same test, so it can be retaken or shared by URL.
import type { QuizItem } from '../../../decks/quiz-types.ts';
import { createRandom } from '../../../labs/kernel/random.ts';
import { hashSeed } from '../../core/seeded-shuffle.ts';
import { breakerState } from './breaker-questions.ts';
import type { GeneratedQuestion, Generator } from './generated.ts';
import { ipHashSame, movedOnLeave, swrrNext } from './load-balancing-questions.ts';
import { game24, stairs } from './puzzle-questions.ts';
import { bucketsOnBurst, nginxDelay, nginxRejects } from './rate-limit-questions.ts';

export const GENERATORS: readonly Generator[] = [nginxRejects, nginxDelay, bucketsOnBurst, breakerState, swrrNext, movedOnLeave, ipHashSame, game24, stairs];

export interface TestQuestion {
  readonly item: QuizItem;
  readonly cardId: string;
  /** Set for generated questions: the lab or puzzle scenario. */
  readonly link: string | null;
}

export interface TestSpec {
  readonly seed: number;
  readonly length: number;
  /** Decks to draw from. */
  readonly deckIds: readonly string[];
  /** Share of generated questions where a deck has generators (0–1). */
  readonly generatedShare: number;
}

/** The test: authored items of the chosen cards and generated questions, interleaved, seeded. */
export function buildTest(spec: TestSpec, authored: readonly { cardId: string; deckId: string; item: QuizItem }[]): TestQuestion[] {
  const random = createRandom(spec.seed ^ hashSeed(spec.deckIds.join(',')));
  const generators = GENERATORS.filter((g) => spec.deckIds.includes(g.deckId));
  const pool = authored.filter((a) => spec.deckIds.includes(a.deckId));
  const wantGenerated = generators.length === 0 ? 0 : Math.min(spec.length, Math.round(spec.length * spec.generatedShare));
  const out: TestQuestion[] = [];
  // Authored items without repeats, in a seeded order.
  const order = pool.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const authoredCount = Math.min(pool.length, spec.length - wantGenerated);
  for (let i = 0; i < authoredCount; i++) {
    const a = pool[order[i] as number];
    if (a) out.push({ item: a.item, cardId: a.cardId, link: null });
  }
  for (let i = 0; out.length < spec.length && generators.length > 0; i++) {
    const g = generators[Math.floor(random() * generators.length)] as Generator;
    const q: GeneratedQuestion = g.generate(random, i);
    out.splice(Math.floor(random() * (out.length + 1)), 0, { item: q.item, cardId: q.cardId, link: q.link });
    if (i > spec.length * 4) break;
  }
  return out;
}
