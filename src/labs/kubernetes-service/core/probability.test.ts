import { describe, expect, it } from 'vitest';
import { kernelProbability, savedProbability, writtenProbability } from './probability.ts';

describe('statistic probabilities for 1 to 5 endpoints', () => {
  // n endpoints: rules 0..n-2 carry 1/(n-i); the last rule has none.
  const expected: Record<number, { written: string; saved: string }[]> = {
    2: [{ written: '0.5000000000', saved: '0.50000000000' }],
    3: [
      { written: '0.3333333333', saved: '0.33333333349' },
      { written: '0.5000000000', saved: '0.50000000000' },
    ],
    4: [
      { written: '0.2500000000', saved: '0.25000000000' },
      { written: '0.3333333333', saved: '0.33333333349' },
      { written: '0.5000000000', saved: '0.50000000000' },
    ],
    5: [
      { written: '0.2000000000', saved: '0.20000000019' },
      { written: '0.2500000000', saved: '0.25000000000' },
      { written: '0.3333333333', saved: '0.33333333349' },
      { written: '0.5000000000', saved: '0.50000000000' },
    ],
  };

  it('writes %0.10f and prints back %.11f of the 31-bit fraction', () => {
    for (const [n, rules] of Object.entries(expected)) {
      rules.forEach((rule, i) => {
        const written = writtenProbability(Number(n) - i);
        expect(written).toBe(rule.written);
        expect(savedProbability(kernelProbability(written))).toBe(rule.saved);
      });
    }
  });

  it('stores 1/3 as 715827883 / 2^31 and 1/5 as 429496730 / 2^31', () => {
    expect(kernelProbability('0.3333333333')).toBe(715827883);
    expect(kernelProbability('0.2000000000')).toBe(429496730);
  });

  it('has no statistic rule for a single endpoint (nothing to write)', () => {
    expect(expected[1]).toBeUndefined();
  });
});
