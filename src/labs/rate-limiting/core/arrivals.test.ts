import { describe, expect, it } from 'vitest';
import { expectedArrivals, toArrivals, withManualArrival } from './arrivals.ts';
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

describe('expectedArrivals', () => {
  it('estimates the size of a run before generating it', () => {
    expect(expectedArrivals(parse('traffic=steady&trafficRate=1000&duration=60'))).toBe(60_000);
    expect(expectedArrivals(presetValues('token-bucket-burst'))).toBe(50);
    expect(expectedArrivals(presetValues('nginx-1rs-burst5-batch7'))).toBe(7);
  });

  it('never counts fewer bursts arrivals than the traffic makes: each on-period starts with one, however low the rate', () => {
    for (const qs of [
      'traffic=bursts&trafficRate=0.000001&onMs=1&offMs=0&duration=4',
      'traffic=bursts&trafficRate=0.5&onMs=300&offMs=700&duration=10',
      'traffic=bursts&trafficRate=37&onMs=250&offMs=1000&duration=9.3',
      'traffic=bursts&trafficRate=1000&onMs=1000&offMs=0&duration=2',
    ]) {
      const v = parse(qs);
      expect(expectedArrivals(v), qs).toBeGreaterThanOrEqual(toArrivals(v).length);
    }
    // 4 s of 1 ms bursts back to back: 4,000 arrivals, whatever the rate says.
    expect(toArrivals(parse('traffic=bursts&trafficRate=0.000001&onMs=1&offMs=0&duration=4'))).toHaveLength(4000);
  });
});
