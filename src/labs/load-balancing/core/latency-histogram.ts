// A latency histogram with bounded error and no sorting: 0.05 ms buckets up to 100 ms (where
// nearly all latencies of the lab fall, no logarithm needed), then log buckets 1% wide up to
// ~10 minutes. A percentile read from it is the upper edge of its bucket, capped at the largest
// value seen: within 0.05 ms below 100 ms, within 1% above. A million requests through a dozen
// algorithms cannot afford to keep and sort every latency; ~2 900 counters per server can.

const LINEAR_STEP_MS = 0.05;
const LINEAR_LIMIT_MS = 100;
const LINEAR_BUCKETS = LINEAR_LIMIT_MS / LINEAR_STEP_MS;
const LN_RATIO = Math.log(1.01);
export const HISTOGRAM_BUCKETS = LINEAR_BUCKETS + 880;

export interface LatencyHistogram {
  readonly counts: Int32Array;
  count: number;
  sum: number;
  max: number;
}

export function createHistogram(): LatencyHistogram {
  return { counts: new Int32Array(HISTOGRAM_BUCKETS), count: 0, sum: 0, max: 0 };
}

/** The bucket a latency falls in. */
export function latencyBucket(ms: number): number {
  if (ms < LINEAR_LIMIT_MS) return ms > 0 ? Math.floor(ms * (1 / LINEAR_STEP_MS)) : 0;
  const idx = LINEAR_BUCKETS + Math.ceil(Math.log(ms / LINEAR_LIMIT_MS) / LN_RATIO);
  return idx >= HISTOGRAM_BUCKETS ? HISTOGRAM_BUCKETS - 1 : idx;
}

export function recordLatency(h: LatencyHistogram, ms: number): void {
  const idx = latencyBucket(ms);
  h.counts[idx] = (h.counts[idx] as number) + 1;
  h.count++;
  h.sum += ms;
  if (ms > h.max) h.max = ms;
}

function upperEdge(idx: number): number {
  return idx < LINEAR_BUCKETS ? (idx + 1) * LINEAR_STEP_MS : LINEAR_LIMIT_MS * Math.exp((idx - LINEAR_BUCKETS) * LN_RATIO);
}

/** The q-quantile (0 < q ≤ 1) within the bucket precision; 0 when nothing was recorded. */
export function quantile(h: LatencyHistogram, q: number): number {
  if (h.count === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * h.count));
  let seen = 0;
  for (let i = 0; i < HISTOGRAM_BUCKETS; i++) {
    seen += h.counts[i] as number;
    if (seen >= rank) return Math.min(h.max, upperEdge(i));
  }
  return h.max;
}

export function mergeInto(target: LatencyHistogram, source: LatencyHistogram): void {
  for (let i = 0; i < HISTOGRAM_BUCKETS; i++) target.counts[i] = (target.counts[i] as number) + (source.counts[i] as number);
  target.count += source.count;
  target.sum += source.sum;
  target.max = Math.max(target.max, source.max);
}
