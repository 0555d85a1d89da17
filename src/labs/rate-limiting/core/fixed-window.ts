// Fixed window counter.
// Model: time is cut into windows [k·W, (k+1)·W) aligned at 0; each window has a counter that starts
// at 0; a request of `cost` passes if counter + cost <= limit, and only passed requests are counted.
// Invariants: admitted cost inside any one aligned window <= limit. Across a boundary it is NOT
// bounded by the limit: up to 2·limit can pass within a few ms (the end of one window and the start
// of the next), which is the flaw the `fixed-window-boundary` preset shows.
// Source: the classic "fixed window counter" (INCR + EXPIRE per window key in Redis); GitHub's REST
// API limit of 5,000 requests per hour resets on the same kind of fixed hour (X-RateLimit-Reset).
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface FixedWindowConfig {
  /** Requests (cost units) allowed per window. */
  readonly limit: number;
  /** Window length in ms. */
  readonly windowMs: number;
}

export function createFixedWindow(config: FixedWindowConfig): Limiter<StateOf<'fixed-window'>> {
  const { limit, windowMs } = config;
  const decision: Decision = createDecision();
  let windowIndex = 0;
  let count = 0;

  return {
    algorithm: 'fixed-window',
    decide(nowMs: number, cost = 1): Decision {
      const index = Math.floor(nowMs / windowMs);
      if (index !== windowIndex) {
        windowIndex = index;
        count = 0;
      }
      const wanted = count + cost;
      if (wanted <= limit) {
        count = wanted;
        return setDecision(decision, 'admit', 'window-has-room', wanted, limit);
      }
      return setDecision(decision, 'reject', 'window-full', wanted, limit);
    },
    level: () => count,
    snapshot: () => ({ algorithm: 'fixed-window', windowStartMs: windowIndex * windowMs, count }),
  };
}
