import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './breaker.ts';
import { RESILIENCE4J_DEFAULTS, type Resilience4jConfig } from './resilience4j-config.ts';

// The worked example of the Resilience4j docs' CircuitBreaker page, with small numbers:
// a COUNT_BASED window of 10, minimumNumberOfCalls 5, failureRateThreshold 50 %.
const docs: Resilience4jConfig = {
  ...RESILIENCE4J_DEFAULTS,
  slidingWindowSize: 10,
  minimumNumberOfCalls: 5,
  failureRateThreshold: 50,
  waitDurationInOpenState: 10_000,
  permittedNumberOfCallsInHalfOpenState: 3,
};

/** One call through the breaker at t: acquire, then finish immediately with the given result. */
function call(cb: ReturnType<typeof createCircuitBreaker>, t: number, success: boolean, durationMs = 10): boolean {
  cb.advance(t);
  const decision = cb.tryAcquire(t);
  if (decision.permitted) cb.onResult(t, durationMs, success);
  return decision.permitted;
}

describe('Resilience4j breaker, worked example (window 10, minimumNumberOfCalls 5, 50 %)', () => {
  it('stays CLOSED after 4 failures: below minimumNumberOfCalls nothing is decided', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 4; i++) call(cb, i * 100, false);
    expect(cb.state()).toBe('CLOSED');
    const m = cb.metrics(400);
    expect(m.bufferedCalls).toBe(4);
    expect(m.failureRate).toBe(100);
    expect(m.belowMinimum).toBe(true);
  });

  it('opens on the 5th failing call, with the reason and the rates', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 4; i++) call(cb, i * 100, false);
    expect(cb.tryAcquire(400).permitted).toBe(true);
    const transition = cb.onResult(400, 10, false);
    expect(transition).toMatchObject({ from: 'CLOSED', to: 'OPEN', atMs: 400 });
    expect(transition?.reason).toMatchObject({ code: 'rates-exceeded', failureRate: 100, calls: 5, failureRateThreshold: 50 });
  });

  it('opens at exactly the threshold (≥, not >): 5 failures out of 10', () => {
    const cb = createCircuitBreaker({ ...docs, minimumNumberOfCalls: 10 });
    for (let i = 0; i < 5; i++) call(cb, i, true);
    for (let i = 5; i < 9; i++) call(cb, i, false);
    expect(cb.state()).toBe('CLOSED');
    call(cb, 9, false);
    expect(cb.state()).toBe('OPEN');
  });

  it('rejects calls while OPEN (CallNotPermittedException) and counts them', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, i, false);
    const decision = cb.tryAcquire(5_000);
    expect(decision).toMatchObject({ permitted: false, rejection: 'open' });
    expect(cb.metrics(5_000).notPermittedCalls).toBe(1);
  });

  it('moves to HALF_OPEN on the first call strictly after waitDurationInOpenState', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    expect(cb.retryAtMs()).toBe(10_000);
    expect(cb.tryAcquire(10_000).permitted).toBe(false); // Instant.isAfter: not at the instant itself
    const decision = cb.tryAcquire(10_001);
    expect(decision.permitted).toBe(true);
    expect(decision.transition).toMatchObject({ from: 'OPEN', to: 'HALF_OPEN', reason: { code: 'wait-elapsed', automatic: false } });
  });

  it('closes when all permitted probes succeed, with a fresh window', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    expect(call(cb, 10_001, true)).toBe(true);
    expect(call(cb, 10_002, true)).toBe(true);
    expect(cb.state()).toBe('HALF_OPEN');
    expect(cb.tryAcquire(10_003).permitted).toBe(true);
    const transition = cb.onResult(10_003, 10, true);
    expect(transition).toMatchObject({ from: 'HALF_OPEN', to: 'CLOSED', reason: { code: 'rates-below', calls: 3, failureRate: 0 } });
    expect(cb.metrics(10_003).bufferedCalls).toBe(0);
  });

  it('opens again when the probes fail at ≥ the threshold', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    call(cb, 10_001, true);
    call(cb, 10_002, false);
    expect(cb.state()).toBe('HALF_OPEN');
    call(cb, 10_003, false); // 2 of 3 failed: 66.7 % ≥ 50 %
    expect(cb.state()).toBe('OPEN');
    expect(cb.retryAtMs()).toBe(20_003);
  });

  it('rejects calls beyond permittedNumberOfCallsInHalfOpenState until the probes finish', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    const permits = [10_001, 10_002, 10_003, 10_004, 10_005].map((t) => cb.tryAcquire(t));
    expect(permits.map((d) => d.permitted)).toEqual([true, true, true, false, false]);
    expect(permits[3]?.rejection).toBe('half-open-full');
  });

  it('moves to HALF_OPEN by timer when automaticTransitionFromOpenToHalfOpenEnabled', () => {
    const cb = createCircuitBreaker({ ...docs, automaticTransitionFromOpenToHalfOpenEnabled: true });
    for (let i = 0; i < 5; i++) call(cb, 1_000, false);
    expect(cb.advance(10_999)).toEqual([]);
    const fired = cb.advance(50_000);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ atMs: 11_000, from: 'OPEN', to: 'HALF_OPEN', reason: { automatic: true } });
  });

  it('gives up on HALF_OPEN after maxWaitDurationInHalfOpenState', () => {
    const cb = createCircuitBreaker({ ...docs, maxWaitDurationInHalfOpenState: 2_000 });
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    expect(cb.tryAcquire(10_001).permitted).toBe(true); // a probe that never finishes
    const fired = cb.advance(12_001);
    expect(fired[0]).toMatchObject({ atMs: 12_001, from: 'HALF_OPEN', to: 'OPEN', reason: { code: 'half-open-timeout' } });
  });

  it('opens on slow calls alone: duration > slowCallDurationThreshold, rate ≥ slowCallRateThreshold', () => {
    const cb = createCircuitBreaker({ ...docs, slowCallDurationThreshold: 1_000, slowCallRateThreshold: 60 });
    call(cb, 0, true, 1_000); // exactly the threshold is not slow
    call(cb, 1, true, 1_001);
    call(cb, 2, true, 5_000);
    call(cb, 3, true, 20);
    expect(cb.state()).toBe('CLOSED');
    call(cb, 4, true, 1_500); // 3 of 5 slow = 60 %
    expect(cb.state()).toBe('OPEN');
    expect(cb.metrics(4)).toMatchObject({ slowCalls: 3, failedCalls: 0, slowCallRate: 60 });
  });

  it('caps minimumNumberOfCalls at the window size when COUNT_BASED', () => {
    const cb = createCircuitBreaker({ ...docs, slidingWindowSize: 4, minimumNumberOfCalls: 100 });
    for (let i = 0; i < 3; i++) call(cb, i, false);
    expect(cb.state()).toBe('CLOSED');
    call(cb, 3, false);
    expect(cb.state()).toBe('OPEN');
  });

  it('slides a count window: old failures are pushed out by new successes', () => {
    const cb = createCircuitBreaker({ ...docs, minimumNumberOfCalls: 10, failureRateThreshold: 60 });
    for (let i = 0; i < 5; i++) call(cb, i, false);
    for (let i = 5; i < 15; i++) call(cb, i, true);
    expect(cb.metrics(15)).toMatchObject({ bufferedCalls: 10, failedCalls: 0 });
    expect(cb.window(15)).toEqual({ kind: 'count', size: 10, outcomes: '++++++++++' });
  });

  it('keeps recording late results while OPEN without leaving OPEN', () => {
    const cb = createCircuitBreaker(docs);
    for (let i = 0; i < 5; i++) call(cb, 0, false);
    expect(cb.onResult(100, 10, true)).toBeNull();
    expect(cb.state()).toBe('OPEN');
    expect(cb.metrics(100).bufferedCalls).toBe(6);
  });

  it('FORCED_OPEN rejects everything, DISABLED permits everything and records nothing', () => {
    const cb = createCircuitBreaker(docs);
    expect(cb.transitionToForcedOpenState(0)).toMatchObject({ from: 'CLOSED', to: 'FORCED_OPEN', reason: { code: 'manual' } });
    expect(cb.tryAcquire(100_000)).toMatchObject({ permitted: false, rejection: 'forced-open' });
    expect(cb.advance(1e9)).toEqual([]);
    cb.transitionToDisabledState(1);
    for (let i = 0; i < 50; i++) call(cb, 2 + i, false);
    expect(cb.state()).toBe('DISABLED');
    expect(cb.metrics(100).bufferedCalls).toBe(0);
    expect(cb.transitionToClosedState(200)).toMatchObject({ from: 'DISABLED', to: 'CLOSED' });
    expect(cb.transitionToClosedState(201)).toBeNull();
  });

  it('uses the Resilience4j defaults', () => {
    expect(RESILIENCE4J_DEFAULTS).toMatchObject({
      failureRateThreshold: 50,
      slowCallRateThreshold: 100,
      slowCallDurationThreshold: 60_000,
      slidingWindowType: 'COUNT_BASED',
      slidingWindowSize: 100,
      minimumNumberOfCalls: 100,
      waitDurationInOpenState: 60_000,
      permittedNumberOfCallsInHalfOpenState: 10,
      automaticTransitionFromOpenToHalfOpenEnabled: false,
    });
  });

  it('rejects an invalid configuration like the builder does', () => {
    expect(() => createCircuitBreaker({ ...docs, failureRateThreshold: 0 })).toThrow(RangeError);
    expect(() => createCircuitBreaker({ ...docs, permittedNumberOfCallsInHalfOpenState: 0 })).toThrow(RangeError);
  });
});

describe('Resilience4j breaker, TIME_BASED window', () => {
  const timeBased: Resilience4jConfig = { ...docs, slidingWindowType: 'TIME_BASED', slidingWindowSize: 10, minimumNumberOfCalls: 5 };

  it('forgets calls older than the window, so spread-out failures never reach the minimum', () => {
    const cb = createCircuitBreaker(timeBased);
    for (let i = 0; i < 20; i++) call(cb, i * 3_000, false); // one failure every 3 s: at most 4 in 10 s
    expect(cb.state()).toBe('CLOSED');
    expect(cb.metrics(57_000).bufferedCalls).toBeLessThanOrEqual(4);
  });

  it('does not cap minimumNumberOfCalls at the window size', () => {
    const cb = createCircuitBreaker({ ...timeBased, slidingWindowSize: 2, minimumNumberOfCalls: 6 });
    for (let i = 0; i < 5; i++) call(cb, i * 10, false);
    expect(cb.state()).toBe('CLOSED');
    call(cb, 60, false);
    expect(cb.state()).toBe('OPEN');
  });
});
