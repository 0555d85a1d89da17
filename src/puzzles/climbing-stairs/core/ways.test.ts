import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMethods, countWays } from './ways.ts';

const arbSteps = fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 });

describe('countWays', () => {
  it('the three methods agree (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), arbSteps, (n, steps) => {
        const [memo, dp, matrix] = compareMethods(n, steps);
        expect(memo?.ways).toBe(dp?.ways);
        expect(matrix?.ways).toBe(dp?.ways);
        expect(countWays(n, steps, 'matrix', { plainMatrix: true }).ways).toBe(dp?.ways);
      }),
      { numRuns: 80 },
    );
  });

  it('stairs(n) = stairs(n−1) + stairs(n−2) for {1, 2} (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), (n) => {
        const w = (m: number): bigint => countWays(m, [1, 2], 'matrix').ways;
        expect(w(n)).toBe(w(n - 1) + w(n - 2));
      }),
    );
  });

  it('generalises: stairs(n) = Σ stairs(n − s) for any step set (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 500 }), arbSteps, (n, steps) => {
        const w = (m: number): bigint => countWays(m, steps, 'matrix').ways;
        expect(w(n)).toBe(steps.reduce((acc, s) => acc + w(n - s), 0n));
      }),
      { numRuns: 50 },
    );
  });

  it('counts operations so the methods can be compared', () => {
    const [memo, dp, matrix] = compareMethods(1000, [1, 2]);
    expect(memo?.ops.calls).toBe(2000);
    expect(dp?.ops.additions).toBe(1999);
    expect(matrix?.ops.multiplications).toBeLessThan(50);
    expect(compareMethods(50_000, [1, 2]).map((r) => r.method)).toEqual(['dp', 'matrix']);
  });

  it('can return a trace of the matrix method', () => {
    expect(countWays(10, [1, 2], 'matrix', { trace: true }).doublingSteps).toHaveLength(5);
    expect(countWays(10, [1, 2, 3], 'matrix', { trace: true }).powerSteps?.at(-1)?.exponent).toBe(10);
  });
});
