import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, equals, formatRational, mul, parseRational, rational, sub, toRational } from './rational.ts';

const arbRational = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n })).map(([n, d]) => rational(n, d));

describe('rational', () => {
  it('keeps lowest terms with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, -5n)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow();
  });

  it('computes 8 / (3 − 8/3) = 24 exactly', () => {
    const eight = rational(8n);
    const three = rational(3n);
    const inner = sub(three, div(eight, three) ?? three);
    expect(inner).toEqual({ num: 1n, den: 3n });
    expect(div(eight, inner)).toEqual({ num: 24n, den: 1n });
    expect(div(eight, rational(0n))).toBeNull();
  });

  it('parses integers, decimals, exponents and fractions exactly', () => {
    expect(parseRational('7')).toEqual(rational(7n));
    expect(parseRational(' -2.5 ')).toEqual(rational(-5n, 2n));
    expect(parseRational('8/3')).toEqual(rational(8n, 3n));
    expect(parseRational('1e-7')).toEqual(rational(1n, 10_000_000n));
    expect(parseRational('0.1')).toEqual(rational(1n, 10n)); // not 0.1000000000000000055…
    for (const bad of ['', 'abc', '1/0', '1.5/2', '1..2', '--1', '3/']) expect(parseRational(bad)).toBeNull();
    expect(toRational(0.1)).toEqual(rational(1n, 10n));
    expect(toRational(1e21)).toEqual(rational(10n ** 21n));
    expect(() => toRational(Number.NaN)).toThrow();
  });

  it('formats canonically', () => {
    expect(formatRational(rational(48n, 2n))).toBe('24');
    expect(formatRational(rational(-16n, 6n))).toBe('-8/3');
  });

  it('obeys field laws (property)', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        expect(add(sub(a, b), b)).toEqual(a);
        const q = div(a, b);
        if (b.num !== 0n) expect(q && mul(q, b)).toEqual(a);
        expect(equals(a, parseRational(formatRational(a)) ?? b)).toBe(true);
        expect(Math.sign(compare(a, b))).toBe(-Math.sign(compare(b, a)));
      }),
    );
  });
});
