import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrivalsBound, toArrivals, withManualArrival } from './arrivals.ts';
import { parseRateLimitParams, presetValues, toRateLimitSearch } from './params.ts';

const parse = (qs: string) => parseRateLimitParams(new URLSearchParams(qs)).values;

describe('toArrivals', () => {
  it('trace traffic replays the trace, sorted and clipped to the duration', () => {
    expect(toArrivals(parse('traffic=trace&trace=300,0,0,5000&duration=2'))).toEqual([0, 0, 300]);
  });

  it('other kinds merge the manual arrivals of `trace` into the generated traffic', () => {
    expect(toArrivals(parse('traffic=steady&trafficRate=2&duration=2'))).toEqual([0, 500, 1000, 1500]);
    expect(toArrivals(parse('traffic=steady&trafficRate=2&duration=2&trace=1500,700,9999'))).toEqual([0, 500, 700, 1000, 1500, 1500]);
  });

  it('is deterministic for a seed', () => {
    const v = parse('traffic=poisson&trafficRate=50&seed=5&duration=3');
    expect(toArrivals(v)).toEqual(toArrivals(v));
    expect(toArrivals(v)).not.toEqual(toArrivals({ ...v, seed: 6 }));
  });
});

describe('withManualArrival', () => {
  it('adds a whole-ms request that survives the URL round trip', () => {
    const base = presetValues('token-bucket-burst');
    const next = withManualArrival(withManualArrival(base, 1234.6), 200);
    expect(next.traffic.trace).toEqual([200, 1235]);
    const again = parseRateLimitParams(toRateLimitSearch(next)).values;
    expect(toArrivals(again)).toEqual(toArrivals(next));
    expect(toArrivals(next).length).toBe(toArrivals(base).length + 2);
  });

  it('joins a recorded trace and is clamped into the run', () => {
    const base = presetValues('nginx-1rs-burst5-batch7');
    expect(withManualArrival(base, 99_999).traffic.trace).toEqual([0, 0, 0, 0, 0, 0, 0, 7999]);
    expect(withManualArrival(base, -5).traffic.trace.filter((t) => t === 0)).toHaveLength(8);
  });
});

describe('arrivalsBound', () => {
  it('counts a run before generating it: exactly for deterministic traffic, with the manual requests', () => {
    expect(arrivalsBound(parse('traffic=steady&trafficRate=1000&duration=60'))).toBe(60_000);
    expect(arrivalsBound(parse('traffic=steady&trafficRate=2&duration=2&trace=1500,700,9999'))).toBe(6);
    expect(arrivalsBound(presetValues('nginx-1rs-burst5-batch7'))).toBe(7);
    // Poisson: above the mean (60,000) by the kernel's six standard deviations, never below the run.
    const poisson = parse('traffic=poisson&trafficRate=1000&duration=60');
    expect(arrivalsBound(poisson)).toBe(Math.ceil(60_000 + 6 * Math.sqrt(60_000) + 6));
  });

  it('never counts fewer bursts arrivals than the traffic makes: each on-period starts with one, however low the rate', () => {
    for (const qs of [
      'traffic=bursts&trafficRate=0.000001&onMs=1&offMs=0&duration=4',
      'traffic=bursts&trafficRate=0.5&onMs=300&offMs=700&duration=10',
      'traffic=bursts&trafficRate=37&onMs=250&offMs=1000&duration=9.3',
      'traffic=bursts&trafficRate=1000&onMs=1000&offMs=0&duration=2',
    ]) {
      const v = parse(qs);
      expect(arrivalsBound(v), qs).toBe(toArrivals(v).length);
    }
    // 4 s of 1 ms bursts back to back: 4,000 arrivals, whatever the rate says.
    expect(toArrivals(parse('traffic=bursts&trafficRate=0.000001&onMs=1&offMs=0&duration=4'))).toHaveLength(4000);
  });

  it('is what toArrivals makes for every deterministic kind, and at least that for Poisson, manual requests included', () => {
    const kind = fc.constantFrom('steady', 'poisson', 'bursts', 'spike', 'trace');
    const rate = fc.oneof(fc.double({ min: 0.1, max: 1000, noNaN: true }), fc.constantFrom(1, 3, 7, 333.3, 1000));
    const times = fc.array(fc.integer({ min: -100, max: 12_000 }), { maxLength: 6 });
    fc.assert(
      fc.property(
        kind,
        rate,
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 10 }),
        times,
        fc.integer(),
        (k, r, on, off, secs, trace, seed) => {
          const qs = new URLSearchParams({
            traffic: k,
            trafficRate: String(r),
            onMs: String(on),
            offMs: String(off),
            duration: String(secs),
            seed: String(seed >>> 0),
          });
          if (trace.length > 0) qs.set('trace', trace.join(','));
          const v = parseRateLimitParams(qs).values;
          const made = toArrivals(v).length;
          if (v.traffic.kind === 'poisson') expect(arrivalsBound(v)).toBeGreaterThanOrEqual(made);
          else expect(arrivalsBound(v)).toBe(made);
        },
      ),
      { numRuns: 300 },
    );
  });
});
