import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { algorithmIds, algorithms } from './algorithms.ts';
import type { AlgorithmId } from './limiter.ts';
import type { ParamSpec, ParamValue } from './param-schema.ts';
import { defaultValues, parseRateLimitParams, presetValues, toRateLimitSearch, toRunEntries, toTrafficSpec, type RateLimitValues } from './params.ts';
import { presetIds } from './presets.ts';

const parse = (qs: string, last?: RateLimitValues) => parseRateLimitParams(new URLSearchParams(qs), last);

describe('parseRateLimitParams', () => {
  it('an empty URL gives the defaults, no errors', () => {
    expect(parse('')).toEqual({ values: defaultValues(), errors: {} });
  });

  it('single mode: algo plus bare config keys', () => {
    const { values, errors } = parse('algo=nginx&rate=10&burst=5&nodelay=1&traffic=steady&trafficRate=20&seed=7&duration=30');
    expect(errors).toEqual({});
    expect(values.lanes).toEqual([{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: true, status: 503 } }]);
    expect(toTrafficSpec(values.traffic)).toEqual({ kind: 'steady', ratePerSec: 20 });
    expect([values.seed, values.duration]).toEqual([7, 30]);
    expect(toRunEntries(values)).toEqual([{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: true, status: 503 } }]);
  });

  it('compare mode: lanes with letter prefixes', () => {
    const { values, errors } = parse('compare=nginx,nginx,leaky-queue&a.burst=20&b.burst=20&b.nodelay=1&c.queue=20');
    expect(errors).toEqual({});
    expect(values.lanes.map((l) => [l.algorithm, l.params.burst ?? l.params.queue, l.params.nodelay ?? null])).toEqual([
      ['nginx', 20, false],
      ['nginx', 20, true],
      ['leaky-queue', 20, null],
    ]);
  });

  it('a preset is the base; the URL overrides it', () => {
    const { values, errors } = parse('preset=nginx-10rs-burst5&burst=8');
    expect(errors).toEqual({});
    expect(values.preset).toBe('nginx-10rs-burst5');
    expect(values.lanes[0]?.params).toMatchObject({ rate: 10, burst: 8 });
    expect(values.traffic).toEqual(presetValues('nginx-10rs-burst5').traffic);
  });

  it('invalid fields get Chinese messages and fall back to the default or the last valid value', () => {
    const { values, errors } = parse('algo=nginx&rate=0&burst=-1&unit=r/h&nodelay=maybe&seed=x&duration=1e9&trafficRate=NaN&traffic=flood&trace=1,a');
    expect(errors).toEqual({
      rate: 'rate 必须是 1–100000 之间的整数',
      burst: 'burst 必须是 0–100000 之间的整数',
      unit: 'unit 只能是 r/s、r/m 之一',
      nodelay: 'nodelay 只能是 1 或 0',
      seed: 'seed 必须是 0–4294967295 之间的整数',
      duration: 'duration 必须是 0.1–86400 之间的数',
      trafficRate: 'trafficRate 必须是 0–100000 之间的数',
      traffic: 'traffic 必须是 steady、poisson、bursts、spike、trace 之一',
      trace: 'trace 必须是逗号分隔的毫秒数（0–86400000），最多 10000 个',
    });
    // burst falls back to nginx's default, 0.
    expect(values.lanes[0]?.params).toEqual({ rate: 10, unit: 'r/s', burst: 0, delay: 0, nodelay: false, status: 503 });
    expect(values.seed).toBe(defaultValues().seed);

    const last = parse('algo=nginx&rate=25&seed=9').values;
    const again = parse('algo=nginx&rate=huge&seed=-1', last);
    expect(again.values.lanes[0]?.params.rate).toBe(25);
    expect(again.values.seed).toBe(9);
  });

  it('bad algo, compare and preset are reported', () => {
    expect(parse('algo=magic').errors.algo).toContain('algo 必须是');
    expect(parse('compare=nginx').errors.compare).toBe(`compare 需要 2–4 个算法，用逗号分隔，可选：${algorithmIds.join('、')}`);
    expect(parse('compare=a,b,c,d,e').errors.compare).toBeDefined();
    expect(parse('preset=nope').errors.preset).toBe('preset 不存在：nope');
  });
});

describe('toRateLimitSearch', () => {
  it('writes short links: a preset plus what differs', () => {
    const v = presetValues('nginx-10rs-burst5');
    expect(toRateLimitSearch(v).toString()).toBe('preset=nginx-10rs-burst5&algo=nginx&traffic=bursts');
    expect(toRateLimitSearch({ ...v, seed: 5 }).toString()).toBe('preset=nginx-10rs-burst5&algo=nginx&traffic=bursts&seed=5');
  });

  it('every preset round-trips', () => {
    for (const id of presetIds) {
      const v = presetValues(id);
      expect(parse(toRateLimitSearch(v).toString())).toEqual({ values: v, errors: {} });
    }
  });

  const valueOf = (spec: ParamSpec): fc.Arbitrary<ParamValue> => {
    switch (spec.kind) {
      case 'int':
        return fc.integer({ min: spec.min, max: Math.min(spec.max, 1_000_000) });
      case 'number':
        return fc.double({ min: spec.min, max: spec.max, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...spec.options);
    }
  };
  const lane = fc.constantFrom(...algorithmIds).chain((algorithm: AlgorithmId) => {
    const specs = algorithms.find((a) => a.id === algorithm)?.params ?? [];
    return fc.record(Object.fromEntries(specs.map((s) => [s.name, valueOf(s)]))).map((params) => ({ algorithm, params }));
  });

  it('property: parse(toSearch(values)) gives back the values', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...presetIds), { nil: null }),
        fc.array(lane, { minLength: 1, maxLength: 4 }),
        fc.record({
          kind: fc.constantFrom('steady' as const, 'poisson' as const, 'bursts' as const, 'spike' as const, 'trace' as const),
          rate: fc.double({ min: 0, max: 100_000, noNaN: true }),
          onMs: fc.integer({ min: 1, max: 100_000 }),
          offMs: fc.integer({ min: 0, max: 100_000 }),
          spikeAtMs: fc.double({ min: 0, max: 86_400_000, noNaN: true }),
          spikeCount: fc.integer({ min: 0, max: 100_000 }),
          trace: fc.array(fc.integer({ min: 0, max: 86_400_000 }), { maxLength: 20 }),
        }),
        fc.integer({ min: 0, max: 4_294_967_295 }),
        fc.double({ min: 0.1, max: 86_400, noNaN: true }),
        (preset, lanes, traffic, seed, duration) => {
          const values: RateLimitValues = { preset, lanes, traffic, seed, duration };
          expect(parse(toRateLimitSearch(values).toString())).toEqual({ values, errors: {} });
        },
      ),
    );
  });
});
