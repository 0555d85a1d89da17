import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { appendArrival, generateArrivals, type TrafficSpec } from './traffic.ts';

const isSortedWithin = (xs: readonly number[], end: number): boolean => xs.every((t, i) => t >= 0 && t < end && (i === 0 || (xs[i - 1] as number) <= t));

describe('generateArrivals', () => {
  it('steady: one arrival every 1000/rate ms from 0', () => {
    expect(generateArrivals({ kind: 'steady', ratePerSec: 4 }, 1000, createRandom(1))).toEqual([0, 250, 500, 750]);
    expect(generateArrivals({ kind: 'steady', ratePerSec: 100 }, 3_600_000, createRandom(1))).toHaveLength(360_000);
  });

  it('poisson: seeded, sorted, and about rate * duration arrivals', () => {
    const spec: TrafficSpec = { kind: 'poisson', ratePerSec: 50 };
    const a = generateArrivals(spec, 100_000, createRandom(42));
    const b = generateArrivals(spec, 100_000, createRandom(42));
    expect(a).toEqual(b);
    expect(isSortedWithin(a, 100_000)).toBe(true);
    // 5000 expected; a Poisson count has sd ~71, and this seed is fixed, so the bound is not flaky.
    expect(a.length).toBeGreaterThan(4700);
    expect(a.length).toBeLessThan(5300);
    expect(generateArrivals(spec, 100_000, createRandom(43))).not.toEqual(a);
  });

  it('bursts: steady during on, nothing during off', () => {
    const a = generateArrivals({ kind: 'bursts', ratePerSec: 10, onMs: 300, offMs: 700 }, 2000, createRandom(1));
    expect(a).toEqual([0, 100, 200, 1000, 1100, 1200]);
  });

  it('spike: background plus count simultaneous arrivals after the background one at the same time', () => {
    const a = generateArrivals({ kind: 'spike', baseRatePerSec: 2, atMs: 500, count: 3 }, 1500, createRandom(1));
    expect(a).toEqual([0, 500, 500, 500, 500, 1000]);
  });

  it('trace: sorted copy clipped to [0, duration)', () => {
    const times = [30, -1, 10, 2000, 20];
    expect(generateArrivals({ kind: 'trace', timesMs: times }, 1000, createRandom(1))).toEqual([10, 20, 30]);
    expect(times).toEqual([30, -1, 10, 2000, 20]);
  });

  it('degenerate specs give no arrivals instead of looping', () => {
    expect(generateArrivals({ kind: 'steady', ratePerSec: 0 }, 1000, createRandom(1))).toEqual([]);
    expect(generateArrivals({ kind: 'poisson', ratePerSec: -1 }, 1000, createRandom(1))).toEqual([]);
    expect(generateArrivals({ kind: 'bursts', ratePerSec: 5, onMs: 0, offMs: 10 }, 1000, createRandom(1))).toEqual([]);
    expect(generateArrivals({ kind: 'steady', ratePerSec: 5 }, 0, createRandom(1))).toEqual([]);
  });

  it('property: every kind gives sorted arrivals in [0, duration) and is deterministic', () => {
    const spec = fc.oneof(
      fc.record({ kind: fc.constant('steady' as const), ratePerSec: fc.double({ min: 0.1, max: 500, noNaN: true }) }),
      fc.record({ kind: fc.constant('poisson' as const), ratePerSec: fc.double({ min: 0.1, max: 500, noNaN: true }) }),
      fc.record({
        kind: fc.constant('bursts' as const),
        ratePerSec: fc.double({ min: 0.1, max: 500, noNaN: true }),
        onMs: fc.integer({ min: 1, max: 3000 }),
        offMs: fc.integer({ min: 0, max: 3000 }),
      }),
      fc.record({
        kind: fc.constant('spike' as const),
        baseRatePerSec: fc.double({ min: 0, max: 100, noNaN: true }),
        atMs: fc.integer({ min: 0, max: 20_000 }),
        count: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({ kind: fc.constant('trace' as const), timesMs: fc.array(fc.integer({ min: -100, max: 20_000 })) }),
    );
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 10_000 }), fc.integer(), (s, duration, seed) => {
        const a = generateArrivals(s, duration, createRandom(seed));
        expect(isSortedWithin(a, duration)).toBe(true);
        expect(generateArrivals(s, duration, createRandom(seed))).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('appendArrival (send one request now)', () => {
  it('inserts in order, after equal times, without touching the input', () => {
    const base = [0, 100, 100, 300];
    expect(appendArrival(base, 100)).toEqual([0, 100, 100, 100, 300]);
    expect(appendArrival(base, 500)).toEqual([0, 100, 100, 300, 500]);
    expect(appendArrival([], 7)).toEqual([7]);
    expect(base).toEqual([0, 100, 100, 300]);
  });
});
