import { describe, expect, it } from 'vitest';
import { fmtBytes, fmtInt, fmtSci } from './format-number.ts';

describe('format', () => {
  it('formats counts, odds and sizes', () => {
    expect(fmtInt(10_000_000)).toBe('10,000,000');
    expect(fmtSci(9.31e-7)).toBe('9.3 × 10⁻⁷');
    expect(fmtSci(1.1259e15)).toBe('1.1 × 10¹⁵');
    expect(fmtSci(0.5)).toBe('0.5');
    expect(fmtSci(4.44e-4)).toBe('4.4 × 10⁻⁴');
    expect(fmtBytes(1_100_000)).toBe('1.0 MB');
  });
});
