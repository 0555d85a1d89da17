import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { arrivalBound, generateArrivals, poissonBound, steadyCount } from '../../kernel/traffic.ts';
import { buildLabStream, labRequestBound, toTrafficSpec } from './lab-run.ts';
import { DEFAULT_LB_VALUES, LB_TRAFFIC_KINDS, parseLoadBalancingParams, type LbTrafficKind, type LoadBalancingValues } from './params.ts';
import { LB_PRESET_VALUES } from './presets.ts';
import { MAX_LB_REQUESTS } from './request-count.ts';

const parse = (query: string, language: 'zh' | 'en' = 'zh') =>
  parseLoadBalancingParams(new URLSearchParams(query), DEFAULT_LB_VALUES, LB_PRESET_VALUES, language);

/** What the lab's generator really makes for these values (before buildLabStream's cut). */
function generated(v: LoadBalancingValues): number {
  return generateArrivals(toTrafficSpec(v), v.durationS * 1000, createRandom(v.seed)).length;
}

describe('the request count of each traffic shape', () => {
  it('counts steady arrivals exactly, rounding included', () => {
    expect(steadyCount(10, 0, 1000)).toBe(10);
    expect(steadyCount(3, 0, 1000)).toBe(3);
    expect(steadyCount(7, 0, 1000)).toBe(7);
    expect(steadyCount(2, 1000, 1000)).toBe(0);
    expect(steadyCount(0, 0, 1000)).toBe(0);
    for (const [rate, to] of [
      [3, 1000],
      [7, 3000],
      [100_000, 5000],
      [333.3, 4500],
      [0.7, 10_000],
    ] as const) {
      expect(steadyCount(rate, 0, to)).toBe(generateArrivals({ kind: 'steady', ratePerSec: rate }, to, createRandom(1)).length);
    }
  });

  it('bursts send at twice the rate half of the time; a spike adds rate requests at once', () => {
    const v = { ...DEFAULT_LB_VALUES, rate: 100, durationS: 10 };
    expect(labRequestBound({ ...v, traffic: 'steady' })).toBe(1000);
    expect(labRequestBound({ ...v, traffic: 'bursts' })).toBe(1000);
    expect(labRequestBound({ ...v, traffic: 'spike' })).toBe(1100);
    expect(labRequestBound({ ...v, traffic: 'poisson' })).toBe(poissonBound(100, 10_000));
    expect(poissonBound(100, 10_000)).toBe(1000 + Math.ceil(6 * Math.sqrt(1000) + 6));
    expect(arrivalBound({ kind: 'trace', timesMs: [-1, 0, 5, 10, 11] }, 10)).toBe(2);
  });

  it('never counts fewer requests than the generator makes, for every shape (exactly as many for the deterministic ones)', () => {
    const fixed: Partial<LoadBalancingValues>[] = [
      { rate: 200, durationS: 20, seed: 42 },
      { rate: 7, durationS: 10, seed: 1 },
      { rate: 333.3, durationS: 4.5, seed: 9 },
      { rate: 1, durationS: 1, seed: 3 },
      { rate: 2500, durationS: 13.7, seed: 123_456 },
    ];
    for (const p of fixed) {
      for (const traffic of LB_TRAFFIC_KINDS) {
        const v = { ...DEFAULT_LB_VALUES, ...p, traffic };
        const n = generated(v);
        expect(n).toBeLessThanOrEqual(labRequestBound(v));
        if (traffic !== 'poisson') expect(n).toBe(labRequestBound(v));
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom<LbTrafficKind>(...LB_TRAFFIC_KINDS),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.integer({ min: 0, max: 4_294_967_295 }),
        (traffic, rate, durationS, seed) => {
          const v = { ...DEFAULT_LB_VALUES, traffic, rate, durationS, seed };
          expect(generated(v)).toBeLessThanOrEqual(labRequestBound(v));
          expect(buildLabStream(v).count).toBeLessThanOrEqual(labRequestBound(v));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the request cap counts what the traffic shape really sends', () => {
  it('refuses a spike that rate × duration alone let through (500,000 + a 100,000 spike)', () => {
    const { values, errors } = parse('traffic=spike&rate=100000&duration=5&seed=7&algo=least-conn');
    expect(errors['rate']).toBe('rate × duration 最多 500000 个请求（traffic=spike 时这组参数会发出最多 600000 个）');
    // The rate goes back to its default; everything else the link set stays.
    expect(values).toMatchObject({ traffic: 'spike', rate: DEFAULT_LB_VALUES.rate, durationS: 5, seed: 7, algorithm: 'least-conn' });
    expect(labRequestBound(values)).toBeLessThanOrEqual(MAX_LB_REQUESTS);
  });

  it('accepts the same rate and duration as steady traffic: exactly 500,000', () => {
    const { values, errors } = parse('traffic=steady&rate=100000&duration=5');
    expect(errors).toEqual({});
    expect(labRequestBound(values)).toBe(MAX_LB_REQUESTS);
  });

  it('counts the traffic a preset brings too, and says so in English', () => {
    const { errors } = parse('preset=round-robin&traffic=spike&rate=50000', 'en');
    expect(errors['rate']).toBe('rate × duration allows at most 500000 requests (with traffic=spike this sends up to 550000)');
    expect(parse('preset=round-robin&traffic=spike&rate=45000').errors).toEqual({});
  });
});
