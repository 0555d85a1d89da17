import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canReach, multisets, survey } from './can-reach.ts';
import { solve24 as referenceSolve } from './reference.ts';

describe('canReach', () => {
  it('answers the classics', () => {
    expect(canReach([1, 1, 1, 1], 24)).toBe(false);
    expect(canReach([8, 3, 8, 3], 24)).toBe(true); // only via 8/(3−8/3)
    expect(canReach([4, 1, 8, 7], 24)).toBe(true);
    expect(canReach([3, 3, 8, 8], 24)).toBe(true); // 8/(3−8/3) again
    expect(canReach([1, 5, 5, 5], 24)).toBe(true); // 5×(5−1/5)
    expect(canReach([13, 13, 13, 13], 24)).toBe(false);
  });

  it('accepts any target, fractions and up to six numbers', () => {
    expect(canReach([1, 2, 3, 4], 10)).toBe(true);
    expect(canReach(['1/2', '1/2'], 1)).toBe(true);
    expect(canReach([0.1, 0.2], 0.3)).toBe(true); // exact: 0.1 + 0.2 is 3/10 here
    expect(canReach([1, 2, 3, 4, 5, 6], 24)).toBe(true);
    expect(canReach([24], 24)).toBe(true);
    expect(() => canReach([1, 2, 3, 4, 5, 6, 7], 24)).toThrow();
  });

  it('stays exact past the safe-integer range (BigInt replay)', () => {
    const big = 2n ** 60n;
    expect(canReach([big, big, 1n, 1n], big * big + 2n)).toBe(true);
    expect(canReach([big, big, 1n, 1n], big * big + 3n)).toBe(false);
  });

  it('finds 1,362 solvable hands of the 1,820 four-card hands from 1..13', () => {
    expect([...multisets(4, 1, 13)]).toHaveLength(1820);
    const s = survey(4, 1, 13, 24);
    expect(s.total).toBe(1820);
    expect(s.solvable).toBe(1362);
    expect(s.unsolvable).toContainEqual([1, 1, 1, 1]);
  });

  it('agrees with the plain reference solution on random hands (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: -30, max: 60 }), (nums, target) => {
        expect(canReach(nums, target)).toBe(referenceSolve(nums, target));
      }),
      { numRuns: 150 },
    );
  });

  it('proves five long fractions cannot make 24 with the same search as before the last-pair shortcut', () => {
    // BigInt throughout (the products leave the safe range). The counts were recorded before the
    // last pair was compared by cross-multiplying: the same states and operations are tried.
    const stats = { states: 0, operations: 0, memoHits: 0 };
    const nums = ['999999/999998', '999997/999995', '999993/999991', '999989/999987', '999983/999981'];
    expect(canReach(nums, 24, stats)).toBe(false);
    expect(stats).toEqual({ states: 23241, operations: 155940, memoHits: 940 });
  });
});
