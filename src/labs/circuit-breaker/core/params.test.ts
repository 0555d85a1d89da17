import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreakerSpec } from './breaker-spec.ts';
import { HYSTRIX_MAX_HEALTH_BUCKETS, hystrixHealthBuckets } from './hystrix.ts';
import { parseCircuitBreakerParams, presetParams, toCircuitBreakerSearch, type CircuitBreakerParams } from './params.ts';
import { CIRCUIT_BREAKER_PRESET_IDS, circuitBreakerPresets } from './presets.ts';

const parse = (query: string) => parseCircuitBreakerParams(new URLSearchParams(query));

describe('circuit-breaker URL params', () => {
  it('an empty URL is the default preset, without errors', () => {
    expect(parse('')).toEqual({ values: presetParams('resilience4j-default'), errors: {} });
  });

  it('reads a preset and overrides under the real configuration keys', () => {
    const { values, errors } = parse(
      'preset=resilience4j-slow-calls&failureRateThreshold=25&slidingWindowType=TIME_BASED&automaticTransitionFromOpenToHalfOpenEnabled=false&rate=7&seed=3&duration=60',
    );
    expect(errors).toEqual({});
    expect(values.breaker).toMatchObject({
      model: 'resilience4j',
      config: {
        failureRateThreshold: 25,
        slidingWindowType: 'TIME_BASED',
        automaticTransitionFromOpenToHalfOpenEnabled: false,
        slowCallDurationThreshold: 1000,
      },
    });
    expect(values).toMatchObject({ traffic: { kind: 'poisson', ratePerSec: 7 }, seed: 3, durationMs: 60_000 });
  });

  it('gives a Chinese message for each bad value and keeps the preset value', () => {
    const { values, errors } = parse(
      'failureRateThreshold=0&slidingWindowSize=-3&minimumNumberOfCalls=abc&waitDurationInOpenState=1e12&permittedNumberOfCallsInHalfOpenState=2.5&rate=NaN&seed=-1&duration=&slidingWindowType=SOMETIMES&model=istio',
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        'duration',
        'failureRateThreshold',
        'minimumNumberOfCalls',
        'model',
        'permittedNumberOfCallsInHalfOpenState',
        'rate',
        'seed',
        'slidingWindowSize',
        'slidingWindowType',
        'waitDurationInOpenState',
      ].sort(),
    );
    expect(errors['failureRateThreshold']).toBe('failureRateThreshold 必须是大于 0、不超过 100 的数');
    expect(errors['slidingWindowSize']).toBe('slidingWindowSize 必须是 1–10000 之间的整数');
    expect(errors['rate']).toBe('rate 必须是 0.1–1000 之间的数');
    expect(values).toEqual(presetParams('resilience4j-default'));
  });

  it('reports an unknown preset and a malformed backend', () => {
    const { values, errors } = parse('preset=nope&backend=garbage');
    expect(errors['preset']).toMatch(/preset/);
    expect(errors['backend']).toMatch(/backend 格式不对/);
    expect(values).toEqual(presetParams('resilience4j-default'));
  });

  it('switches model from a preset, starting from that model’s defaults', () => {
    const { values, errors } = parse('preset=resilience4j-default&model=sentinel&grade=error-count&count=7');
    expect(errors).toEqual({});
    expect(values.breaker).toEqual({
      model: 'sentinel',
      rule: { grade: 'error-count', count: 7, slowRatioThreshold: 1, timeWindow: 10, minRequestAmount: 5, statIntervalMs: 1000 },
    });
  });

  it('validates Sentinel count by grade (a ratio must be ≤ 1)', () => {
    const { values, errors } = parse('preset=sentinel-error-ratio&count=3');
    expect(errors['count']).toBe('count 必须是 0–1 之间的数');
    expect(values.breaker).toMatchObject({ rule: { count: 0.5 } });
    const switched = parse('preset=sentinel-slow-ratio&grade=error-ratio');
    expect(switched.errors).toEqual({});
    expect(switched.values.breaker).toMatchObject({ rule: { grade: 'error-ratio', count: 0.5 } });
  });

  it('checks Hystrix’s rolling window against the snapshot interval', () => {
    const { values, errors } = parse('preset=hystrix-default&metricsRollingStatsTimeInMilliseconds=200');
    expect(errors['metricsRollingStatsTimeInMilliseconds']).toMatch(/不能小于/);
    expect(values).toEqual(presetParams('hystrix-default'));
  });

  it('refuses a Hystrix health window of more than HYSTRIX_MAX_HEALTH_BUCKETS buckets, and keeps the rest', () => {
    const { values, errors } = parse(
      'preset=hystrix-default&metricsRollingStatsTimeInMilliseconds=600000&metricsHealthSnapshotIntervalInMilliseconds=10&errorThresholdPercentage=40',
    );
    expect(errors['metricsRollingStatsTimeInMilliseconds']).toBe(
      '健康统计窗口会有 60000 个桶（metricsRollingStatsTimeInMilliseconds ÷ metricsHealthSnapshotIntervalInMilliseconds），最多 1000 个：调大间隔或缩短窗口',
    );
    expect(values.breaker).toMatchObject({
      config: { metricsRollingStatsTimeInMilliseconds: 10_000, metricsHealthSnapshotIntervalInMilliseconds: 500, errorThresholdPercentage: 40 },
    });
    // Exactly at the limit is fine: 10 s in 10 ms buckets.
    expect(parse('preset=hystrix-default&metricsRollingStatsTimeInMilliseconds=10000&metricsHealthSnapshotIntervalInMilliseconds=10').errors).toEqual({});
    expect(parse('preset=hystrix-default&metricsRollingStatsTimeInMilliseconds=10010&metricsHealthSnapshotIntervalInMilliseconds=10').errors).toHaveProperty(
      'metricsRollingStatsTimeInMilliseconds',
    );
  });

  it('carries manual actions (Resilience4j only) and extra requests', () => {
    const { values, errors } = parse('actions=c@40,o@12.5&send=3.2');
    expect(errors).toEqual({});
    expect(values.actions).toEqual([
      { atMs: 12_500, target: 'FORCED_OPEN' },
      { atMs: 40_000, target: 'CLOSED' },
    ]);
    expect(values.sends).toEqual([3_200]);
    expect(toCircuitBreakerSearch(values).toString()).toBe('preset=resilience4j-default&actions=o%4012.5%2Cc%4040&send=3.2');
    const bad = parse('actions=o@x&send=-1');
    expect(Object.keys(bad.errors).sort()).toEqual(['actions', 'send']);
    expect(bad.values).toEqual(presetParams('resilience4j-default'));
    const sentinel = parse('preset=sentinel-error-ratio&actions=o@1');
    expect(sentinel.errors['actions']).toMatch(/只有 Resilience4j/);
    expect(sentinel.values.actions).toEqual([]);
  });

  it('writes only what differs from the preset', () => {
    expect(toCircuitBreakerSearch(presetParams('sentinel-slow-ratio')).toString()).toBe('preset=sentinel-slow-ratio');
    const changed: CircuitBreakerParams = { ...presetParams('resilience4j-default'), seed: 9 };
    expect(toCircuitBreakerSearch(changed).toString()).toBe('preset=resilience4j-default&seed=9');
  });

  it('round-trips every preset', () => {
    for (const id of CIRCUIT_BREAKER_PRESET_IDS) {
      expect(parseCircuitBreakerParams(toCircuitBreakerSearch(presetParams(id)))).toEqual({ values: presetParams(id), errors: {} });
    }
  });

  it('round-trips random valid values', () => {
    const spec: fc.Arbitrary<BreakerSpec> = fc.oneof(
      fc
        .record({
          failureRateThreshold: fc.integer({ min: 1, max: 100 }),
          slowCallRateThreshold: fc.double({ min: 0.5, max: 100, noNaN: true }),
          slowCallDurationThreshold: fc.integer({ min: 1, max: 600_000 }),
          slidingWindowType: fc.constantFrom('COUNT_BASED', 'TIME_BASED'),
          slidingWindowSize: fc.integer({ min: 1, max: 10_000 }),
          minimumNumberOfCalls: fc.integer({ min: 1, max: 10_000 }),
          waitDurationInOpenState: fc.integer({ min: 1, max: 600_000 }),
          permittedNumberOfCallsInHalfOpenState: fc.integer({ min: 1, max: 1000 }),
          automaticTransitionFromOpenToHalfOpenEnabled: fc.boolean(),
          maxWaitDurationInHalfOpenState: fc.integer({ min: 0, max: 600_000 }),
          transitionToStateAfterWaitDuration: fc.constantFrom('OPEN', 'CLOSED'),
        })
        .map((config) => ({ model: 'resilience4j' as const, config })),
      fc
        .record({
          grade: fc.constantFrom('slow-ratio', 'error-ratio', 'error-count'),
          n: fc.integer({ min: 1, max: 1000 }),
          slowRatioThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
          timeWindow: fc.integer({ min: 1, max: 3600 }),
          minRequestAmount: fc.integer({ min: 1, max: 100_000 }),
          statIntervalMs: fc.integer({ min: 100, max: 600_000 }),
        })
        .map(({ grade, n, ...rest }) => ({ model: 'sentinel' as const, rule: { ...rest, grade, count: grade === 'error-ratio' ? n / 1000 : n } })),
      fc
        .record({
          requestVolumeThreshold: fc.integer({ min: 1, max: 100_000 }),
          errorThresholdPercentage: fc.integer({ min: 0, max: 100 }),
          sleepWindowInMilliseconds: fc.integer({ min: 1, max: 600_000 }),
          metricsRollingStatsTimeInMilliseconds: fc.integer({ min: 60_000, max: 600_000 }),
          metricsHealthSnapshotIntervalInMilliseconds: fc.integer({ min: 10, max: 60_000 }),
          executionTimeoutInMilliseconds: fc.integer({ min: 1, max: 600_000 }),
        })
        .filter((config) => hystrixHealthBuckets(config) <= HYSTRIX_MAX_HEALTH_BUCKETS)
        .map((config) => ({ model: 'hystrix' as const, config })),
    );
    const values: fc.Arbitrary<CircuitBreakerParams> = fc
      .record({
        preset: fc.constantFrom(...CIRCUIT_BREAKER_PRESET_IDS),
        breaker: spec,
        backend: fc.constantFrom(...Object.values(circuitBreakerPresets).map((p) => p.backend)),
        traffic: fc.record({ kind: fc.constantFrom('steady', 'poisson'), ratePerSec: fc.integer({ min: 1, max: 10_000 }).map((r) => r / 10) }),
        seed: fc.integer({ min: 0, max: 4_294_967_295 }),
        durationMs: fc.integer({ min: 5, max: 600 }).map((s) => s * 1000),
        actions: fc
          .array(
            fc.record({ atMs: fc.integer({ min: 0, max: 600_000 }), target: fc.constantFrom('FORCED_OPEN' as const, 'DISABLED' as const, 'CLOSED' as const) }),
            { maxLength: 5 },
          )
          .map((list) => list.sort((a, b) => a.atMs - b.atMs)),
        sends: fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 5 }).map((list) => list.sort((a, b) => a - b)),
      })
      .map((v) => (v.breaker.model === 'resilience4j' ? v : { ...v, actions: [] }));
    fc.assert(
      fc.property(values, (v) => {
        expect(parseCircuitBreakerParams(toCircuitBreakerSearch(v))).toEqual({ values: v, errors: {} });
      }),
    );
  });
});
