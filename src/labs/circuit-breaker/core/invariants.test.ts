// Property tests: the invariants every breaker engine keeps, on random configurations, random
// backend scripts and random traffic, with concurrency (slow calls finish after later arrivals).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackendPhase, BackendScript } from './backend.ts';
import type { BreakerSpec } from './breaker-spec.ts';
import { SNAPSHOT_BUCKETS, SNAPSHOT_CELLS, windowCounts } from './breaker-types.ts';
import type { Resilience4jConfig } from './resilience4j-config.ts';
import type { SimulationInput } from './run-breaker.ts';
import { simulateBreaker, type SimulationRow } from './simulate.ts';

const DURATION = 20_000;

const r4jConfig: fc.Arbitrary<Resilience4jConfig> = fc.record({
  failureRateThreshold: fc.integer({ min: 1, max: 100 }),
  slowCallRateThreshold: fc.integer({ min: 1, max: 100 }),
  slowCallDurationThreshold: fc.integer({ min: 50, max: 2_000 }),
  slidingWindowType: fc.constantFrom('COUNT_BASED', 'TIME_BASED'),
  // Large windows too: their snapshots leave the oldest part out (SNAPSHOT_CELLS / SNAPSHOT_BUCKETS).
  slidingWindowSize: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 190, max: 400 })),
  minimumNumberOfCalls: fc.integer({ min: 1, max: 20 }),
  waitDurationInOpenState: fc.integer({ min: 100, max: 5_000 }),
  permittedNumberOfCallsInHalfOpenState: fc.integer({ min: 1, max: 6 }),
  automaticTransitionFromOpenToHalfOpenEnabled: fc.boolean(),
  maxWaitDurationInHalfOpenState: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 3_000 })),
  transitionToStateAfterWaitDuration: fc.constantFrom('OPEN', 'CLOSED'),
});

const r4jSpec: fc.Arbitrary<BreakerSpec> = r4jConfig.map((config) => ({ model: 'resilience4j' as const, config }));

const sentinelSpec: fc.Arbitrary<BreakerSpec> = fc
  .record({
    grade: fc.constantFrom('slow-ratio', 'error-ratio', 'error-count'),
    rt: fc.integer({ min: 50, max: 1_500 }),
    ratio: fc.double({ min: 0, max: 1, noNaN: true }),
    errors: fc.integer({ min: 0, max: 10 }),
    slowRatioThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
    timeWindow: fc.integer({ min: 1, max: 5 }),
    minRequestAmount: fc.integer({ min: 1, max: 10 }),
    statIntervalMs: fc.constantFrom(500, 1_000, 2_000),
  })
  .map(({ grade, rt, ratio, errors, ...rest }) => ({
    model: 'sentinel' as const,
    rule: { ...rest, grade, count: grade === 'slow-ratio' ? rt : grade === 'error-ratio' ? ratio : errors },
  }));

const hystrixSpec: fc.Arbitrary<BreakerSpec> = fc
  .record({
    requestVolumeThreshold: fc.integer({ min: 1, max: 20 }),
    errorThresholdPercentage: fc.integer({ min: 1, max: 100 }),
    sleepWindowInMilliseconds: fc.integer({ min: 100, max: 3_000 }),
    metricsRollingStatsTimeInMilliseconds: fc.integer({ min: 1_000, max: 5_000 }),
    metricsHealthSnapshotIntervalInMilliseconds: fc.oneof(fc.integer({ min: 100, max: 500 }), fc.integer({ min: 10, max: 40 })),
    executionTimeoutInMilliseconds: fc.integer({ min: 50, max: 2_000 }),
  })
  .map((config) => ({ model: 'hystrix' as const, config }));

const backend: fc.Arbitrary<BackendScript> = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 8_000 }),
      kind: fc.constantFrom('healthy', 'failing', 'slow', 'recovering' as const),
      failureRate: fc.integer({ min: 0, max: 100 }),
      mean: fc.integer({ min: 1, max: 1_500 }),
      jitter: fc.integer({ min: 0, max: 1_000 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((raw) => {
    let from = 0;
    const phases: BackendPhase[] = raw.map((p, i) => {
      if (i > 0) from += p.gap;
      return { fromMs: from, kind: p.kind, failureRate: p.failureRate, latency: { kind: 'uniform', meanMs: p.mean, jitterMs: Math.min(p.jitter, p.mean) } };
    });
    return { phases };
  });

const arrivals = fc.array(fc.integer({ min: 0, max: DURATION - 1 }), { maxLength: 300 }).map((times) => [...times].sort((a, b) => a - b));

const input = (spec: fc.Arbitrary<BreakerSpec>): fc.Arbitrary<SimulationInput> =>
  fc.record({ breaker: spec, backend, arrivals, seed: fc.integer({ min: 0, max: 1_000_000 }), durationMs: fc.constant(DURATION) });

const anyInput = fc.oneof(input(r4jSpec), input(sentinelSpec), input(hystrixSpec));

function halfOpenLimit(spec: BreakerSpec): number {
  return spec.model === 'resilience4j' ? spec.config.permittedNumberOfCallsInHalfOpenState : 1;
}

describe('circuit-breaker invariants (all engines)', () => {
  it('never goes from OPEN to CLOSED without passing through HALF_OPEN', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const run = simulateBreaker(i, { includeWindow: false });
        for (const t of run.transitions) expect(`${t.from}>${t.to}`).not.toBe('OPEN>CLOSED');
      }),
      { numRuns: 150 },
    );
  });

  it('never permits more than the allowed probes in one HALF_OPEN episode', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const run = simulateBreaker(i, { includeWindow: false });
        let probes = 0;
        for (const row of run.rows) {
          if (row.transition?.to === 'HALF_OPEN') probes = 0;
          const inHalfOpen = row.stateBefore === 'HALF_OPEN' || row.transition?.to === 'HALF_OPEN';
          if (row.kind === 'call' && row.permitted && inHalfOpen) probes++;
          expect(probes).toBeLessThanOrEqual(halfOpenLimit(i.breaker));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rejects only when it is not CLOSED, and a rejected call never reaches the backend', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const run = simulateBreaker(i, { includeWindow: false });
        const rejected = new Set<number>();
        for (const row of run.rows) {
          if (row.kind === 'call' && !row.permitted) {
            expect(row.stateBefore).not.toBe('CLOSED');
            rejected.add(row.callId ?? -1);
          }
          if (row.kind === 'result') expect(rejected.has(row.callId ?? -1)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('draws a window that adds up to the metrics it reports, on every row', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const run = simulateBreaker(i);
        for (const row of run.rows) {
          const w = row.window;
          const m = row.metrics;
          if (!w) throw new Error('window expected');
          // The drawn part plus the left-out part (earlier) is the whole window the metrics count.
          expect(windowCounts(w)).toEqual({ calls: m.bufferedCalls, failed: m.failedCalls, slow: m.slowCalls });
          if (w.kind === 'count') expect(w.outcomes.length).toBeLessThanOrEqual(SNAPSHOT_CELLS);
          else expect(w.buckets.length).toBeLessThanOrEqual(SNAPSHOT_BUCKETS);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic: same seed and parameters, same trace', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const copy: SimulationInput = JSON.parse(JSON.stringify(i)) as SimulationInput;
        expect(simulateBreaker(copy)).toEqual(simulateBreaker(i));
      }),
      { numRuns: 40 },
    );
  });
});

describe('never opens below the minimum number of recorded calls', () => {
  it('Resilience4j: recounted independently from the rows', () => {
    fc.assert(
      fc.property(input(r4jSpec), (i) => {
        if (i.breaker.model !== 'resilience4j') return;
        const c = i.breaker.config;
        const run = simulateBreaker(i, { includeWindow: false });
        let closedResults: number[] = []; // finish times recorded while CLOSED since it last closed
        let halfOpenResults = 0;
        for (const row of run.rows) {
          if (row.kind === 'result' && row.stateBefore === 'CLOSED') closedResults.push(row.timeMs);
          if (row.kind === 'result' && row.stateBefore === 'HALF_OPEN') halfOpenResults++;
          const t = row.transition;
          if (t?.to === 'OPEN' && t.reason.code === 'rates-exceeded') {
            if (t.from === 'CLOSED') expect(inWindow(closedResults, row, c)).toBeGreaterThanOrEqual(closedMinimum(c));
            if (t.from === 'HALF_OPEN')
              expect(halfOpenResults).toBeGreaterThanOrEqual(Math.min(c.minimumNumberOfCalls, c.permittedNumberOfCallsInHalfOpenState));
            expect(t.reason.calls).toBeGreaterThanOrEqual(
              Math.min(c.minimumNumberOfCalls, t.from === 'CLOSED' ? closedMinimum(c) : c.permittedNumberOfCallsInHalfOpenState),
            );
          }
          if (t?.to === 'CLOSED') closedResults = [];
          if (t?.to === 'HALF_OPEN') halfOpenResults = 0;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('Sentinel and Hystrix: minRequestAmount / requestVolumeThreshold', () => {
    fc.assert(
      fc.property(fc.oneof(input(sentinelSpec), input(hystrixSpec)), (i) => {
        const run = simulateBreaker(i, { includeWindow: false });
        for (const t of run.transitions) {
          if (t.reason.code === 'sentinel-threshold' && i.breaker.model === 'sentinel') {
            expect(t.reason.total).toBeGreaterThanOrEqual(i.breaker.rule.minRequestAmount);
          }
          if (t.reason.code === 'error-percentage' && i.breaker.model === 'hystrix') {
            expect(t.reason.requests).toBeGreaterThanOrEqual(i.breaker.config.requestVolumeThreshold);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

function closedMinimum(c: Resilience4jConfig): number {
  return c.slidingWindowType === 'COUNT_BASED' ? Math.min(c.minimumNumberOfCalls, c.slidingWindowSize) : c.minimumNumberOfCalls;
}

/** How many of the recorded results the configured window still holds at this row. */
function inWindow(times: readonly number[], row: SimulationRow, c: Resilience4jConfig): number {
  if (c.slidingWindowType === 'COUNT_BASED') return Math.min(times.length, c.slidingWindowSize);
  const now = Math.floor(row.timeMs / 1000);
  return times.filter((t) => Math.floor(t / 1000) > now - c.slidingWindowSize).length;
}
