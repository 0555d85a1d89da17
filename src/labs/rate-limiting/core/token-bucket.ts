// Token bucket.
// Model: a bucket holds up to `capacity` tokens and gains `ratePerSec` tokens per second (continuous
// refill, computed lazily from the elapsed time). A request of `cost` passes and takes `cost` tokens
// if at least that many are there; otherwise it is rejected and takes nothing. The bucket starts with
// `initialTokens` at time 0.
// Invariants: 0 <= tokens <= capacity; over any interval of length t the admitted cost is at most
// capacity + rate·t (what was in the bucket plus what dripped in). Bursts up to `capacity` pass at once.
// Equivalence: with initialTokens = capacity it decides exactly like GCRA / redis-cell with
// max_burst = capacity − 1 and count/period = rate (see gcra.ts).
// Source: the token bucket of network traffic shaping (RFC 2697/2698 use the same bucket), as in
// Guava's RateLimiter (smooth bursty) and golang.org/x/time/rate, which also refill lazily.
import { createDecision, EPSILON, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface TokenBucketConfig {
  readonly ratePerSec: number;
  readonly capacity: number;
  /** Tokens at time 0 (clamped to [0, capacity]). */
  readonly initialTokens: number;
}

export function createTokenBucket(config: TokenBucketConfig): Limiter<StateOf<'token-bucket'>> {
  const { capacity } = config;
  const perMs = config.ratePerSec / 1000;
  const decision: Decision = createDecision();
  let tokens = Math.min(capacity, Math.max(0, config.initialTokens));
  let lastMs = 0;

  return {
    algorithm: 'token-bucket',
    decide(nowMs: number, cost = 1): Decision {
      if (nowMs > lastMs) {
        tokens = Math.min(capacity, tokens + (nowMs - lastMs) * perMs);
        lastMs = nowMs;
      }
      if (tokens + EPSILON >= cost) {
        const before = tokens;
        tokens = Math.max(0, tokens - cost);
        return setDecision(decision, 'admit', 'tokens-available', before, cost);
      }
      return setDecision(decision, 'reject', cost > capacity ? 'cost-over-capacity' : 'tokens-exhausted', tokens, cost);
    },
    level: () => tokens,
    snapshot: () => ({ algorithm: 'token-bucket', tokens, lastMs }),
  };
}
