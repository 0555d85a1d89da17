import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse-expression.ts';
import { formatRational } from './rational.ts';

const value = (text: string): string => {
  const r = parseExpression(text);
  return r.ok ? formatRational(r.value) : `error: ${r.error}`;
};

describe('parseExpression', () => {
  it('evaluates exactly with standard precedence', () => {
    expect(value('8/(3-8/3)')).toBe('24');
    expect(value('8 ÷ (3 − 8 ÷ 3)')).toBe('24');
    expect(value('1 + 2 * 3')).toBe('7');
    expect(value('8 - 4 - 2')).toBe('2');
    expect(value('8 / 4 / 2')).toBe('1');
    expect(value('5×(5−1÷5)')).toBe('24');
    expect(value('-3 * 2')).toBe('-6');
    expect(value('0.1 + 0.2')).toBe('3/10');
  });

  it('returns the numbers used, with negative literals as one number', () => {
    const r = parseExpression('8 − (−3) × 2');
    expect(r.ok && r.numbers.map(formatRational)).toEqual(['8', '-3', '2']);
  });

  it('reports errors in Chinese with a position', () => {
    expect(parseExpression('')).toMatchObject({ ok: false, error: '表达式是空的' });
    expect(parseExpression('(1 + 2')).toMatchObject({ ok: false, error: '缺少右括号 )' });
    expect(parseExpression('1 / 0')).toMatchObject({ ok: false, error: '除数为 0', at: 2 });
    expect(parseExpression('1 + ')).toMatchObject({ ok: false });
    expect(parseExpression('2 3')).toMatchObject({ ok: false, at: 2 });
    expect(parseExpression('1 + a')).toMatchObject({ ok: false, error: '这里应该是一个数，而不是“a”' });
  });
});
