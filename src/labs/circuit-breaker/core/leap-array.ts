// Sentinel's LeapArray (sentinel-core, slots/statistic/base/LeapArray.java), reduced to the counters
// a degrade rule needs: total, errors, slow. `sampleCount` buckets of intervalMs / sampleCount each;
// a bucket is reused in place when its slot comes round again (currentWindow resets it), and
// values() sums only buckets that are not deprecated (now − windowStart ≤ intervalMs).
// With sampleCount 1 — what ResponseTimeCircuitBreaker uses — the "window" is one fixed bucket of
// statIntervalMs that starts empty at every interval boundary: a tumbling window, not a sliding one.
import type { BucketView } from './breaker-types.ts';

export interface LeapCounts {
  total: number;
  errors: number;
  slow: number;
}

export interface LeapArray {
  /** Adds one call to the bucket that holds nowMs (resetting it if it belonged to an older round). */
  add(nowMs: number, error: boolean, slow: boolean): void;
  /** Sums the live buckets at nowMs into `into` (reused to avoid allocation) and returns it. */
  sum(nowMs: number, into: LeapCounts): LeapCounts;
  /** Empties the bucket holding nowMs (ResponseTimeCircuitBreaker.resetStat). */
  resetCurrent(nowMs: number): void;
  /** Empties every bucket (ExceptionCircuitBreaker.resetStat). */
  resetAll(): void;
  buckets(nowMs: number): BucketView[];
  readonly bucketMs: number;
}

export function createLeapArray(sampleCount: number, intervalMs: number): LeapArray {
  if (!(Number.isInteger(sampleCount) && sampleCount >= 1 && intervalMs % sampleCount === 0)) {
    throw new RangeError(`intervalMs ${intervalMs} must divide into ${sampleCount} buckets`);
  }
  const bucketMs = intervalMs / sampleCount;
  const start = new Float64Array(sampleCount).fill(-Infinity);
  const total = new Float64Array(sampleCount);
  const errors = new Float64Array(sampleCount);
  const slow = new Float64Array(sampleCount);

  function current(nowMs: number): number {
    const index = Math.floor(nowMs / bucketMs) % sampleCount;
    const windowStart = nowMs - (nowMs % bucketMs);
    if ((start[index] ?? -Infinity) < windowStart) {
      start[index] = windowStart;
      total[index] = 0;
      errors[index] = 0;
      slow[index] = 0;
    }
    return index;
  }

  const live = (nowMs: number, i: number): boolean => nowMs - (start[i] ?? -Infinity) <= intervalMs;

  return {
    bucketMs,
    add(nowMs, error, isSlow) {
      const i = current(nowMs);
      total[i] = (total[i] ?? 0) + 1;
      if (error) errors[i] = (errors[i] ?? 0) + 1;
      if (isSlow) slow[i] = (slow[i] ?? 0) + 1;
    },
    sum(nowMs, into) {
      into.total = 0;
      into.errors = 0;
      into.slow = 0;
      for (let i = 0; i < sampleCount; i++) {
        if (!live(nowMs, i)) continue;
        into.total += total[i] ?? 0;
        into.errors += errors[i] ?? 0;
        into.slow += slow[i] ?? 0;
      }
      return into;
    },
    resetCurrent(nowMs) {
      const i = current(nowMs);
      total[i] = 0;
      errors[i] = 0;
      slow[i] = 0;
    },
    resetAll() {
      total.fill(0);
      errors.fill(0);
      slow.fill(0);
    },
    buckets(nowMs) {
      const views: BucketView[] = [];
      for (let i = 0; i < sampleCount; i++) {
        const s = start[i] ?? -Infinity;
        if (!live(nowMs, i)) continue;
        views.push({ startMs: s, calls: total[i] ?? 0, failed: errors[i] ?? 0, slow: slow[i] ?? 0 });
      }
      return views.sort((a, b) => a.startMs - b.startMs);
    },
  };
}
