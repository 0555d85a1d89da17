// Pure helpers between the engine's rows and the player: the player's clock positions for each
// request, running counts, and the chart's buckets. Nothing here decides anything: every decision
// is a row the engine produced.
import { toSeries } from '../kernel/timeline.ts';
import type { RateLimitRow, RunCounts } from './core/simulate.ts';

/**
 * Requests that arrive in the same millisecond (a batch of 7, a spike of 40) must still be steppable
 * one by one, and a request at 0 ms must not have happened when the player starts at 0. So the player
 * sees request k at `timeMs + (rank + 1) · TIE_MS`, rank = its place among same-time requests.
 * The trace table and every number still show the engine's own `timeMs`.
 */
export const TIE_MS = 1e-6;

export function toPlayerTimes(rows: readonly { readonly timeMs: number }[]): number[] {
  const out: number[] = new Array<number>(rows.length);
  let rank = 0;
  for (let i = 0; i < rows.length; i++) {
    const t = (rows[i] as { timeMs: number }).timeMs;
    rank = i > 0 && (rows[i - 1] as { timeMs: number }).timeMs === t ? rank + 1 : 0;
    out[i] = t + (rank + 1) * TIE_MS;
  }
  return out;
}

/** A clock position just before request `i` (after request i − 1). */
export function justBefore(times: readonly number[], i: number): number {
  const next = times[i];
  if (next === undefined) return times[times.length - 1] ?? 0;
  const prev = i > 0 ? (times[i - 1] as number) : 0;
  return prev + (next - prev) * 0.999;
}

/** Running totals: counts after request i are at index i. */
export interface PrefixCounts {
  readonly admitted: Int32Array;
  readonly delayed: Int32Array;
  readonly rejected: Int32Array;
}

export function toPrefixCounts(rows: readonly RateLimitRow[]): PrefixCounts {
  const admitted = new Int32Array(rows.length);
  const delayed = new Int32Array(rows.length);
  const rejected = new Int32Array(rows.length);
  let a = 0;
  let d = 0;
  let r = 0;
  rows.forEach((row, i) => {
    if (row.outcome === 'admit') a++;
    else if (row.outcome === 'delay') d++;
    else r++;
    admitted[i] = a;
    delayed[i] = d;
    rejected[i] = r;
  });
  return { admitted, delayed, rejected };
}

export function countsAt(prefix: PrefixCounts, index: number): Pick<RunCounts, 'admitted' | 'delayed' | 'rejected' | 'total'> {
  if (index < 0) return { total: 0, admitted: 0, delayed: 0, rejected: 0 };
  const admitted = prefix.admitted[index] ?? 0;
  const delayed = prefix.delayed[index] ?? 0;
  const rejected = prefix.rejected[index] ?? 0;
  return { total: admitted + delayed + rejected, admitted, delayed, rejected };
}

const NICE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000];

/** A round bucket size giving at most `maxBuckets` bars over the run. */
export function chartBucketMs(durationMs: number, maxBuckets = 100): number {
  return NICE_BUCKETS.find((b) => durationMs / b <= maxBuckets) ?? Math.ceil(durationMs / maxBuckets);
}

export interface RunSeries {
  readonly admitted: number[];
  readonly delayed: number[];
  readonly rejected: number[];
  readonly level: number[];
}

/** Admitted / delayed / rejected per bucket, and the level after each bucket's last request. */
export function toRunSeries(rows: readonly RateLimitRow[], bucketMs: number, durationMs: number, initialLevel: number): RunSeries {
  const endMs = Math.ceil(durationMs / bucketMs) * bucketMs;
  const values = (pick: (r: RateLimitRow) => number, mode: 'sum' | 'last') =>
    toSeries(rows, bucketMs, pick, { mode, endMs, initial: initialLevel }).map((p) => p.value);
  return {
    admitted: values((r) => (r.outcome === 'admit' ? 1 : 0), 'sum'),
    delayed: values((r) => (r.outcome === 'delay' ? 1 : 0), 'sum'),
    rejected: values((r) => (r.outcome === 'reject' ? 1 : 0), 'sum'),
    level: values((r) => r.level, 'last'),
  };
}

/**
 * Delayed requests accepted at or before row `index` and not yet served at `nowMs`, newest last.
 * Scans back over at most `scan` rows (delays are bounded by burst / rate, so recent rows suffice).
 */
export function delayedWaiting(rows: readonly RateLimitRow[], index: number, nowMs: number, scan = 2000): RateLimitRow[] {
  const out: RateLimitRow[] = [];
  for (let i = index; i >= 0 && i > index - scan; i--) {
    const row = rows[i] as RateLimitRow;
    if (row.outcome === 'delay' && row.servedAtMs !== null && row.servedAtMs > nowMs) out.push(row);
  }
  return out.reverse();
}

/** Rows with time in [fromMs, index's time], newest last, at most `max` of them. */
export function recentRows(rows: readonly RateLimitRow[], index: number, fromMs: number, max = 300): RateLimitRow[] {
  const out: RateLimitRow[] = [];
  for (let i = index; i >= 0 && out.length < max; i--) {
    const row = rows[i] as RateLimitRow;
    if (row.timeMs < fromMs) break;
    out.push(row);
  }
  return out.reverse();
}
