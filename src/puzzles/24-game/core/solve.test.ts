import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse-expression.ts';
import { formatRational, rational } from './rational.ts';
import { solve24 } from './solve.ts';

const sortedKeys = (xs: readonly { num: bigint; den: bigint }[]): string[] => xs.map(formatRational).sort();

describe('solve24', () => {
  it('finds the one fraction solution of 8 3 8 3', () => {
    const r = solve24([8, 3, 8, 3], 24);
    expect(r.solvable).toBe(true);
    expect(r.complete).toBe(true);
    expect(r.solutions.map((s) => s.ascii)).toEqual(['8/(3-8/3)']);
    expect(r.solutions[0]?.text).toBe('8 ÷ (3 − 8 ÷ 3)');
  });

  it('proves 1 1 1 1 has no solution', () => {
    const r = solve24([1, 1, 1, 1], 24);
    expect(r).toMatchObject({ solvable: false, solutions: [], complete: true });
  });

  it('lists 4 1 8 7 without commutative duplicates', () => {
    const texts = solve24([4, 1, 8, 7], 24).solutions.map((s) => s.ascii);
    expect(texts).toContain('(7-1)*(8-4)');
    expect(texts).not.toContain('(8-4)*(7-1)');
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('respects the listing budget but keeps the exhaustive verdict', () => {
    const r = solve24([1, 2, 3, 4, 5, 6], 24, { maxSolutions: 5 });
    expect(r.solvable).toBe(true);
    expect(r.solutions).toHaveLength(5);
    expect(r.complete).toBe(false);
  });

  it('every printed solution evaluates exactly to the target with the same numbers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (nums, target) => {
        const r = solve24(nums, target);
        const keys = new Set<string>();
        for (const s of r.solutions) {
          for (const text of [s.ascii, s.text]) {
            const parsed = parseExpression(text);
            if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
            expect(formatRational(parsed.value)).toBe(String(target));
            expect(sortedKeys(parsed.numbers)).toEqual(sortedKeys(nums.map((n) => rational(BigInt(n)))));
          }
          expect(keys.has(s.key)).toBe(false);
          keys.add(s.key);
        }
        expect(r.solvable).toBe(r.solutions.length > 0);
      }),
      { numRuns: 120 },
    );
  });

  it('gives the same set of solutions whatever the input order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 4, maxLength: 4 }), (nums) => {
        const a = solve24(nums, 24)
          .solutions.map((s) => s.key)
          .sort();
        const b = solve24([...nums].reverse(), 24)
          .solutions.map((s) => s.key)
          .sort();
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });
});
