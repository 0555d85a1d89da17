import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlidingCounter } from './sliding-counter.ts';

describe('sliding window counter', () => {
  it("Cloudflare's numbers: 42 last minute, 18 this minute, 15 s in → 49.5 < 50, allowed", () => {
    const c = createSlidingCounter({ limit: 50, windowMs: 60_000 });
    for (let i = 0; i < 42; i++) expect(c.decide(i).outcome).toBe('admit');
    // The 18 arrive later in the minute (at its very start, 42 + 8 would already be the limit).
    for (let i = 0; i < 18; i++) expect(c.decide(74_000 + i).outcome).toBe('admit');
    expect(c.decide(75_000)).toMatchObject({ outcome: 'admit', reason: 'estimate-under', measured: 49.5, threshold: 50 });
    // Now 42 × 0.75 + 19 = 50.5: over.
    expect(c.decide(75_000)).toMatchObject({ outcome: 'reject', reason: 'estimate-over', measured: 50.5 });
    expect(c.snapshot()).toEqual({ algorithm: 'sliding-counter', windowStartMs: 60_000, previousCount: 42, currentCount: 19, estimate: 50.5 });
  });

  it('the previous window fades linearly and is forgotten after a whole idle window', () => {
    const c = createSlidingCounter({ limit: 4, windowMs: 1000 });
    for (let i = 0; i < 4; i++) c.decide(900);
    expect(c.decide(1000).outcome).toBe('reject'); // 4 × 1.0 + 0
    expect(c.decide(1250)).toMatchObject({ outcome: 'admit', measured: 3 }); // 4 × 0.75
    expect(c.decide(3000)).toMatchObject({ outcome: 'admit', measured: 0 }); // two windows on: both counts stale
  });

  it('property: the current window never holds more than the limit and each admission saw estimate < limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6000 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 2000 }),
        (raw, limit, windowMs) => {
          const times = [...raw].sort((a, b) => a - b);
          const c = createSlidingCounter({ limit, windowMs });
          for (const t of times) {
            const d = c.decide(t);
            if (d.outcome === 'admit') expect(d.measured).toBeLessThan(limit);
            expect(c.snapshot().currentCount).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
