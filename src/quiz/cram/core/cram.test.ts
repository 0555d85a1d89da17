import { describe, expect, it } from 'vitest';
import { cardsToCram, dateForDeck, interviewMoment, isInterviewDates, parseInterviewDate } from './cram.ts';

describe('cards to cram', () => {
  // Recall falls from 1 at `lastMs` by 10 % a day: enough to state the rule without FSRS.
  const states = new Map([
    ['strong', { lastMs: 10 * 86_400_000 }],
    ['weak', { lastMs: 0 }],
    ['mid', { lastMs: 7 * 86_400_000 }],
  ]);
  const recallAt = (s: { lastMs: number }, at: number) => 1 - (at - s.lastMs) / 86_400_000 / 10;

  it('lists cards below the retention on the date, weakest first, unstudied cards at 0', () => {
    const at = 11 * 86_400_000;
    expect(cardsToCram(['strong', 'weak', 'mid', 'new'], states, recallAt, at, 0.9)).toEqual([
      { cardId: 'new', recall: 0 },
      { cardId: 'weak', recall: 0 },
      { cardId: 'mid', recall: expect.closeTo(0.6, 5) },
    ]);
  });

  it('a later interview date means more cards to cram, never fewer', () => {
    const ids = ['strong', 'weak', 'mid'];
    let before = 0;
    for (let day = 10; day < 30; day++) {
      const n = cardsToCram(ids, states, recallAt, day * 86_400_000, 0.9).length;
      expect(n).toBeGreaterThanOrEqual(before);
      before = n;
    }
  });
});

describe('interview dates', () => {
  it('reads real calendar days only', () => {
    expect(parseInterviewDate('2026-12-10')).toEqual({ year: 2026, month: 12, day: 10 });
    expect(parseInterviewDate('2026-02-30')).toBeNull();
    expect(parseInterviewDate('10/12/2026')).toBeNull();
    expect(new Date(interviewMoment({ year: 2026, month: 12, day: 10 })).getHours()).toBe(9);
  });

  it('a deck uses its own date, else the overall one; saved data is checked', () => {
    const dates = { overall: '2026-12-20', decks: { kubernetes: '2026-12-10' } };
    expect(dateForDeck(dates, 'kubernetes')).toBe('2026-12-10');
    expect(dateForDeck(dates, 'docker')).toBe('2026-12-20');
    expect(isInterviewDates(dates)).toBe(true);
    expect(isInterviewDates({ overall: 'soon', decks: {} })).toBe(false);
    expect(isInterviewDates({ overall: null, decks: { a: 5 } })).toBe(false);
  });
});
