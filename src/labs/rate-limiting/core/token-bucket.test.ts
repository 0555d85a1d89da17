import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.ts';

describe('token bucket', () => {
  it('a full bucket lets a burst of `capacity` through, then refills at `rate`', () => {
    const tb = createTokenBucket({ ratePerSec: 5, capacity: 10, initialTokens: 10 });
    const burst = Array.from({ length: 12 }, () => tb.decide(0).outcome);
    expect(burst.filter((o) => o === 'admit')).toHaveLength(10);
    expect(tb.decide(0)).toMatchObject({ outcome: 'reject', reason: 'tokens-exhausted', measured: 0, threshold: 1 });
    expect(tb.decide(200)).toMatchObject({ outcome: 'admit', measured: 1 }); // 5/s → one token per 200 ms
    expect(tb.decide(201).outcome).toBe('reject');
    expect(tb.decide(10_000).outcome).toBe('admit');
    expect(tb.level()).toBe(9); // capped at capacity before taking one
  });

  it('refills on exact boundaries despite float steps (rate 10/s, capacity 1, one request per 100 ms)', () => {
    const tb = createTokenBucket({ ratePerSec: 10, capacity: 1, initialTokens: 1 });
    for (let k = 0; k < 1000; k++) expect(tb.decide(k * 100).outcome).toBe('admit');
    expect(tb.decide(99_950).outcome).toBe('reject');
  });

  it('costs: takes `cost` tokens; a cost above capacity can never pass', () => {
    const tb = createTokenBucket({ ratePerSec: 1, capacity: 10, initialTokens: 10 });
    expect([0, 0, 0, 0].map(() => tb.decide(0, 3).outcome)).toEqual(['admit', 'admit', 'admit', 'reject']);
    expect(tb.level()).toBeCloseTo(1, 9);
    expect(tb.decide(0, 11).reason).toBe('cost-over-capacity');
  });

  it('initial tokens: an empty bucket first waits one refill', () => {
    const tb = createTokenBucket({ ratePerSec: 2, capacity: 5, initialTokens: 0 });
    expect(tb.decide(0).outcome).toBe('reject');
    expect(tb.decide(500).outcome).toBe('admit');
    expect(tb.snapshot()).toEqual({ algorithm: 'token-bucket', tokens: 0, lastMs: 500 });
  });

  it('property: admitted cost in any interval t <= capacity + rate·t', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 20_000, noNaN: true }), fc.integer({ min: 1, max: 3 })), { maxLength: 150 }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, rate, capacity, fill) => {
          const reqs = [...raw].sort((a, b) => a[0] - b[0]);
          const tb = createTokenBucket({ ratePerSec: rate, capacity, initialTokens: fill * capacity });
          const admitted = reqs.filter(([t, c]) => tb.decide(t, c).outcome === 'admit');
          for (let i = 0; i < admitted.length; i++) {
            let sum = 0;
            for (let j = i; j < admitted.length; j++) {
              const [tj, cj] = admitted[j] as [number, number];
              sum += cj;
              const t = (tj - (admitted[i] as [number, number])[0]) / 1000;
              expect(sum).toBeLessThanOrEqual(capacity + rate * t + 1e-6);
            }
          }
        },
      ),
    );
  });
});
