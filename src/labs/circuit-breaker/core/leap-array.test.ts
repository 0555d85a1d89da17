import { describe, expect, it } from 'vitest';
import { createLeapArray } from './leap-array.ts';

describe('Sentinel LeapArray', () => {
  it('with one bucket, counts only the current interval', () => {
    const a = createLeapArray(1, 1000);
    a.add(100, true, false);
    a.add(999, false, true);
    expect(a.sum(999, { total: 0, errors: 0, slow: 0 })).toEqual({ total: 2, errors: 1, slow: 1 });
    a.add(1_000, false, false);
    expect(a.sum(1_000, { total: 0, errors: 0, slow: 0 })).toEqual({ total: 1, errors: 0, slow: 0 });
  });

  it('with two buckets, keeps the previous half while it is within the interval', () => {
    const a = createLeapArray(2, 1000);
    a.add(400, true, false); // bucket [0, 500)
    a.add(700, false, false); // bucket [500, 1000)
    expect(a.sum(900, { total: 0, errors: 0, slow: 0 }).total).toBe(2);
    a.add(1_100, false, false); // reuses the slot of [0, 500)
    expect(a.sum(1_100, { total: 0, errors: 0, slow: 0 })).toEqual({ total: 2, errors: 0, slow: 0 });
    expect(a.sum(2_600, { total: 0, errors: 0, slow: 0 }).total).toBe(0); // both deprecated
  });

  it('resets the current bucket or all of them', () => {
    const a = createLeapArray(2, 1000);
    a.add(400, true, false);
    a.add(700, true, false);
    a.resetCurrent(800);
    expect(a.sum(800, { total: 0, errors: 0, slow: 0 }).total).toBe(1);
    a.resetAll();
    expect(a.sum(800, { total: 0, errors: 0, slow: 0 }).total).toBe(0);
  });
});
