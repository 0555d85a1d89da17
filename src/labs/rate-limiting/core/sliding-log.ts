// Sliding window log.
// Model: keep the timestamp of every admitted request; a request at `now` counts the entries in
// (now - W, now] and passes if that count + cost <= limit. Rejected requests are not logged (the
// Redis sorted-set recipe: ZREMRANGEBYSCORE old entries, ZCARD, ZADD only when allowed).
// Invariant: in ANY interval of length W (not just aligned ones) at most `limit` cost units pass.
// Why: for an interval [s, s + W), at the last admission t inside it every earlier admission in
// [s, t] is still in (t - W, t], and the check at t kept the total within the limit.
// Cost: memory grows with the limit (one entry per admitted unit) — the price of exactness.
// Storage: a ring buffer of `limit` slots (each entry is one unit of cost), allocated once.
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface SlidingLogConfig {
  readonly limit: number;
  readonly windowMs: number;
}

const SNAPSHOT_ENTRIES = 100;

export function createSlidingLog(config: SlidingLogConfig): Limiter<StateOf<'sliding-log'>> {
  const { limit, windowMs } = config;
  const decision: Decision = createDecision();
  const ring = new Float64Array(Math.max(1, limit));
  let head = 0; // oldest entry
  let count = 0;

  return {
    algorithm: 'sliding-log',
    decide(nowMs: number, cost = 1): Decision {
      const cutoff = nowMs - windowMs;
      while (count > 0 && (ring[head] as number) <= cutoff) {
        head = head + 1 === ring.length ? 0 : head + 1;
        count--;
      }
      const wanted = count + cost;
      if (wanted > limit) return setDecision(decision, 'reject', 'log-full', wanted, limit);
      for (let i = 0; i < cost; i++) {
        let tail = head + count;
        if (tail >= ring.length) tail -= ring.length;
        ring[tail] = nowMs;
        count++;
      }
      return setDecision(decision, 'admit', 'log-has-room', wanted, limit);
    },
    level: () => count,
    snapshot() {
      const recentMs: number[] = [];
      for (let i = Math.max(0, count - SNAPSHOT_ENTRIES); i < count; i++) recentMs.push(ring[(head + i) % ring.length] as number);
      return { algorithm: 'sliding-log', count, recentMs };
    },
  };
}
