import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEntry, createEntry, isReviewEntry, mergeLogs, undoLast, type Grade, type ReviewEntry } from './review-log.ts';

const entry = fc
  .record({
    cardId: fc.constantFrom('a', 'b', 'c'),
    grade: fc.constantFrom<Grade>(1, 2, 3, 4),
    time: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ cardId, grade, time }) => createEntry(cardId, grade, time, 1000));
const log = fc.array(entry, { maxLength: 30 }).map((entries) => mergeLogs([], entries).log);

describe('review log', () => {
  it('appends and undoes the last entry only', () => {
    const a = createEntry('a', 3, 1, 5);
    const b = createEntry('b', 1, 2, 5);
    const both = appendEntry(appendEntry([], a), b);
    expect(both).toEqual([a, b]);
    expect(undoLast(both)).toEqual([a]);
    expect(undoLast([])).toEqual([]);
  });

  it('gives entries stable ids from card and time', () => {
    expect(createEntry('token-bucket', 4, 1700000000000, 2345.6)).toEqual({
      id: 'token-bucket@1700000000000',
      cardId: 'token-bucket',
      grade: 4,
      time: 1700000000000,
      durationMs: 2346,
    });
  });

  it('merge is idempotent, commutative in content, and counts only new entries', () => {
    fc.assert(
      fc.property(log, log, (x, y) => {
        const xy = mergeLogs(x, y);
        expect(mergeLogs(xy.log, y).added).toBe(0);
        expect(mergeLogs(x, x)).toEqual({ log: x, added: 0 });
        const ids = (l: readonly ReviewEntry[]) => l.map((e) => e.id).sort();
        expect(ids(xy.log)).toEqual(ids(mergeLogs(y, x).log));
        expect(new Set(ids(xy.log)).size).toBe(xy.log.length);
        expect(xy.log.map((e) => e.time)).toEqual([...xy.log.map((e) => e.time)].sort((p, q) => p - q));
      }),
    );
  });

  it('recognises well-formed entries only', () => {
    expect(isReviewEntry(createEntry('a', 2, 1, 0))).toBe(true);
    for (const bad of [
      null,
      3,
      {},
      { id: 'x', cardId: 'a', grade: 5, time: 1, durationMs: 0 },
      { id: 'x', cardId: '', grade: 1, time: 1, durationMs: 0 },
      { id: 'x', cardId: 'a', grade: 1, time: Number.NaN, durationMs: 0 },
    ]) {
      expect(isReviewEntry(bad)).toBe(false);
    }
  });
});
