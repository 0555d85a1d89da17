import { describe, expect, it } from 'vitest';
import { traceDp, waysDp } from './dp.ts';

describe('bottom-up DP', () => {
  it('fills the table', () => {
    const t = traceDp(6, [1, 2]);
    expect(t.table).toEqual(['1', '1', '2', '3', '5', '8', '13']);
    expect(t.fills[1]).toEqual({ i: 1, from: [0], value: '1' });
    expect(t.fills[6]).toEqual({ i: 6, from: [5, 4], value: '13' });
    expect(t.ops.additions).toBe(11);
    expect(traceDp(7, [2, 5]).table).toEqual(['1', '0', '1', '0', '1', '1', '1', '2']);
  });

  it('answers n = 100,000 exactly with a ring buffer', () => {
    const w = waysDp(100_000, [1, 2]);
    expect(w.toString().length).toBe(20_899);
    expect(w % 1_000_000_007n).toBe(waysDp(100_000, [2, 1]) % 1_000_000_007n);
    expect(w.toString().slice(-6)).toBe('537501');
  });

  it('matches the full table of the trace', () => {
    for (const steps of [
      [1, 2],
      [1, 2, 3],
      [2, 5],
      [1, 10],
    ]) {
      const t = traceDp(60, steps);
      t.table.forEach((v, n) => expect(waysDp(n, steps).toString()).toBe(v));
    }
  });
});
