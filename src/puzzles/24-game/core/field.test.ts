import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Field, type PairOp, Overflow, applyOp, bigField, runExact, smallField } from './field.ts';
import { rational } from './rational.ts';

describe('field', () => {
  it('small field throws Overflow instead of losing exactness', () => {
    const big = smallField.from(rational(2n ** 40n));
    expect(() => smallField.mul(big, big)).toThrow(Overflow);
    expect(() => smallField.from(rational(2n ** 60n))).toThrow(Overflow);
  });

  it('runExact replays on BigInt after an overflow', () => {
    const used: string[] = [];
    const result = runExact(<T>(F: Field<T>) => {
      used.push(F === (smallField as unknown) ? 'small' : 'big');
      const x = F.from(rational(2n ** 40n));
      return F.key(F.mul(x, x));
    });
    expect(used).toEqual(['small', 'big']);
    expect(result).toBe((2n ** 80n).toString());
  });

  it('small and big fields agree whenever small does not overflow (property)', () => {
    const arb = fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })).map(([n, d]) => rational(BigInt(n), BigInt(d)));
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const sa = smallField.from(a);
        const sb = smallField.from(b);
        expect(smallField.toRational(smallField.add(sa, sb))).toEqual(bigField.add(a, b));
        expect(smallField.toRational(smallField.sub(sa, sb))).toEqual(bigField.sub(a, b));
        expect(smallField.toRational(smallField.mul(sa, sb))).toEqual(bigField.mul(a, b));
        const q = smallField.div(sa, sb);
        const bq = bigField.div(a, b);
        expect(q === null ? null : smallField.toRational(q)).toEqual(bq);
        expect(smallField.key(sa)).toBe(bigField.key(a));
      }),
    );
  });

  it('opEquals answers as computing the result and comparing it, in both fields (property)', () => {
    const ops: PairOp[] = ['a+b', 'a-b', 'b-a', 'a*b', 'a/b', 'b/a'];
    // Small values so that results often hit the target; zeros, negatives and improper fractions.
    const arb = fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 6 })).map(([n, d]) => rational(BigInt(n), BigInt(d)));
    fc.assert(
      fc.property(arb, arb, arb, fc.constantFrom(...ops), (a, b, t, op) => {
        const result = applyOp(bigField, op, a, b);
        if (result === null) return; // a division by zero: never asked
        const expected = bigField.eq(result, t);
        expect(bigField.opEquals(op, a, b, t)).toBe(expected);
        expect(smallField.opEquals(op, smallField.from(a), smallField.from(b), smallField.from(t))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    // Every op hits at least once: 3 + 1 = 4, 3 − 1, 1 − 3 = −2, 2 × 3, 1/2 ÷ 1/4 = 2, 1/4 ÷ 1/2 = 1/2.
    expect(bigField.opEquals('a+b', rational(3n), rational(1n), rational(4n))).toBe(true);
    expect(bigField.opEquals('a-b', rational(3n), rational(1n), rational(2n))).toBe(true);
    expect(bigField.opEquals('b-a', rational(3n), rational(1n), rational(-2n))).toBe(true);
    expect(bigField.opEquals('a*b', rational(2n), rational(3n), rational(6n))).toBe(true);
    expect(bigField.opEquals('a/b', rational(1n, 2n), rational(1n, 4n), rational(2n))).toBe(true);
    expect(bigField.opEquals('b/a', rational(1n, 2n), rational(1n, 4n), rational(1n, 2n))).toBe(true);
    expect(bigField.opEquals('b/a', rational(-1n, 2n), rational(1n, 4n), rational(-1n, 2n))).toBe(true);
  });
});
