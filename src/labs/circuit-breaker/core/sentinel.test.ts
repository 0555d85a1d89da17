import { describe, expect, it } from 'vitest';
import { createSentinelBreaker, SENTINEL_RULE_DEFAULTS, type SentinelDegradeRule } from './sentinel.ts';
import type { CircuitBreakerModel } from './breaker-types.ts';

const errorRatio: SentinelDegradeRule = { ...SENTINEL_RULE_DEFAULTS, grade: 'error-ratio', count: 0.5, timeWindow: 10 };

function call(cb: CircuitBreakerModel, t: number, success: boolean, rt = 10): boolean {
  const d = cb.tryAcquire(t);
  if (d.permitted) cb.onResult(t, rt, success);
  return d.permitted;
}

describe('Sentinel degrade rule', () => {
  it('uses DegradeRule defaults: minRequestAmount 5, slowRatioThreshold 1.0, statIntervalMs 1000', () => {
    expect(SENTINEL_RULE_DEFAULTS).toEqual({ minRequestAmount: 5, slowRatioThreshold: 1, statIntervalMs: 1000 });
  });

  it('error ratio: needs minRequestAmount calls and a ratio strictly above count', () => {
    const cb = createSentinelBreaker(errorRatio);
    for (let i = 0; i < 4; i++) call(cb, 100 + i, false);
    expect(cb.state()).toBe('CLOSED'); // 4 < minRequestAmount 5
    const cb2 = createSentinelBreaker(errorRatio);
    [false, false, true, true].forEach((ok, i) => call(cb2, 100 + i, ok));
    call(cb2, 104, true); // 2 of 5 = 0.4
    call(cb2, 105, false); // 3 of 6 = 0.5: not > 0.5
    expect(cb2.state()).toBe('CLOSED');
    cb2.tryAcquire(106);
    const t = cb2.onResult(106, 10, false); // 4 of 7 = 0.57
    expect(t).toMatchObject({ from: 'CLOSED', to: 'OPEN', reason: { code: 'sentinel-threshold', grade: 'error-ratio', total: 7 } });
  });

  it('counts in a bucket of statIntervalMs that restarts at each boundary', () => {
    const cb = createSentinelBreaker(errorRatio);
    for (let i = 0; i < 4; i++) call(cb, 900 + i, false); // second 0
    for (let i = 0; i < 4; i++) call(cb, 1_000 + i, false); // second 1: the bucket starts empty
    expect(cb.state()).toBe('CLOSED');
    expect(cb.metrics(1_003).bufferedCalls).toBe(4);
  });

  it('OPEN → HALF_OPEN on the first call at or after timeWindow; one probe only', () => {
    const cb = createSentinelBreaker(errorRatio);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    expect(cb.state()).toBe('OPEN');
    expect(cb.tryAcquire(9_999)).toMatchObject({ permitted: false, rejection: 'open' });
    const probe = cb.tryAcquire(10_000); // retryTimeoutArrived: now >= nextRetryTimestamp
    expect(probe.permitted).toBe(true);
    expect(probe.transition).toMatchObject({ from: 'OPEN', to: 'HALF_OPEN' });
    expect(cb.tryAcquire(10_001)).toMatchObject({ permitted: false, rejection: 'half-open-full' });
  });

  it('the probe alone decides: success closes and clears the statistics', () => {
    const cb = createSentinelBreaker(errorRatio);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    cb.tryAcquire(10_000);
    const t = cb.onResult(10_020, 20, true);
    expect(t).toMatchObject({ from: 'HALF_OPEN', to: 'CLOSED', reason: { code: 'probe-result', success: true, decidedBy: 'error' } });
    expect(cb.metrics(10_020).bufferedCalls).toBe(0);
  });

  it('a failed probe opens it for another timeWindow', () => {
    const cb = createSentinelBreaker(errorRatio);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    cb.tryAcquire(10_000);
    expect(cb.onResult(10_050, 50, false)).toMatchObject({ to: 'OPEN' });
    expect(cb.tryAcquire(20_049).permitted).toBe(false);
    expect(cb.tryAcquire(20_050).permitted).toBe(true);
  });

  it('error count: opens when errors in the interval exceed count, whatever the ratio', () => {
    const cb = createSentinelBreaker({ ...errorRatio, grade: 'error-count', count: 3, statIntervalMs: 60_000 });
    for (let i = 0; i < 100; i++) call(cb, i * 10, true);
    for (let i = 0; i < 3; i++) call(cb, 1_000 + i, false);
    expect(cb.state()).toBe('CLOSED'); // 3 errors: not > 3
    call(cb, 1_010, false);
    expect(cb.state()).toBe('OPEN'); // 4 of 104 calls, a 4 % error rate
  });

  it('slow ratio: rt > count is slow; opens above slowRatioThreshold; errors do not count', () => {
    const cb = createSentinelBreaker({ ...errorRatio, grade: 'slow-ratio', count: 500, slowRatioThreshold: 0.5 });
    [500, 501, 800, 20, 20].forEach((rt, i) => call(cb, i, false, rt)); // 2 of 5 slow
    expect(cb.state()).toBe('CLOSED');
    expect(cb.metrics(5)).toMatchObject({ slowCalls: 2, failedCalls: 0 });
    call(cb, 6, true, 900); // 3 of 6 = 0.5: not above
    expect(cb.state()).toBe('CLOSED');
    call(cb, 7, true, 900); // 4 of 7
    expect(cb.state()).toBe('OPEN');
  });

  it('slow ratio at 1.0 opens when every call is slow (ratio equal to the maximum)', () => {
    const cb = createSentinelBreaker({ ...errorRatio, grade: 'slow-ratio', count: 100, slowRatioThreshold: 1 });
    for (let i = 0; i < 5; i++) call(cb, i, true, 200);
    expect(cb.state()).toBe('OPEN');
  });

  it('slow ratio: the probe is judged by its RT, not by its error', () => {
    const cb = createSentinelBreaker({ ...errorRatio, grade: 'slow-ratio', count: 100, slowRatioThreshold: 1 });
    for (let i = 0; i < 5; i++) call(cb, 0, true, 200);
    cb.tryAcquire(10_000);
    expect(cb.onResult(10_050, 50, false)).toMatchObject({ to: 'CLOSED', reason: { decidedBy: 'rt', slow: false } });
  });

  it('any result arriving while HALF_OPEN decides, even from a call let through before the trip', () => {
    const cb = createSentinelBreaker(errorRatio);
    cb.tryAcquire(0); // in flight
    for (let i = 0; i < 5; i++) call(cb, 1, false);
    cb.tryAcquire(10_001);
    expect(cb.onResult(10_002, 10_002, true)).toMatchObject({ from: 'HALF_OPEN', to: 'CLOSED' });
  });

  it('rejects an invalid rule like DegradeRuleManager.isValidRule', () => {
    expect(() => createSentinelBreaker({ ...errorRatio, count: 1.5 })).toThrow(RangeError);
    expect(() => createSentinelBreaker({ ...errorRatio, timeWindow: 0 })).toThrow(RangeError);
  });
});
