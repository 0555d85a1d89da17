import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value.ts';

describe('formatValue', () => {
  it('writes JSON where it can and JavaScript where JSON cannot', () => {
    expect(formatValue([[1, 2], 'a', null])).toBe('[[1,2],"a",null]');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(5n)).toBe('5n');
    expect(formatValue(NaN)).toBe('NaN');
    expect(formatValue([NaN, 1n])).toBe('["NaN","1n"]');
  });
  it('cuts long values and says how long they were', () => {
    const text = formatValue('x'.repeat(1000), 10);
    expect(text).toBe(`"xxxxxxxxx…（共 1002 个字符）`);
  });
});
