import { describe, expect, it } from 'vitest';
import { type Expr, combine, formatExpr, leaf, leavesOf } from './expression.ts';
import { rational } from './rational.ts';

const n = (x: number): Expr => leaf(rational(BigInt(x)));

describe('canonical expressions', () => {
  it('folds commutativity and associativity', () => {
    const [a, b, c] = [n(2), n(3), n(5)];
    expect(combine('+', a, b).key).toBe(combine('+', b, a).key);
    expect(combine('*', a, b).key).toBe(combine('*', b, a).key);
    expect(combine('+', combine('+', a, b), c).key).toBe(combine('+', a, combine('+', b, c)).key);
    expect(combine('-', a, combine('-', b, c)).key).toBe(combine('-', combine('+', a, c), b).key); // a−(b−c) = a+c−b
    expect(combine('/', a, combine('/', b, c)).key).toBe(combine('/', combine('*', a, c), b).key); // a/(b/c) = a·c/b
  });

  it('keeps genuinely different expressions apart', () => {
    const [a, b, one] = [n(2), n(3), n(1)];
    expect(combine('-', a, b).key).not.toBe(combine('-', b, a).key);
    expect(combine('*', a, one).key).not.toBe(combine('/', a, one).key);
    expect(combine('+', a, b).key).not.toBe(combine('*', a, b).key);
  });

  it('prints with minimal parentheses', () => {
    const e = combine('/', n(8), combine('-', n(3), combine('/', n(8), n(3))));
    expect(formatExpr(e)).toBe('8 ÷ (3 − 8 ÷ 3)');
    expect(formatExpr(e, 'ascii')).toBe('8/(3-8/3)');
    const p = combine('*', combine('-', n(8), n(4)), combine('-', n(7), n(1)));
    expect(formatExpr(p, 'ascii')).toBe('(7-1)*(8-4)');
    expect(formatExpr(combine('-', n(8), leaf(rational(-3n))))).toBe('8 − (−3)');
    expect(formatExpr(combine('*', n(2), leaf(rational(1n, 2n))), 'ascii')).toBe('2*(1/2)');
    expect(formatExpr(combine('+', combine('*', n(4), n(5)), n(4)), 'ascii')).toBe('4+5*4');
  });

  it('lists the numbers used', () => {
    const e = combine('/', n(8), combine('-', n(3), combine('/', n(8), n(3))));
    expect(leavesOf(e)).toEqual(['3', '3', '8', '8']);
  });
});
