import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Field, Overflow, bigField, runExact, smallField } from './field.ts';
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
});
