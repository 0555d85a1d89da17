// gRPC retry throttling (gRFC A6 "gRPC Retry Design", section "Throttling Retry Attempts and
// Hedged RPCs"; grpc-java RetriableStream.Throttle / ManagedChannelServiceConfig.Throttle).
//
// Model. One token bucket per client channel (here: per caller → dependency edge), configured by
// the service config's retryThrottling { maxTokens, tokenRatio }. token_count starts at maxTokens.
// Every failed attempt (original or retry) takes 1 token, floored at 0; every successful attempt
// adds tokenRatio, capped at maxTokens. A failed attempt may be retried only while the count after
// the failure is strictly above the threshold maxTokens / 2.
// Like grpc-java, tokens are kept as integers scaled by 1000, so 0.1 adds up exactly.
//
// Invariants: 0 ≤ tokens ≤ maxTokens. Retries allowed ≤ maxTokens / 2 + tokenRatio × successes
// (each allowed retry spends a whole token above the threshold; only the start and successes refill
// that band), proved in retry-throttle.test.ts by fast-check.

const SCALE = 1000;

export interface RetryThrottleConfig {
  /** gRFC A6: integer in (0, 1000]. */
  readonly maxTokens: number;
  /** gRFC A6: > 0, at most 3 decimal places are kept. */
  readonly tokenRatio: number;
}

/** The values gRFC A6 uses in its example service config. */
export const GRPC_EXAMPLE_THROTTLING: RetryThrottleConfig = Object.freeze({ maxTokens: 10, tokenRatio: 0.1 });

export interface RetryThrottle {
  /** Records a failed attempt; true when a retry is still allowed (tokens > maxTokens / 2). */
  onFailure(): boolean;
  onSuccess(): void;
  /** Current token count (not scaled). */
  tokens(): number;
  /** Whether retries are currently allowed. */
  isAboveThreshold(): boolean;
}

export function createRetryThrottle(config: RetryThrottleConfig): RetryThrottle {
  const max = Math.round(config.maxTokens * SCALE);
  const ratio = Math.round(config.tokenRatio * SCALE);
  const threshold = max / 2;
  let count = max;
  return {
    onFailure() {
      count = Math.max(0, count - SCALE);
      return count > threshold;
    },
    onSuccess() {
      count = Math.min(max, count + ratio);
    },
    tokens: () => count / SCALE,
    isAboveThreshold: () => count > threshold,
  };
}
