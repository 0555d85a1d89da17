import { describe, expect, it } from 'vitest';
import { createEntry, type ReviewEntry } from './review-log.ts';
import { createScheduler } from './scheduler.ts';
import { deckCounts, firstReviewTimes, groupByCard, newIntroducedToday, nextCard, summarizeSession } from './session.ts';
import { startOfStudyDay } from './study-day.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const scheduler = createScheduler();
const ids = ['a', 'b', 'c', 'd'];
// Noon local time: far from the 04:00 day boundary.
const noon = (() => {
  const d = new Date(2026, 10, 20, 12);
  return d.getTime();
})();

const next = (log: ReviewEntry[], now: number, newPerDay = 20) =>
  nextCard({ cardIds: ids, states: scheduler.derive(log), firstReviewAt: firstReviewTimes(log), newPerDay, now });

describe('session', () => {
  it('starts with new cards in deck order', () => {
    expect(next([], noon)).toEqual({ cardId: 'a', isNew: true });
  });

  it('respects the new-cards-per-day limit', () => {
    const log = [createEntry('a', 4, noon - 2 * MIN, 0), createEntry('b', 4, noon - MIN, 0)];
    expect(next(log, noon, 2)).toBeNull();
    expect(next(log, noon, 3)).toEqual({ cardId: 'c', isNew: true });
    expect(newIntroducedToday(firstReviewTimes(log), noon)).toBe(2);
    // Yesterday's new cards do not count against today.
    expect(newIntroducedToday(firstReviewTimes(log), noon + DAY)).toBe(0);
  });

  it('shows a card graded Again again once it is due, before new cards', () => {
    const log = [createEntry('a', 1, noon, 0)];
    const states = scheduler.derive(log);
    const due = states.get('a')!.due.getTime();
    expect(next(log, noon + MIN / 2)).toEqual({ cardId: 'b', isNew: true });
    expect(next(log, due)).toEqual({ cardId: 'a', isNew: false });
  });

  it('learns ahead when nothing else is left', () => {
    const log = ids.map((id, i) => createEntry(id, 1, noon + i, 0));
    expect(next(log, noon + 10)).toEqual({ cardId: 'a', isNew: false });
  });

  it('counts new, learning, due and learned', () => {
    const log = [createEntry('a', 4, noon - 30 * DAY, 0), createEntry('b', 4, noon, 0), createEntry('c', 1, noon, 0)];
    const states = scheduler.derive(log);
    const counts = deckCounts(ids, states, noon + MIN / 2);
    // c is in its learning steps: not due this minute, yet counted, as Anki's Learn count does.
    expect(counts).toEqual({ total: 4, new: 1, learning: 1, due: 1, learned: 3 });
  });

  it('learned counts cards ever studied and never goes down as time passes', () => {
    const log = [createEntry('a', 3, noon, 0), createEntry('b', 4, noon, 0), createEntry('c', 1, noon, 0)];
    const states = scheduler.derive(log);
    let previous = 0;
    for (const later of [noon + MIN, noon + 10 * MIN, noon + DAY, noon + 10 * DAY, noon + 400 * DAY]) {
      const { learned, new: fresh, total } = deckCounts(ids, states, later);
      expect(learned).toBe(3);
      expect(learned).toBeGreaterThanOrEqual(previous);
      expect(fresh + learned).toBe(total);
      previous = learned;
    }
  });

  it('summarises only this session', () => {
    const log = [createEntry('a', 3, noon - DAY, 5000), createEntry('b', 1, noon, 2000), createEntry('c', 3, noon + 1, 3000)];
    expect(summarizeSession(groupByCard(log), noon)).toEqual({ reviewed: 2, byGrade: { 1: 1, 2: 0, 3: 1, 4: 0 }, totalMs: 5000 });
  });

  it('a study day starts at 04:00', () => {
    const lateNight = new Date(2026, 10, 21, 2).getTime();
    expect(startOfStudyDay(lateNight)).toBe(new Date(2026, 10, 20, 4).getTime());
    expect(startOfStudyDay(noon)).toBe(new Date(2026, 10, 20, 4).getTime());
  });
});
