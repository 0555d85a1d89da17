import { describe, expect, it } from 'vitest';
import { checkExpression } from './check-expression.ts';
import { rational } from './core/rational.ts';

const hand = (...xs: number[]) => xs.map((x) => rational(BigInt(x)));
const t24 = rational(24n);

describe('checkExpression', () => {
  it('accepts an exact fractional solution, in ASCII or Unicode operators', () => {
    expect(checkExpression('8/(3-8/3)', hand(8, 3, 8, 3), t24)).toEqual({ kind: 'ok', value: '24' });
    expect(checkExpression('8 ÷ (3 − 8 ÷ 3)', hand(3, 3, 8, 8), t24)).toEqual({ kind: 'ok', value: '24' });
  });

  it('says nothing for an empty box', () => {
    expect(checkExpression('   ', hand(1, 2, 3, 4), t24)).toEqual({ kind: 'empty' });
  });

  it('points at a syntax error', () => {
    expect(checkExpression('(8-4)*(7-1', hand(4, 1, 8, 7), t24)).toMatchObject({ kind: 'syntax', message: '缺少右括号 )' });
  });

  it('reports numbers that are missing or not in the hand', () => {
    expect(checkExpression('(8-4)*6', hand(4, 1, 8, 7), t24)).toEqual({
      kind: 'wrong-numbers',
      value: '24',
      used: ['8', '4', '6'],
      missing: ['1', '7'],
      extra: ['6'],
    });
  });

  it('counts repeated numbers: a number may be used only as often as it is given', () => {
    expect(checkExpression('8*3*8/8', hand(8, 3, 8, 3), t24)).toMatchObject({ kind: 'wrong-numbers', missing: ['3'], extra: ['8'] });
  });

  it('gives the exact value when it misses the target', () => {
    expect(checkExpression('8/3+8+3', hand(8, 3, 8, 3), t24)).toEqual({ kind: 'wrong-value', value: '41/3' });
  });
});
