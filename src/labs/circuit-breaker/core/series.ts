// Derived views of a run for the charts: the state timeline (one segment per state episode) and
// fixed-width buckets of what happened (arrivals, rejections, failures, slow calls), the rates the
// breaker saw, and the health the backend script prescribed. Pure functions over rows.
import { medianLatencyMs, type BackendHealth } from './backend.ts';
import type { BreakerState, Transition } from './breaker-types.ts';
import type { SimulationRow } from './simulate.ts';

export interface StateSegment {
  readonly state: BreakerState;
  readonly fromMs: number;
  readonly toMs: number;
}

export interface SeriesPoint {
  readonly startMs: number;
  readonly arrivals: number;
  readonly permitted: number;
  readonly rejected: number;
  /** Calls that finished in this bucket, and how. */
  readonly completed: number;
  readonly failures: number;
  readonly slow: number;
  /** Share of this bucket's finished calls that failed / were slow, 0–100; null when none finished. */
  readonly failureRate: number | null;
  readonly slowRate: number | null;
  /** The breaker's own window at the end of the bucket (what it decides on). */
  readonly breakerFailureRate: number;
  readonly breakerSlowCallRate: number;
  readonly breakerBelowMinimum: boolean;
  readonly state: BreakerState;
  /** What the backend script prescribes at the start of the bucket. */
  readonly backendFailureRate: number;
  readonly backendMedianMs: number;
}

/** Segments covering [0, durationMs]; a breaker starts CLOSED. */
export function toTimeline(transitions: readonly Transition[], durationMs: number): StateSegment[] {
  const segments: StateSegment[] = [];
  let state: BreakerState = 'CLOSED';
  let from = 0;
  for (const t of transitions) {
    if (t.atMs > from) segments.push({ state, fromMs: from, toMs: t.atMs });
    state = t.to;
    from = t.atMs;
  }
  segments.push({ state, fromMs: from, toMs: Math.max(from, durationMs) });
  return segments;
}

export function toSeries(rows: readonly SimulationRow[], durationMs: number, bucketMs: number, healthAt: (timeMs: number) => BackendHealth): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  let r = 0;
  let last: SimulationRow | null = null;
  for (let start = 0; start < durationMs; start += bucketMs) {
    const end = start + bucketMs;
    let arrivals = 0;
    let permitted = 0;
    let completed = 0;
    let failures = 0;
    let slow = 0;
    for (; r < rows.length && (rows[r] as SimulationRow).timeMs < end; r++) {
      const row = rows[r] as SimulationRow;
      last = row;
      if (row.kind === 'call') {
        arrivals++;
        if (row.permitted) permitted++;
      } else if (row.kind === 'result') {
        completed++;
        const o = row.outcome;
        if (o === 'failure' || o === 'slow-failure' || o === 'timeout') failures++;
        if (o === 'slow-success' || o === 'slow-failure' || o === 'timeout') slow++;
      }
    }
    const health = healthAt(start);
    points.push({
      startMs: start,
      arrivals,
      permitted,
      rejected: arrivals - permitted,
      completed,
      failures,
      slow,
      failureRate: completed > 0 ? (failures * 100) / completed : null,
      slowRate: completed > 0 ? (slow * 100) / completed : null,
      breakerFailureRate: last?.metrics.failureRate ?? 0,
      breakerSlowCallRate: last?.metrics.slowCallRate ?? 0,
      breakerBelowMinimum: last?.metrics.belowMinimum ?? true,
      state: last?.stateAfter ?? 'CLOSED',
      backendFailureRate: health.failureRate,
      backendMedianMs: medianLatencyMs(health.latency),
    });
  }
  return points;
}
