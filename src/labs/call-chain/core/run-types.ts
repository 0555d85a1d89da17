// What a run of the chain produces: totals (the compare table), series per time bucket (the
// chart and the per-service bars) and the sampled trace rows.
import type { BreakerState } from '../../circuit-breaker/core/breaker-types.ts';
import type { TraceRow } from './trace-row.ts';

export interface LayerTotals {
  /** Attempts that reached this service. */
  calls: number;
  /** Attempts answered with success before their caller's timeout. */
  successes: number;
  /** Attempts its callers retried (2nd, 3rd… attempts). */
  retries: number;
  /** Attempts refused at once: queue full (load shedding). */
  shed: number;
  /** Attempts not sent: breaker open. */
  breakerRejected: number;
  /** Attempts its caller gave up on. */
  timeouts: number;
  /** Responses nobody waited for any more. */
  orphans: number;
  /** Work dropped because the propagated deadline had passed. */
  cancelled: number;
  /** Failures the retry throttle did not let retry. */
  throttled: number;
}

export interface RunSummary {
  readonly topRequests: number;
  readonly topOk: number;
  readonly topFailed: number;
  /** Calls at the deepest service / top-level requests. */
  readonly amplification: number;
  /** Successful top-level requests per second. */
  readonly goodput: number;
  /** Top-level latency (successes and failures, as the client sees them), ms. */
  readonly p50: number;
  readonly p99: number;
  /** Failed / all top-level requests, 0–1. */
  readonly errorRate: number;
  readonly layers: readonly LayerTotals[];
}

export interface LayerSeries {
  readonly calls: number[];
  readonly errors: number[];
  /** At the end of each bucket. */
  readonly running: number[];
  readonly queued: number[];
  readonly breaker: BreakerState[];
  readonly tokens: number[];
}

export interface RunSeries {
  readonly bucketMs: number;
  readonly topOk: number[];
  readonly topFailed: number[];
  readonly p99: number[];
  readonly layers: readonly LayerSeries[];
}

export interface ChainRun {
  readonly summary: RunSummary;
  readonly series: RunSeries | null;
  readonly rows: readonly TraceRow[];
  /** Every how many top-level requests one is traced. */
  readonly sampleEvery: number;
  /** Simulated time when the last top-level request ended. */
  readonly endMs: number;
  /** Present when the run grew past simulate.ts RUN_LIMITS and was stopped early: every number covers the time before `atMs`. */
  readonly stopped?: RunStop;
}

export interface RunStop {
  /** Simulated time the run stopped at, ms. */
  readonly atMs: number;
  readonly limit: 'calls' | 'live-attempts';
}

export function emptyTotals(): LayerTotals {
  return { calls: 0, successes: 0, retries: 0, shed: 0, breakerRejected: 0, timeouts: 0, orphans: 0, cancelled: 0, throttled: 0 };
}

/** The q-quantile of a histogram of whole milliseconds (index = ms). */
export function quantileOf(hist: Uint32Array, count: number, q: number): number {
  if (count === 0) return 0;
  const rank = Math.ceil(q * count);
  let seen = 0;
  for (let ms = 0; ms < hist.length; ms++) {
    seen += hist[ms] as number;
    if (seen >= rank) return ms;
  }
  return hist.length - 1;
}

/** p99 of a small list (per chart bucket). */
export function p99Of(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] as number;
}
