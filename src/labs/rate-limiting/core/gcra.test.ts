import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGcra, createGcraStep, gcraStep, toGcraParams, toReplySeconds } from './gcra.ts';
import { createTokenBucket } from './token-bucket.ts';

describe('GCRA as redis-cell computes it', () => {
  it('README: CL.THROTTLE user123 15 30 60 → [0, 16, 15, -1, 2]', () => {
    const g = createGcra({ maxBurst: 15, count: 30, periodSec: 60 });
    expect(g.decide(0).outcome).toBe('admit');
    expect(g.lastReply()).toEqual([0, 16, 15, -1, 2]);
    expect(g.snapshot()).toEqual({ algorithm: 'gcra', tatMs: 2000, reply: [0, 16, 15, -1, 2] });
  });

  it("redis-cell-impl's own test table (max_burst 4, 1 per second), durations in ns", () => {
    const p = toGcraParams({ maxBurst: 4, count: 1, periodSec: 1 });
    const s = 1e9;
    const ms = 1e6;
    // [now offset ms, quantity, remaining, reset_after ns, retry_after ns, limited]
    const cases: [number, number, number, number, number, boolean][] = [
      [0, 6, 5, 0, -s, true],
      [0, 1, 4, s, -s, false],
      [0, 1, 3, 2 * s, -s, false],
      [0, 1, 2, 3 * s, -s, false],
      [0, 1, 1, 4 * s, -s, false],
      [0, 1, 0, 5 * s, -s, false],
      [0, 1, 0, 5 * s, s, true],
      [3000, 1, 2, 3000 * ms, -s, false],
      [3100, 1, 1, 3900 * ms, -s, false],
      [4000, 1, 1, 4000 * ms, -s, false],
      [8000, 1, 4, 1000 * ms, -s, false],
      [9500, 1, 4, 1000 * ms, -s, false],
      [9500, 0, 4, s, -s, false],
      [9500, 2, 2, 3 * s, -s, false],
      [9500, 5, 2, 3 * s, 3 * s, true],
    ];
    const start = 1_000_000 * s;
    let tat: number | null = null;
    const step = createGcraStep();
    for (const [offset, quantity, remaining, reset, retry, limited] of cases) {
      gcraStep(p, tat, start + offset * ms, quantity, step);
      expect([step.limited, step.remaining, step.resetAfterNs, step.retryAfterNs]).toEqual([limited, remaining, reset, retry]);
      if (!step.limited) tat = step.tatNs;
    }
  });

  it('reply seconds round up only when there is a whole-millisecond part', () => {
    expect(toReplySeconds(-1e9)).toBe(-1);
    expect(toReplySeconds(2e9)).toBe(2);
    expect(toReplySeconds(2e9 + 1e6)).toBe(3);
    expect(toReplySeconds(2e9 + 999_999)).toBe(2);
    expect(toReplySeconds(0)).toBe(0);
  });

  it('15 30 60: 16 pass at once, then one every 2 s; retry_after says when', () => {
    const g = createGcra({ maxBurst: 15, count: 30, periodSec: 60 });
    for (let i = 0; i < 16; i++) expect(g.decide(0).outcome).toBe('admit');
    expect(g.lastReply()).toEqual([0, 16, 0, -1, 32]);
    expect(g.decide(0)).toMatchObject({ outcome: 'reject', reason: 'gcra-limited' });
    expect(g.lastReply()).toEqual([1, 16, 0, 2, 32]);
    expect(g.decide(1999).outcome).toBe('reject');
    expect(g.lastReply()[3]).toBe(1); // 1 ms left → rounds up to 1 s
    expect(g.decide(2000).outcome).toBe('admit');
    expect(g.decide(100_000, 17)).toMatchObject({ outcome: 'reject', reason: 'gcra-quantity-over-limit' });
    expect(g.lastReply()[3]).toBe(-1);
  });

  it('property: GCRA ≡ token bucket with capacity = max_burst + 1 and rate = count / period (bucket full)', () => {
    const params = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 60 }))
      .filter(([, count, period]) => (period * 1000) % count === 0); // whole-ms emission interval
    fc.assert(
      fc.property(
        params,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 4 })), { maxLength: 200 }),
        ([maxBurst, count, periodSec], raw) => {
          const reqs = [...raw].sort((a, b) => a[0] - b[0]);
          const g = createGcra({ maxBurst, count, periodSec });
          const tb = createTokenBucket({ ratePerSec: count / periodSec, capacity: maxBurst + 1, initialTokens: maxBurst + 1 });
          for (const [t, q] of reqs) expect(g.decide(t, q).outcome).toBe(tb.decide(t, q).outcome);
        },
      ),
      { numRuns: 300 },
    );
  });
});
