import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlidingLog } from './sliding-log.ts';

describe('sliding window log', () => {
  it('counts admitted requests in (now - window, now]', () => {
    const log = createSlidingLog({ limit: 2, windowMs: 1000 });
    const seen = [0, 500, 999, 1000, 1499, 1500].map((t) => log.decide(t).outcome);
    expect(seen).toEqual(['admit', 'admit', 'reject', 'admit', 'reject', 'admit']);
    expect(log.snapshot()).toEqual({ algorithm: 'sliding-log', count: 2, recentMs: [1000, 1500] });
  });

  it('closes the fixed-window boundary gap: 10 of 20 pass around the boundary', () => {
    const log = createSlidingLog({ limit: 10, windowMs: 1000 });
    const times = Array.from({ length: 20 }, (_, i) => 900 + i * 10);
    expect(times.filter((t) => log.decide(t).outcome === 'admit')).toHaveLength(10);
  });

  it('a request of cost c takes c places in the log', () => {
    const log = createSlidingLog({ limit: 5, windowMs: 1000 });
    expect(log.decide(0, 3).outcome).toBe('admit');
    expect(log.decide(10, 3)).toMatchObject({ outcome: 'reject', reason: 'log-full', measured: 6, threshold: 5 });
    expect(log.decide(20, 2).outcome).toBe('admit');
    expect(log.level()).toBe(5);
    expect(log.decide(1000, 3).outcome).toBe('admit'); // the three at 0 left the window
  });

  it('property: never more than the limit in ANY window of length W', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 3 })), { maxLength: 200 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 2000 }),
        (raw, limit, windowMs) => {
          const reqs = [...raw].sort((a, b) => a[0] - b[0]);
          const log = createSlidingLog({ limit, windowMs });
          const admitted: [number, number][] = reqs.filter(([t, c]) => log.decide(t, c).outcome === 'admit');
          // The worst windows start at an admitted request: check [t, t + W) for each.
          for (const [start] of admitted) {
            const inWindow = admitted.filter(([t]) => t >= start && t < start + windowMs).reduce((s, [, c]) => s + c, 0);
            expect(inWindow).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
