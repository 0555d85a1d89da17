// What to study next, and the counts a deck shows. Pure: states come from the card index
// (card-index.ts), reviews grouped by card and sorted by time (`byCard`), so nothing here walks
// the whole log.
import { byTime, type ReviewEntry } from './review-log.ts';
import type { CardState } from './scheduler.ts';
import { DEFAULT_NEW_PER_DAY, STATE_REVIEW } from './study-constants.ts';
import { endOfStudyDay, startOfStudyDay } from './study-day.ts';

/** Anki's default: a learning card due within 20 minutes may be shown early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;
export { DEFAULT_NEW_PER_DAY };

export interface DeckCounts {
  readonly total: number;
  /** Never studied. */
  readonly new: number;
  /** In their (re)learning steps and coming back before the study day ends, as Anki's "Learn" count. */
  readonly learning: number;
  /** Review cards due by the end of today's study day. */
  readonly due: number;
  /** Ever studied: goes up with each new card studied and never down as time passes. */
  readonly learned: number;
}

export function deckCounts(cardIds: readonly string[], states: ReadonlyMap<string, CardState>, now: number): DeckCounts {
  const end = endOfStudyDay(now);
  let fresh = 0;
  let learning = 0;
  let due = 0;
  for (const id of cardIds) {
    const state = states.get(id);
    if (!state) fresh++;
    else if (state.state !== STATE_REVIEW) {
      if (state.due.getTime() < end) learning++;
    } else if (isDue(state, now, end)) due++;
  }
  return { total: cardIds.length, new: fresh, learning, due, learned: cardIds.length - fresh };
}

/** Learning steps are due to the minute; review cards are due for the whole study day. */
export function isDue(state: CardState, now: number, endOfDay: number): boolean {
  const due = state.due.getTime();
  return state.state === STATE_REVIEW ? due < endOfDay : due <= now;
}

/** Each card's reviews in time order. */
export type ReviewsByCard = ReadonlyMap<string, readonly ReviewEntry[]>;

export function groupByCard(log: readonly ReviewEntry[]): ReviewsByCard {
  const out = new Map<string, ReviewEntry[]>();
  for (const e of [...log].sort(byTime)) {
    const list = out.get(e.cardId);
    if (list) list.push(e);
    else out.set(e.cardId, [e]);
  }
  return out;
}

/** Each reviewed card's first review time. */
export function firstReviewTimes(log: readonly ReviewEntry[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const e of log) first.set(e.cardId, Math.min(first.get(e.cardId) ?? Infinity, e.time));
  return first;
}

/** How many cards had their first review today. */
export function newIntroducedToday(firstReviewAt: ReadonlyMap<string, number>, now: number): number {
  const start = startOfStudyDay(now);
  let count = 0;
  for (const time of firstReviewAt.values()) if (time >= start) count++;
  return count;
}

export interface NextCardInput {
  readonly cardIds: readonly string[];
  readonly states: ReadonlyMap<string, CardState>;
  readonly firstReviewAt: ReadonlyMap<string, number>;
  readonly newPerDay: number;
  readonly now: number;
}

export type NextCard = { readonly cardId: string; readonly isNew: boolean } | null;

/** Due cards first (earliest due first), then new cards in deck order while today's quota lasts. */
export function nextCard({ cardIds, states, firstReviewAt, newPerDay, now }: NextCardInput): NextCard {
  const end = endOfStudyDay(now);
  let best: { id: string; due: number } | null = null;
  let ahead: { id: string; due: number } | null = null;
  for (const id of cardIds) {
    const state = states.get(id);
    if (!state) continue;
    const due = state.due.getTime();
    if (isDue(state, now, end)) {
      if (!best || due < best.due) best = { id, due };
    } else if (state.state !== STATE_REVIEW && due <= now + LEARN_AHEAD_MS && (!ahead || due < ahead.due)) {
      ahead = { id, due };
    }
  }
  if (best) return { cardId: best.id, isNew: false };
  if (newIntroducedToday(firstReviewAt, now) < newPerDay) {
    const fresh = cardIds.find((id) => !states.has(id));
    if (fresh) return { cardId: fresh, isNew: true };
  }
  return ahead ? { cardId: ahead.id, isNew: false } : null;
}

export interface SessionSummary {
  readonly reviewed: number;
  readonly byGrade: Readonly<Record<1 | 2 | 3 | 4, number>>;
  readonly totalMs: number;
}

export function summarizeSession(byCard: ReviewsByCard, sessionStart: number): SessionSummary {
  const entries: ReviewEntry[] = [];
  for (const list of byCard.values()) {
    for (let i = list.length - 1; i >= 0 && list[i]!.time >= sessionStart; i--) entries.push(list[i]!);
  }
  const byGrade = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const e of entries) byGrade[e.grade]++;
  return { reviewed: entries.length, byGrade, totalMs: entries.reduce((sum, e) => sum + e.durationMs, 0) };
}
