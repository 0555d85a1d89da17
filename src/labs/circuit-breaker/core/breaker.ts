// Resilience4j's circuit breaker as a pure state machine (CircuitBreakerStateMachine.java and
// CircuitBreakerMetrics.java in resilience4j-circuitbreaker, read for this port).
//
// Model. CLOSED records every finished call in a sliding window (count-window.ts or
// time-window.ts). After each record it checks: with fewer than minimumNumberOfCalls buffered calls
// nothing happens; otherwise failure rate ≥ failureRateThreshold or slow-call rate ≥
// slowCallRateThreshold (a call is slow when duration > slowCallDurationThreshold) opens the
// breaker. OPEN rejects calls (CallNotPermittedException) and keeps the CLOSED window, which still
// records results of calls that were already in flight. Once waitDurationInOpenState has passed,
// the first call (strictly after it, Instant.isAfter) moves it to HALF_OPEN, or a timer does when
// automaticTransitionFromOpenToHalfOpenEnabled. HALF_OPEN permits permittedNumberOfCallsInHalfOpenState
// calls and records results in a fresh COUNT_BASED window of that size, whose minimum is
// min(minimumNumberOfCalls, permitted): when enough results are in it opens again (rates ≥
// thresholds) or closes (both below), starting a fresh CLOSED window. maxWaitDurationInHalfOpenState
// (≥ 1 ms) bounds HALF_OPEN with a timer to transitionToStateAfterWaitDuration. FORCED_OPEN rejects
// everything and DISABLED permits everything; neither records anything.
//
// Invariants: OPEN never goes to CLOSED without HALF_OPEN (except by hand); no rate-based opening
// below the minimum; HALF_OPEN hands out at most `permitted` permissions.
// Every result recorded while HALF_OPEN counts, even one from a call permitted before the breaker
// opened: the real state machine does not know where a result came from either.
import {
  NO_TRANSITIONS,
  PERMITTED,
  REJECTED_FORCED_OPEN,
  REJECTED_HALF_OPEN_FULL,
  REJECTED_OPEN,
  outcomeOf,
  percent,
  type BreakerMetrics,
  type BreakerState,
  type CallOutcome,
  type CircuitBreakerModel,
  type Decision,
  type ManualTarget,
  type Transition,
  type TransitionReason,
  type WindowSnapshot,
} from './breaker-types.ts';
import type { CallWindow } from './call-window.ts';
import { createCountWindow } from './count-window.ts';
import { validateResilience4jConfig, type Resilience4jConfig } from './resilience4j-config.ts';
import { createTimeWindow } from './time-window.ts';

export interface CircuitBreaker extends CircuitBreakerModel {
  readonly kind: 'resilience4j';
  readonly config: Resilience4jConfig;
  transitionTo(nowMs: number, target: ManualTarget): Transition | null;
  transitionToForcedOpenState(nowMs: number): Transition | null;
  transitionToDisabledState(nowMs: number): Transition | null;
  transitionToClosedState(nowMs: number): Transition | null;
  /** Probe permissions still available while HALF_OPEN (0 in other states). */
  halfOpenPermitsLeft(): number;
  /** While OPEN: the wait ends here (a call must come strictly later unless the timer is on). */
  retryAtMs(): number | null;
}

const BELOW_MINIMUM = 0;
const BELOW_THRESHOLDS = 1;
const EXCEEDED = 2;

export function createCircuitBreaker(config: Resilience4jConfig, startMs = 0): CircuitBreaker {
  validateResilience4jConfig(config);
  const permitted = config.permittedNumberOfCallsInHalfOpenState;
  const closedMinimum =
    config.slidingWindowType === 'COUNT_BASED' ? Math.min(config.minimumNumberOfCalls, config.slidingWindowSize) : config.minimumNumberOfCalls;

  let state: BreakerState = 'CLOSED';
  let window: CallWindow | null = newClosedWindow(startMs);
  let minimum = closedMinimum;
  let notPermitted = 0;
  let retryAt = Infinity;
  let halfOpenDeadline = Infinity;
  let permitsLeft = 0;

  function newClosedWindow(nowMs: number): CallWindow {
    return config.slidingWindowType === 'COUNT_BASED' ? createCountWindow(config.slidingWindowSize) : createTimeWindow(config.slidingWindowSize, nowMs);
  }

  function enter(to: BreakerState, nowMs: number, reason: TransitionReason): Transition {
    const from = state;
    state = to;
    retryAt = Infinity;
    halfOpenDeadline = Infinity;
    permitsLeft = 0;
    if (to === 'CLOSED') {
      window = newClosedWindow(nowMs);
      minimum = closedMinimum;
      notPermitted = 0;
    } else if (to === 'OPEN') {
      // OpenState(attempts, currentState.getMetrics()): the window that tripped stays visible.
      retryAt = nowMs + config.waitDurationInOpenState;
    } else if (to === 'HALF_OPEN') {
      window = createCountWindow(permitted);
      minimum = Math.min(config.minimumNumberOfCalls, permitted);
      notPermitted = 0;
      permitsLeft = permitted;
      if (config.maxWaitDurationInHalfOpenState >= 1) halfOpenDeadline = nowMs + config.maxWaitDurationInHalfOpenState;
    } else {
      window = null;
      minimum = 0;
      notPermitted = 0;
    }
    return { atMs: nowMs, from, to, reason };
  }

  function check(): number {
    const total = window?.total ?? 0;
    if (total === 0 || total < minimum) return BELOW_MINIMUM;
    const failureRate = percent(window?.failed ?? 0, total);
    const slowCallRate = percent(window?.slow ?? 0, total);
    if (failureRate >= config.failureRateThreshold || slowCallRate >= config.slowCallRateThreshold) return EXCEEDED;
    return BELOW_THRESHOLDS;
  }

  function ratesReason(code: 'rates-exceeded' | 'rates-below'): TransitionReason {
    const total = window?.total ?? 0;
    const failureRate = percent(window?.failed ?? 0, total);
    const slowCallRate = percent(window?.slow ?? 0, total);
    if (code === 'rates-below') return { code, failureRate, slowCallRate, calls: total };
    return {
      code,
      failureRate,
      slowCallRate,
      failureRateThreshold: config.failureRateThreshold,
      slowCallRateThreshold: config.slowCallRateThreshold,
      calls: total,
    };
  }

  function tryAcquire(nowMs: number): Decision {
    switch (state) {
      case 'CLOSED':
      case 'DISABLED':
        return PERMITTED;
      case 'HALF_OPEN':
        if (permitsLeft > 0) {
          permitsLeft--;
          return PERMITTED;
        }
        notPermitted++;
        return REJECTED_HALF_OPEN_FULL;
      case 'FORCED_OPEN':
        notPermitted++;
        return REJECTED_FORCED_OPEN;
      case 'OPEN': {
        if (nowMs > retryAt) {
          const transition = enter('HALF_OPEN', nowMs, { code: 'wait-elapsed', waitMs: config.waitDurationInOpenState, automatic: false });
          permitsLeft--;
          return { permitted: true, rejection: null, transition };
        }
        notPermitted++;
        return REJECTED_OPEN;
      }
    }
  }

  function onResult(nowMs: number, durationMs: number, success: boolean): Transition | null {
    if (window === null || state === 'FORCED_OPEN' || state === 'DISABLED') return null;
    window.record(nowMs, !success, durationMs > config.slowCallDurationThreshold);
    if (state === 'OPEN') return null; // recorded, but OPEN only leaves by waiting
    const result = check();
    if (result === EXCEEDED) return enter('OPEN', nowMs, ratesReason('rates-exceeded'));
    if (result === BELOW_THRESHOLDS && state === 'HALF_OPEN') return enter('CLOSED', nowMs, ratesReason('rates-below'));
    return null;
  }

  function advance(nowMs: number): readonly Transition[] {
    let fired: Transition[] | null = null;
    for (;;) {
      let next: Transition | null = null;
      if (state === 'OPEN' && config.automaticTransitionFromOpenToHalfOpenEnabled && retryAt <= nowMs) {
        next = enter('HALF_OPEN', retryAt, { code: 'wait-elapsed', waitMs: config.waitDurationInOpenState, automatic: true });
      } else if (state === 'HALF_OPEN' && halfOpenDeadline <= nowMs) {
        next = enter(config.transitionToStateAfterWaitDuration, halfOpenDeadline, {
          code: 'half-open-timeout',
          maxWaitMs: config.maxWaitDurationInHalfOpenState,
        });
      }
      if (next === null) return fired ?? NO_TRANSITIONS;
      (fired ??= []).push(next);
    }
  }

  function metrics(nowMs: number): BreakerMetrics {
    window?.slideTo(nowMs);
    const total = window?.total ?? 0;
    const failed = window?.failed ?? 0;
    const slow = window?.slow ?? 0;
    return {
      bufferedCalls: total,
      failedCalls: failed,
      slowCalls: slow,
      failureRate: percent(failed, total),
      slowCallRate: percent(slow, total),
      minimumNumberOfCalls: minimum,
      belowMinimum: total === 0 || total < minimum,
      notPermittedCalls: notPermitted,
    };
  }

  function transitionTo(nowMs: number, target: ManualTarget): Transition | null {
    if (state === target) return null;
    return enter(target, nowMs, { code: 'manual' });
  }

  return {
    kind: 'resilience4j',
    config,
    timeoutMs: null,
    state: () => state,
    tryAcquire,
    onResult,
    advance,
    classify: (durationMs: number, success: boolean): CallOutcome => outcomeOf(!success, durationMs > config.slowCallDurationThreshold),
    metrics,
    window: (nowMs: number): WindowSnapshot => window?.snapshot(nowMs) ?? { kind: 'count', size: 0, outcomes: '' },
    transitionTo,
    transitionToForcedOpenState: (nowMs) => transitionTo(nowMs, 'FORCED_OPEN'),
    transitionToDisabledState: (nowMs) => transitionTo(nowMs, 'DISABLED'),
    transitionToClosedState: (nowMs) => transitionTo(nowMs, 'CLOSED'),
    halfOpenPermitsLeft: () => (state === 'HALF_OPEN' ? permitsLeft : 0),
    retryAtMs: () => (state === 'OPEN' ? retryAt : null),
  };
}
