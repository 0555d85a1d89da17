// The window a Resilience4j breaker aggregates call outcomes in. Two implementations follow
// resilience4j-core's metrics package: count-window.ts (FixedSizeSlidingWindowMetrics) and
// time-window.ts (SlidingTimeWindowMetrics). Both keep running totals and subtract what they
// evict, so reading the totals is O(1) whatever the window size.
import type { WindowSnapshot } from './breaker-types.ts';

export interface CallWindow {
  /** Records one finished call at nowMs (the time-based window files it in nowMs's second). */
  record(nowMs: number, failed: boolean, slow: boolean): void;
  /** Moves a time-based window to nowMs, evicting stale seconds; a count-based window ignores time. */
  slideTo(nowMs: number): void;
  readonly total: number;
  readonly failed: number;
  readonly slow: number;
  snapshot(nowMs: number): WindowSnapshot;
}
