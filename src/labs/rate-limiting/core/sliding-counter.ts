// Sliding window counter (the weighted approximation).
// Model: two fixed-window counters, the previous window's and the current one's. At `now`, a fraction
// p = (now - currentWindowStart) / W of the current window has elapsed, and the rate over the last W
// is estimated as  previous × (1 − p) + current,  assuming the previous window's requests were spread
// evenly. A request passes when estimate + cost − 1 < limit (for cost 1: estimate < limit). With the
// blog's numbers — 42 in the previous minute, 18 so far, 15 s in — the estimate is 42 × 0.75 + 18 =
// 49.5, under a limit of 50, so the request passes. (The blog gives the formula and numbers; the exact
// "< limit" comparison and counting only passed requests are this lab's reading, stated here.)
// Invariants: current <= limit; every admission saw an estimate below the limit. It is not exact: a
// burst at the start of the previous window is over-weighted, one at its end under-weighted.
// Source: Cloudflare, "How we built rate limiting capable of scaling to millions of domains" (2017).
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface SlidingCounterConfig {
  readonly limit: number;
  readonly windowMs: number;
}

export function createSlidingCounter(config: SlidingCounterConfig): Limiter<StateOf<'sliding-counter'>> {
  const { limit, windowMs } = config;
  const decision: Decision = createDecision();
  let windowIndex = 0;
  let previous = 0;
  let current = 0;
  let lastEstimate = 0;

  const estimateAt = (nowMs: number): number => {
    const elapsed = (nowMs - windowIndex * windowMs) / windowMs;
    return previous * (1 - elapsed) + current;
  };

  return {
    algorithm: 'sliding-counter',
    decide(nowMs: number, cost = 1): Decision {
      const index = Math.floor(nowMs / windowMs);
      if (index !== windowIndex) {
        // One window on: the current count becomes the previous one. Further: both are stale.
        previous = index === windowIndex + 1 ? current : 0;
        current = 0;
        windowIndex = index;
      }
      const estimate = estimateAt(nowMs);
      // estimate >= current, so this also keeps current + cost <= limit for whole costs.
      if (estimate + cost - 1 < limit) {
        current += cost;
        lastEstimate = estimate + cost;
        return setDecision(decision, 'admit', 'estimate-under', estimate, limit);
      }
      lastEstimate = estimate;
      return setDecision(decision, 'reject', 'estimate-over', estimate, limit);
    },
    level: () => lastEstimate,
    snapshot: () => ({
      algorithm: 'sliding-counter',
      windowStartMs: windowIndex * windowMs,
      previousCount: previous,
      currentCount: current,
      estimate: lastEstimate,
    }),
  };
}
