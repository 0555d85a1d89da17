import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeakyMeter } from './leaky-bucket-meter.ts';
import { createTokenBucket } from './token-bucket.ts';

describe('leaky bucket as a meter', () => {
  it('fills by cost, leaks at rate, rejects what would overflow', () => {
    const m = createLeakyMeter({ ratePerSec: 2, capacity: 3 });
    expect([0, 0, 0, 0].map((t) => m.decide(t).outcome)).toEqual(['admit', 'admit', 'admit', 'reject']);
    expect(m.decide(0)).toMatchObject({ reason: 'meter-overflow', measured: 4, threshold: 3 });
    expect(m.decide(500)).toMatchObject({ outcome: 'admit', measured: 3 }); // leaked 1 in 500 ms
    expect(m.snapshot()).toEqual({ algorithm: 'leaky-meter', water: 3, lastMs: 500 });
    expect(m.decide(500, 4).reason).toBe('cost-over-capacity');
  });

  it('property: decides exactly like a token bucket that starts full (water = capacity − tokens)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 3 })), { maxLength: 200 }),
        fc.constantFrom(1, 2, 4, 5, 10, 20, 50),
        fc.integer({ min: 1, max: 15 }),
        (raw, rate, capacity) => {
          const reqs = [...raw].sort((a, b) => a[0] - b[0]);
          const meter = createLeakyMeter({ ratePerSec: rate, capacity });
          const bucket = createTokenBucket({ ratePerSec: rate, capacity, initialTokens: capacity });
          for (const [t, c] of reqs) expect(meter.decide(t, c).outcome).toBe(bucket.decide(t, c).outcome);
        },
      ),
    );
  });
});
