// Per deck: cards by FSRS state, true retention (the share of reviews of cards in the review state
// that passed, over the last 30 days, as Anki's "true retention" counts them), and the forecast of
// cards due each day. Pure: states, reviews and a scheduler step come in.
import { startOfStudyDay } from '../../study/study-day.ts';
import type { ReviewEntry } from '../../study/review-log.ts';
import type { CardState } from '../../study/scheduler.ts';

export type StateName = 'new' | 'learning' | 'review' | 'relearning';
const NAMES: readonly StateName[] = ['new', 'learning', 'review', 'relearning'];

export type StateCounts = Readonly<Record<StateName, number>>;

export function cardsByState(cardIds: readonly string[], states: ReadonlyMap<string, CardState>): StateCounts {
  const counts: Record<StateName, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const id of cardIds) counts[NAMES[states.get(id)?.state ?? 0] ?? 'new']++;
  return counts;
}

export interface Retention {
  readonly passed: number;
  readonly total: number;
  /** passed / total, or null when there was no review of a review-state card. */
  readonly rate: number | null;
}

/**
 * Replays each card's reviews (`step` is the scheduler's) to know the state a card was in when it
 * was reviewed; only reviews of cards in the review state count, and a pass is any grade but Again.
 */
export function trueRetention(
  cardIds: readonly string[],
  byCard: ReadonlyMap<string, readonly ReviewEntry[]>,
  step: (before: CardState | undefined, entry: ReviewEntry) => CardState,
  now: number,
  days = 30,
): Retention {
  const since = now - days * 86_400_000;
  let passed = 0;
  let total = 0;
  for (const id of cardIds) {
    let state: CardState | undefined;
    for (const entry of byCard.get(id) ?? []) {
      if (entry.time >= since && entry.time <= now && state?.state === 2) {
        total++;
        if (entry.grade > 1) passed++;
      }
      state = step(state, entry);
    }
  }
  return { passed, total, rate: total > 0 ? passed / total : null };
}

/** Cards due on each of the next `days` study days; overdue cards count today. */
export function dueForecast(cardIds: readonly string[], states: ReadonlyMap<string, CardState>, now: number, days = 30): number[] {
  const out = new Array<number>(days).fill(0);
  const today = startOfStudyDay(now);
  const ends: number[] = [];
  for (let d = new Date(today), i = 0; i < days; i++) {
    d.setDate(d.getDate() + 1);
    ends.push(d.getTime());
  }
  for (const id of cardIds) {
    const state = states.get(id);
    if (!state || state.state === 0) continue;
    const due = new Date(state.due).getTime();
    const day = ends.findIndex((end) => due < end);
    if (day >= 0) out[day] = (out[day] ?? 0) + 1;
  }
  return out;
}
