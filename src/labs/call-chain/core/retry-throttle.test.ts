import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRetryThrottle, GRPC_EXAMPLE_THROTTLING } from './retry-throttle.ts';

describe('gRPC retry throttling (gRFC A6)', () => {
  it('maxTokens=10, tokenRatio=0.1: the 5th failure in a row stops retries (10 → 5, not > 5)', () => {
    const t = createRetryThrottle(GRPC_EXAMPLE_THROTTLING);
    expect([1, 2, 3, 4].map(() => t.onFailure())).toEqual([true, true, true, true]); // 9, 8, 7, 6 tokens
    expect(t.onFailure()).toBe(false); // 5 tokens: 5 > 5 is false
    expect(t.tokens()).toBe(5);
    expect(t.isAboveThreshold()).toBe(false);
  });

  it('one success (5 → 5.1) lets retries resume; the next failure (4.1) stops them again', () => {
    const t = createRetryThrottle(GRPC_EXAMPLE_THROTTLING);
    for (let i = 0; i < 5; i++) t.onFailure();
    t.onSuccess();
    expect(t.tokens()).toBe(5.1);
    expect(t.isAboveThreshold()).toBe(true);
    expect(t.onFailure()).toBe(false);
    expect(t.tokens()).toBe(4.1);
  });

  it('after 10 failures (0 tokens) it takes 51 successes to retry again: 51 × 0.1 = 5.1 > 5', () => {
    const t = createRetryThrottle(GRPC_EXAMPLE_THROTTLING);
    for (let i = 0; i < 12; i++) t.onFailure();
    expect(t.tokens()).toBe(0); // floored at 0
    for (let i = 0; i < 50; i++) t.onSuccess();
    expect(t.tokens()).toBe(5);
    expect(t.isAboveThreshold()).toBe(false);
    t.onSuccess();
    expect(t.isAboveThreshold()).toBe(true);
  });

  it('tokens are capped at maxTokens', () => {
    const t = createRetryThrottle(GRPC_EXAMPLE_THROTTLING);
    for (let i = 0; i < 30; i++) t.onSuccess();
    expect(t.tokens()).toBe(10);
  });

  it('property: retries allowed ≤ maxTokens / 2 + tokenRatio × successes, and 0 ≤ tokens ≤ maxTokens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
        fc.array(fc.boolean(), { maxLength: 400 }),
        (maxTokens, tokenRatio, outcomes) => {
          const t = createRetryThrottle({ maxTokens, tokenRatio });
          let allowed = 0;
          let successes = 0;
          for (const ok of outcomes) {
            if (ok) {
              t.onSuccess();
              successes++;
            } else if (t.onFailure()) allowed++;
            expect(t.tokens()).toBeGreaterThanOrEqual(0);
            expect(t.tokens()).toBeLessThanOrEqual(maxTokens);
            expect(allowed).toBeLessThanOrEqual(maxTokens / 2 + tokenRatio * successes + 1e-9);
          }
        },
      ),
    );
  });
});
