import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, toSeries } from './timeline.ts';

const rows = [0, 100, 100, 250, 900].map((timeMs, i) => ({ timeMs, level: i + 1 }));

describe('indexAtOrBefore', () => {
  it('finds the last row at or before a time', () => {
    expect(indexAtOrBefore(rows, -1)).toBe(-1);
    expect(indexAtOrBefore(rows, 0)).toBe(0);
    expect(indexAtOrBefore(rows, 99)).toBe(0);
    expect(indexAtOrBefore(rows, 100)).toBe(2);
    expect(indexAtOrBefore(rows, 5000)).toBe(4);
    expect(indexAtOrBefore([], 5)).toBe(-1);
  });

  it('property: agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 })), fc.integer({ min: -5, max: 105 }), (ts, t) => {
        const sorted = [...ts].sort((a, b) => a - b).map((timeMs) => ({ timeMs }));
        let expected = -1;
        sorted.forEach((r, i) => {
          if (r.timeMs <= t) expected = i;
        });
        expect(indexAtOrBefore(sorted, t)).toBe(expected);
      }),
    );
  });
});

describe('toSeries', () => {
  it('last: value after the bucket, carried through empty buckets', () => {
    expect(toSeries(rows, 200, (r) => r.level)).toEqual([
      { timeMs: 0, value: 3 },
      { timeMs: 200, value: 4 },
      { timeMs: 400, value: 4 },
      { timeMs: 600, value: 4 },
      { timeMs: 800, value: 5 },
    ]);
  });

  it('sum: counts per bucket, zero when empty, up to endMs', () => {
    expect(toSeries(rows, 500, () => 1, { mode: 'sum', endMs: 1500 }).map((p) => p.value)).toEqual([4, 1, 0]);
  });

  it('max: peak in the bucket, then the level the bucket ended at', () => {
    const r = [
      { timeMs: 0, v: 5 },
      { timeMs: 10, v: 9 },
      { timeMs: 20, v: 2 },
    ];
    expect(toSeries(r, 100, (x) => x.v, { mode: 'max', endMs: 300 }).map((p) => p.value)).toEqual([9, 2, 2]);
  });

  it('initial value before the first row; no buckets for a bad width', () => {
    const r = [{ timeMs: 250, v: 1 }];
    expect(toSeries(r, 100, (x) => x.v, { initial: 10 }).map((p) => p.value)).toEqual([10, 10, 1]);
    expect(toSeries(r, 0, (x) => x.v)).toEqual([]);
  });
});
