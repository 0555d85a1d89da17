import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInWindow, createCallCounter } from './calls.ts';

/** One call at a time, as a consumer really makes them. */
function bruteForce(list: readonly number[], alive: readonly boolean[], cursor: number, rate: number, retry: boolean) {
  let failed = 0;
  let retriedOk = 0;
  for (let k = 0; k < rate; k++) {
    if (list.length === 0) {
      failed++;
      continue;
    }
    const j = (cursor + k) % list.length;
    if (alive[list[j] as number]) continue;
    const next = list[(j + 1) % list.length] as number;
    if (retry && list.length > 1 && alive[next]) retriedOk++;
    else failed++;
  }
  return { failed, retriedOk };
}

describe('aggregated calls per tick', () => {
  it('counts what calls one by one would count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.nat(30),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        fc.nat(),
        (alive, cursor, rate, retry, drop) => {
          const list = alive.map((_, i) => i).filter((i) => (drop >> i) % 2 === 0 || i === 0);
          const counter = createCallCounter(
            (id) => alive[id] ?? false,
            () => 0,
          );
          const got = counter.tick(list, cursor, rate, retry);
          const want = bruteForce(list, alive, cursor, rate, retry);
          expect({ failed: got.failed, retriedOk: got.retriedOk }).toEqual(want);
          expect(got.ok + got.failed).toBe(rate);
        },
      ),
    );
  });

  it('fails every call with an empty list (no provider available)', () => {
    const counter = createCallCounter(
      () => true,
      () => 0,
    );
    expect(counter.tick([], 0, 10, true)).toEqual({ total: 10, ok: 0, failed: 10, retriedOk: 0 });
  });

  it('counts sorted positions in a wrapping window', () => {
    expect(countInWindow([0, 2, 4], 3, 3, 5)).toBe(2); // positions 3, 4, 0
    expect(countInWindow([1], 0, 0, 5)).toBe(0);
  });
});
