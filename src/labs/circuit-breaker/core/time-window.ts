// Time-based sliding window: the outcomes of the calls recorded in the last N epoch seconds.
// Follows resilience4j-core SlidingTimeWindowMetrics: a circular array of N partial aggregations
// (one bucket per epoch second) and a total aggregation. Moving the window to the current second
// evicts at most N buckets, subtracting each from the total (subtract-on-evict). A call is filed
// in the second it *finishes* (record() runs when the result arrives). A result stamped before
// the head second (a late clock) goes into the head bucket, as Resilience4j does.
// Invariants: totals equal the sum of the N buckets; a bucket older than N seconds holds nothing.
// snapshot() hands back the same object until a record or a slide changes what it shows.
import type { CallWindow } from './call-window.ts';
import { SNAPSHOT_BUCKETS, type BucketView, type WindowCounts, type WindowSnapshot } from './breaker-types.ts';

export function createTimeWindow(sizeSeconds: number, startMs: number): CallWindow {
  if (!Number.isInteger(sizeSeconds) || sizeSeconds < 1) {
    throw new RangeError(`time window must be a positive whole number of seconds, got ${sizeSeconds}`);
  }
  const n = sizeSeconds;
  const epoch = new Float64Array(n);
  const calls = new Int32Array(n);
  const failedIn = new Int32Array(n);
  const slowIn = new Int32Array(n);
  let head = 0;
  let headSecond = Math.floor(startMs / 1000);
  // Resilience4j seeds bucket i with epoch start+i; only the head's epoch matters until it moves.
  for (let i = 0; i < n; i++) epoch[i] = headSecond + i;
  let total = 0;
  let failed = 0;
  let slow = 0;
  let cached: WindowSnapshot | null = null;

  let older: BucketView[] = [];
  let olderSecond = NaN;
  let earlier: WindowCounts | null = null;

  /** The bucket k seconds before the head (empty when its slot holds an older second). */
  function bucketView(k: number): BucketView {
    const index = (head - k + n) % n;
    const second = headSecond - k;
    const live = epoch[index] === second;
    return {
      startMs: second * 1000,
      calls: live ? (calls[index] ?? 0) : 0,
      failed: live ? (failedIn[index] ?? 0) : 0,
      slow: live ? (slowIn[index] ?? 0) : 0,
    };
  }

  /** The totals minus the shown buckets: the seconds the snapshot leaves out. */
  function earlierThan(shown: readonly BucketView[]): WindowCounts {
    let c = total;
    let f = failed;
    let s = slow;
    for (const b of shown) {
      c -= b.calls;
      f -= b.failed;
      s -= b.slow;
    }
    return { calls: c, failed: f, slow: s };
  }

  function slideTo(nowMs: number): void {
    const second = Math.floor(nowMs / 1000);
    const difference = second - headSecond;
    if (difference <= 0) return;
    cached = null;
    let toMove = Math.min(difference, n);
    do {
      toMove--;
      head = head + 1 === n ? 0 : head + 1;
      total -= calls[head] ?? 0;
      failed -= failedIn[head] ?? 0;
      slow -= slowIn[head] ?? 0;
      calls[head] = 0;
      failedIn[head] = 0;
      slowIn[head] = 0;
      epoch[head] = second - toMove;
    } while (toMove > 0);
    headSecond = second;
  }

  return {
    record(nowMs, isFailed, isSlow) {
      slideTo(nowMs);
      cached = null;
      calls[head] = (calls[head] ?? 0) + 1;
      total++;
      if (isFailed) {
        failedIn[head] = (failedIn[head] ?? 0) + 1;
        failed++;
      }
      if (isSlow) {
        slowIn[head] = (slowIn[head] ?? 0) + 1;
        slow++;
      }
    },
    slideTo,
    get total() {
      return total;
    },
    get failed() {
      return failed;
    },
    get slow() {
      return slow;
    },
    snapshot(nowMs): WindowSnapshot {
      slideTo(nowMs);
      if (cached) return cached;
      const shown = Math.min(n, SNAPSHOT_BUCKETS);
      // Within one second only the head bucket changes: the older buckets (and what the snapshot
      // leaves out) are built once per second and shared by every snapshot of that second.
      if (olderSecond !== headSecond) {
        older = [];
        for (let k = shown - 1; k >= 1; k--) older.push(bucketView(k));
        const head = bucketView(0);
        earlier = shown === n ? null : earlierThan([...older, head]);
        olderSecond = headSecond;
      }
      const buckets = [...older, bucketView(0)];
      cached = Object.freeze(earlier ? { kind: 'buckets', bucketMs: 1000, buckets, earlier } : { kind: 'buckets', bucketMs: 1000, buckets });
      return cached;
    },
  };
}
