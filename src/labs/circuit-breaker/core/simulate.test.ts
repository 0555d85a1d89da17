import { describe, expect, it } from 'vitest';
import { steadyArrivals } from './arrivals-for-tests.ts';
import type { BackendScript } from './backend.ts';
import { RESILIENCE4J_DEFAULTS } from './resilience4j-config.ts';
import { fastForwardBreaker, type SimulationInput } from './run-breaker.ts';
import { simulateBreaker } from './simulate.ts';
import { HYSTRIX_DEFAULTS } from './hystrix.ts';

const backend: BackendScript = {
  phases: [
    { fromMs: 0, kind: 'healthy', failureRate: 0, latency: { kind: 'uniform', meanMs: 50, jitterMs: 0 } },
    { fromMs: 5_000, kind: 'failing', failureRate: 100, latency: { kind: 'uniform', meanMs: 50, jitterMs: 0 } },
    { fromMs: 20_000, kind: 'healthy', failureRate: 0, latency: { kind: 'uniform', meanMs: 50, jitterMs: 0 } },
  ],
};

const input: SimulationInput = {
  breaker: {
    model: 'resilience4j',
    config: {
      ...RESILIENCE4J_DEFAULTS,
      slidingWindowSize: 10,
      minimumNumberOfCalls: 5,
      waitDurationInOpenState: 5_000,
      permittedNumberOfCallsInHalfOpenState: 3,
    },
  },
  backend,
  arrivals: steadyArrivals(10, 40_000),
  seed: 1,
  durationMs: 40_000,
};

describe('simulateBreaker', () => {
  const run = simulateBreaker(input);

  it('plays the whole cycle: trip, fast rejection, probe, reopen, probe, close', () => {
    expect(run.transitions.map((t) => `${t.from}>${t.to}`)).toEqual([
      'CLOSED>OPEN',
      'OPEN>HALF_OPEN',
      'HALF_OPEN>OPEN',
      'OPEN>HALF_OPEN',
      'HALF_OPEN>OPEN',
      'OPEN>HALF_OPEN',
      'HALF_OPEN>CLOSED',
    ]);
    // Backend fails from 5 s: the 5th failure in a window of 10 (5 of 10 = 50 %) finishes at 5.45 s.
    expect(run.transitions[0]).toMatchObject({ atMs: 5_450 });
    expect(run.totals.rejectedByReason.open).toBeGreaterThan(100);
    expect(run.totals.finalState).toBe('CLOSED');
  });

  it('records a row per event with the state after it', () => {
    const trip = run.rows.find((r) => r.transition?.to === 'OPEN');
    expect(trip).toMatchObject({ kind: 'result', outcome: 'failure', stateBefore: 'CLOSED', stateAfter: 'OPEN', durationMs: 50 });
    const rejected = run.rows.find((r) => r.kind === 'call' && !r.permitted);
    expect(rejected).toMatchObject({ outcome: 'rejected', rejection: 'open', stateAfter: 'OPEN' });
    expect(run.rows.every((r, i) => r.index === i && (i === 0 || r.timeMs >= (run.rows[i - 1]?.timeMs ?? 0)))).toBe(true);
    expect(run.rows.filter((r) => r.kind === 'call')).toHaveLength(400);
  });

  it('carries the probes left in HALF_OPEN and the end of the wait in OPEN', () => {
    const trip = run.rows.find((r) => r.transition?.to === 'OPEN');
    expect(trip).toMatchObject({ retryAtMs: 5_450 + 5_000, probesLeft: 0 });
    const enter = run.rows.find((r) => r.transition?.to === 'HALF_OPEN');
    // The call that moves OPEN → HALF_OPEN takes the first of the 3 permissions.
    expect(enter).toMatchObject({ kind: 'call', permitted: true, probesLeft: 2, retryAtMs: null });
    const next = run.rows.find((r) => r.index > (enter?.index ?? 0) && r.kind === 'call');
    expect(next).toMatchObject({ probesLeft: 1 });
    expect(run.rows.filter((r) => r.stateAfter === 'CLOSED').every((r) => r.probesLeft === 0 && r.retryAtMs === null)).toBe(true);
  });

  it('gives Sentinel and Hystrix a retry time while OPEN and no probe left once HALF_OPEN', () => {
    const sentinel = simulateBreaker({
      ...input,
      breaker: {
        model: 'sentinel',
        rule: { grade: 'error-ratio', count: 0.5, slowRatioThreshold: 1, timeWindow: 3, minRequestAmount: 5, statIntervalMs: 1000 },
      },
    });
    const open = sentinel.rows.find((r) => r.transition?.to === 'OPEN');
    expect(open?.retryAtMs).toBe((open?.timeMs ?? 0) + 3_000);
    expect(sentinel.rows.filter((r) => r.stateAfter === 'HALF_OPEN').every((r) => r.probesLeft === 0)).toBe(true);
    const hystrix = simulateBreaker({ ...input, breaker: { model: 'hystrix', config: HYSTRIX_DEFAULTS } });
    const opened = hystrix.rows.find((r) => r.stateAfter === 'OPEN');
    expect(opened?.retryAtMs).toBe((hystrix.transitions[0]?.atMs ?? 0) + HYSTRIX_DEFAULTS.sleepWindowInMilliseconds);
  });

  it('keeps the state timeline contiguous over the whole run', () => {
    expect(run.timeline[0]).toMatchObject({ state: 'CLOSED', fromMs: 0 });
    expect(run.timeline.at(-1)).toMatchObject({ state: 'CLOSED', toMs: 40_000 });
    for (let i = 1; i < run.timeline.length; i++) expect(run.timeline[i]?.fromMs).toBe(run.timeline[i - 1]?.toMs);
  });

  it('builds one series point per second with observed and breaker rates', () => {
    expect(run.series).toHaveLength(40);
    expect(run.series[2]).toMatchObject({ arrivals: 10, rejected: 0, failureRate: 0, backendFailureRate: 0, state: 'CLOSED' });
    expect(run.series[8]).toMatchObject({ arrivals: 10, permitted: 0, rejected: 10, state: 'OPEN', backendFailureRate: 100 });
  });

  it('agrees with fastForwardBreaker on the totals', () => {
    expect(fastForwardBreaker(input)).toEqual(run.totals);
    const t = run.totals;
    expect(t.permitted + t.rejected).toBe(t.arrivals);
    expect(t.completed + t.inFlightAtEnd).toBe(t.permitted);
    expect(t.successes + t.failures).toBe(t.completed);
    const time = Object.values(t.timeInStateMs).reduce((a, b) => a + b, 0);
    expect(time).toBe(40_000);
  });

  it('cuts rows at maxRows but still counts everything', () => {
    const short = simulateBreaker(input, { maxRows: 10, includeWindow: false });
    expect(short.rows).toHaveLength(10);
    expect(short.truncated).toBe(true);
    expect(short.rows[0]?.window).toBeNull();
    expect(short.totals).toEqual(run.totals);
  });

  it('records results of calls that were in flight when the breaker opened', () => {
    const slow: SimulationInput = {
      ...input,
      backend: { phases: [{ fromMs: 0, kind: 'failing', failureRate: 100, latency: { kind: 'uniform', meanMs: 2_000, jitterMs: 0 } }] },
      durationMs: 5_000,
      arrivals: steadyArrivals(10, 5_000),
    };
    const r = simulateBreaker(slow);
    const opened = r.transitions[0]?.atMs ?? 0;
    const late = r.rows.filter((row) => row.kind === 'result' && row.timeMs > opened);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((row) => row.stateAfter === 'OPEN' && row.transition === null)).toBe(true);
  });

  it('applies manual actions on Resilience4j (FORCED_OPEN, DISABLED, back to CLOSED)', () => {
    const r = simulateBreaker({
      ...input,
      actions: [
        { atMs: 1_000, target: 'FORCED_OPEN' },
        { atMs: 2_000, target: 'DISABLED' },
        { atMs: 30_000, target: 'CLOSED' },
      ],
    });
    expect(r.rows.filter((row) => row.kind === 'action').map((row) => row.stateAfter)).toEqual(['FORCED_OPEN', 'DISABLED', 'CLOSED']);
    expect(r.totals.rejectedByReason['forced-open']).toBe(10);
    expect(r.totals.timeInStateMs.DISABLED).toBe(28_000);
  });

  it('cuts Hystrix calls at the timeout and records them as failures', () => {
    const r = simulateBreaker({
      ...input,
      breaker: { model: 'hystrix', config: HYSTRIX_DEFAULTS },
      backend: { phases: [{ fromMs: 0, kind: 'slow', failureRate: 0, latency: { kind: 'uniform', meanMs: 3_000, jitterMs: 0 } }] },
    });
    const first = r.rows.find((row) => row.kind === 'result');
    expect(first).toMatchObject({ outcome: 'timeout', durationMs: 1_000, timeMs: 1_000 });
    expect(r.transitions[0]).toMatchObject({ to: 'OPEN', reason: { code: 'error-percentage', errorPercentage: 100 } });
  });
});
