import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LB_VALUES, parseLoadBalancingParams, toLoadBalancingSearch, type LoadBalancingValues } from './params.ts';
import { LB_PRESET_IDS, LB_PRESET_VALUES } from './presets.ts';
import { MAX_RING_POINTS, ringSize } from './ring-budget.ts';
import { ALGORITHM_IDS } from './types.ts';

const parse = (query: string, base?: LoadBalancingValues) => parseLoadBalancingParams(new URLSearchParams(query), base, LB_PRESET_VALUES);

describe('load-balancing URL parameters', () => {
  it('opens on smooth weighted round robin with unequal weights (5,1,1), so it does not look like plain round robin', () => {
    expect(DEFAULT_LB_VALUES.algorithm).toBe('swrr');
    expect(DEFAULT_LB_VALUES.weights).toEqual([5, 1, 1]);
  });

  it('reads every field', () => {
    const { values, errors } = parse(
      'algo=least-conn&weights=5,1,1&latency=10,20&capacity=8&queue=0&down=2&max_fails=3&fail_timeout=30&traffic=steady&rate=50&duration=5&seed=7&keys=10&zipf=1.5&clients=3&client_zipf=0&vnodes=5&decay=500&key=uri',
    );
    expect(errors).toEqual({});
    expect(values).toMatchObject({
      algorithm: 'least-conn',
      weights: [5, 1, 1],
      latencyMs: [10, 20, 20],
      capacity: 8,
      queue: 0,
      down: [2],
      maxFails: 3,
      failTimeoutS: 30,
      traffic: 'steady',
      rate: 50,
      durationS: 5,
      seed: 7,
      keys: 10,
      zipf: 1.5,
      clients: 3,
      clientZipf: 0,
      vnodes: 5,
      decayMs: 500,
      keySource: 'uri',
    });
  });

  it('refuses bad values with a Chinese message and falls back', () => {
    const { values, errors } = parse('weights=5,0,1&rate=NaN&capacity=-3&algo=magic&down=7&seed=1e20&zipf=abc&compare=swrr&traffic=flood&key=x&preset=nope');
    expect(Object.keys(errors).sort()).toEqual(['algo', 'capacity', 'compare', 'down', 'key', 'preset', 'rate', 'seed', 'traffic', 'weights', 'zipf']);
    expect(errors['rate']).toBe('rate 必须是 1–100000 之间的数');
    expect(errors['weights']).toContain('weights 必须是');
    expect(values).toEqual(DEFAULT_LB_VALUES);
  });

  it('refuses an empty server list and more than 32 servers', () => {
    expect(parse('weights=').errors['weights']).toBeDefined();
    expect(parse(`weights=${Array(33).fill(1).join(',')}`).errors['weights']).toBeDefined();
  });

  it('falls back to the last valid values when given', () => {
    const last = { ...DEFAULT_LB_VALUES, rate: 77 };
    expect(parse('rate=0', last).values.rate).toBe(77);
  });

  it('starts from a preset and lets keys override it', () => {
    const { values } = parse('preset=nginx-swrr-5-1-1&rate=20');
    expect(values).toMatchObject({ preset: 'nginx-swrr-5-1-1', algorithm: 'swrr', weights: [5, 1, 1], rate: 20 });
    expect(toLoadBalancingSearch(values, LB_PRESET_VALUES).toString()).toBe('preset=nginx-swrr-5-1-1&rate=20');
  });

  it('round-trips every preset and random valid values; a hash ring past the cap is refused instead', () => {
    for (const id of LB_PRESET_IDS) {
      const values = LB_PRESET_VALUES[id]!;
      expect(parse(toLoadBalancingSearch(values, LB_PRESET_VALUES).toString()).values).toEqual(values);
    }
    const arbitraryValues = fc.record({
      algorithm: fc.constantFrom(...ALGORITHM_IDS),
      compare: fc.oneof(fc.constant([]), fc.shuffledSubarray([...ALGORITHM_IDS], { minLength: 2 })),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 32 }),
      capacity: fc.integer({ min: 1, max: 10_000 }),
      rate: fc.double({ min: 1, max: 10_000, noNaN: true }), // within MAX_LB_REQUESTS for every preset's duration
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
      zipf: fc.double({ min: 0, max: 3, noNaN: true }),
      traffic: fc.constantFrom('steady', 'poisson', 'bursts', 'spike' as const),
      preset: fc.constantFrom(null, ...LB_PRESET_IDS),
    });
    fc.assert(
      fc.property(arbitraryValues, (v) => {
        const base = v.preset !== null ? LB_PRESET_VALUES[v.preset]! : DEFAULT_LB_VALUES;
        const values: LoadBalancingValues = {
          ...base,
          ...v,
          latencyMs: v.weights.map((_, i) => 5 + i),
          down: v.weights.length > 1 ? [1] : [],
        };
        const parsed = parse(toLoadBalancingSearch(values, LB_PRESET_VALUES).toString());
        if (ringSize(values).points <= MAX_RING_POINTS) expect(parsed.values).toEqual(values);
        else {
          expect(Object.values(parsed.errors).join(' ')).toContain('让哈希环太大');
          expect(ringSize(parsed.values).points).toBeLessThanOrEqual(MAX_RING_POINTS);
        }
      }),
    );
  });
});

describe('load-balancing URL messages in English', () => {
  it('name the key and the allowed range, worded for an English UI', () => {
    const { errors } = parseLoadBalancingParams(new URLSearchParams('rate=0&algo=fastest&actions=100.explode'), DEFAULT_LB_VALUES, LB_PRESET_VALUES, 'en');
    expect(errors['rate']).toBe('rate must be a number from 1 to 100000');
    expect(errors['algo']).toMatch(/^algo must be one of round-robin, swrr, /);
    expect(errors['actions']).toBe('actions item 1 "100.explode" is invalid: the action must be down, up, remove, add or send');
  });
});
