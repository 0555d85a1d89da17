import { describe, expect, it } from 'vitest';
import { checkN, normalizeSteps, summarizeBigInt } from './steps.ts';

describe('steps', () => {
  it('normalizes step sets', () => {
    expect(normalizeSteps([2, 1, 2])).toEqual([1, 2]);
    expect(() => normalizeSteps([])).toThrow();
    expect(() => normalizeSteps([0, 1])).toThrow();
    expect(() => normalizeSteps([11])).toThrow();
    expect(() => normalizeSteps([1.5])).toThrow();
  });

  it('checks n', () => {
    expect(() => checkN(-1)).toThrow();
    expect(() => checkN(100_001)).toThrow();
    expect(() => checkN(2.5)).toThrow();
    expect(() => checkN(100_000)).not.toThrow();
  });

  it('summarizes huge numbers', () => {
    expect(summarizeBigInt(89n)).toEqual({ digits: 2, text: '89' });
    const big = summarizeBigInt(10n ** 50n);
    expect(big.digits).toBe(51);
    expect(big.text).toBe('100000000000…000000000000（51 位）');
  });
});
