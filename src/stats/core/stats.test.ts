import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../study/scheduler.ts';
import { createEntry, type Grade, type ReviewEntry } from '../../study/review-log.ts';
import { cardsByState, dueForecast, trueRetention } from './card-stats.ts';
import { currentStreak, reviewsPerDay } from './review-days.ts';

const at = (day: number, hour = 10) => new Date(2026, 11, day, hour).getTime();
const review = (cardId: string, grade: Grade, time: number): ReviewEntry => createEntry(cardId, grade, time, 5000);
const scheduler = createScheduler(0.9);
const groupByCard = (log: readonly ReviewEntry[]) => {
  const m = new Map<string, ReviewEntry[]>();
  for (const e of log) m.set(e.cardId, [...(m.get(e.cardId) ?? []), e]);
  return m;
};

describe('reviews per study day and the streak', () => {
  it('counts by study day (04:00 starts a day) and ends with today', () => {
    const now = at(4, 12);
    const log = [review('a', 3, at(2)), review('b', 3, at(3, 2)), review('c', 3, at(3, 23)), review('d', 3, at(4, 9))];
    const days = reviewsPerDay(log, now, 5);
    expect(days.map((d) => d.count)).toEqual([0, 0, 2, 1, 1]); // Nov 30, Dec 1, 2, 3, 4: 02:00 on the 3rd is still the 2nd
    expect(days.at(-1)!.start).toBe(at(4, 4));
    expect(currentStreak(days)).toBe(3);
  });

  it('an unstudied today does not break the streak; a gap does', () => {
    expect(
      currentStreak([
        { start: 0, count: 2 },
        { start: 1, count: 1 },
        { start: 2, count: 0 },
      ]),
    ).toBe(2);
    expect(
      currentStreak([
        { start: 0, count: 2 },
        { start: 1, count: 0 },
        { start: 2, count: 0 },
      ]),
    ).toBe(0);
    expect(currentStreak([])).toBe(0);
  });

  it('ignores reviews older than the window and after now', () => {
    const days = reviewsPerDay([review('a', 3, at(1)), review('a', 3, at(9))], at(4, 12), 2);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(0);
  });
});

describe('cards by state, true retention and the forecast', () => {
  // Card a: learned and then reviewed twice in the review state (passed, then forgot).
  const log = [review('a', 3, at(1)), review('a', 3, at(1, 11)), review('a', 3, at(5)), review('a', 1, at(20)), review('b', 3, at(20))];
  const states = scheduler.derive(log);
  const ids = ['a', 'b', 'c'];

  it('counts each card once by its FSRS state', () => {
    const counts = cardsByState(ids, states);
    expect(counts.new).toBe(1);
    expect(counts.new + counts.learning + counts.review + counts.relearning).toBe(3);
    expect(counts.relearning).toBe(1); // a forgot
  });

  it('counts only reviews of cards in the review state, over the window', () => {
    const byCard = groupByCard(log);
    const step = (before: Parameters<typeof scheduler.step>[0], entry: ReviewEntry) => scheduler.step(before, entry);
    // States before each review of a: new, learning, review (pass), review (Again).
    expect(trueRetention(ids, byCard, step, at(21), 30)).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(trueRetention(ids, byCard, step, at(21), 10)).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(trueRetention(['c'], byCard, step, at(21)).rate).toBeNull();
  });

  it('puts every reviewed card on the day it is due, overdue ones today', () => {
    const forecast = dueForecast(ids, states, at(25), 30);
    expect(forecast).toHaveLength(30);
    expect(forecast.reduce((a, b) => a + b, 0)).toBe(2);
    expect(forecast[0]).toBe(2); // both were due before the 25th
    const later = dueForecast(ids, states, at(20, 12), 30);
    expect(later.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
