// Sentinel's circuit breaking (sentinel-core 1.8, slots/block/degrade/circuitbreaker:
// AbstractCircuitBreaker, ResponseTimeCircuitBreaker, ExceptionCircuitBreaker), driven by a
// DegradeRule. How it differs from Resilience4j, and why it is its own engine:
//  - Statistics live in a LeapArray of statIntervalMs with one bucket (1.8.x releases), i.e. a
//    tumbling window that starts empty at each interval boundary, not a window of the last N calls.
//  - Each rule counts one thing: the RT rule counts slow calls (rt > count ms) and ignores errors;
//    the exception rules count errors and ignore time.
//  - It opens when the value is strictly above the threshold (slow ratio also at exactly 1.0 when
//    slowRatioThreshold is 1.0), and only once minRequestAmount calls are in the window.
//  - OPEN → HALF_OPEN on the first call at or after the retry time (timeWindow seconds after
//    opening; no timer). HALF_OPEN lets that one probe through and rejects everything else; the next
//    result decides alone: good → CLOSED (statistics reset), bad → OPEN for another timeWindow.
//    Like the real DegradeSlot, any result that arrives while HALF_OPEN decides, even one from a call
//    permitted before the breaker opened.
// Invariants: OPEN never goes straight to CLOSED; HALF_OPEN permits exactly one call.
import {
  NO_TRANSITIONS,
  PERMITTED,
  REJECTED_HALF_OPEN_FULL,
  REJECTED_OPEN,
  outcomeOf,
  percent,
  type BreakerMetrics,
  type BreakerState,
  type CircuitBreakerModel,
  type Decision,
  type SentinelGrade,
  type Transition,
  type TransitionReason,
} from './breaker-types.ts';
import { createLeapArray, type LeapCounts } from './leap-array.ts';

/** DegradeRule's fields, named as in Sentinel (timeWindow in seconds, as there). */
export interface SentinelDegradeRule {
  readonly grade: SentinelGrade;
  /** slow-ratio: max allowed RT in ms; error-ratio: ratio in [0, 1]; error-count: number of errors. */
  readonly count: number;
  /** slow-ratio only: share of slow calls in [0, 1] above which it opens. */
  readonly slowRatioThreshold: number;
  /** Recovery timeout in seconds: how long it stays OPEN before a probe. */
  readonly timeWindow: number;
  readonly minRequestAmount: number;
  readonly statIntervalMs: number;
}

/** DegradeRule's own defaults; count and timeWindow have none (a rule must set them). */
export const SENTINEL_RULE_DEFAULTS = Object.freeze({ minRequestAmount: 5, slowRatioThreshold: 1, statIntervalMs: 1000 });

export interface SentinelOptions {
  /** LeapArray buckets per statIntervalMs. 1 in the 1.8.x releases; newer code uses 2 for exception rules. */
  readonly sampleCount?: number;
}

export function validateSentinelRule(rule: SentinelDegradeRule): void {
  // DegradeRuleManager.isValidRule
  const ok =
    rule.count >= 0 &&
    rule.timeWindow > 0 &&
    rule.minRequestAmount > 0 &&
    rule.statIntervalMs > 0 &&
    (rule.grade !== 'slow-ratio' || (rule.slowRatioThreshold >= 0 && rule.slowRatioThreshold <= 1)) &&
    (rule.grade !== 'error-ratio' || rule.count <= 1);
  if (!ok) throw new RangeError(`invalid DegradeRule ${JSON.stringify(rule)}`);
}

export function createSentinelBreaker(rule: SentinelDegradeRule, options: SentinelOptions = {}): CircuitBreakerModel {
  validateSentinelRule(rule);
  const stat = createLeapArray(options.sampleCount ?? 1, rule.statIntervalMs);
  const isRt = rule.grade === 'slow-ratio';
  const maxAllowedRt = Math.round(rule.count);
  const recoveryTimeoutMs = rule.timeWindow * 1000;
  const counts: LeapCounts = { total: 0, errors: 0, slow: 0 };
  let state: BreakerState = 'CLOSED';
  let nextRetryTimestamp = 0;
  let notPermitted = 0;

  function move(to: BreakerState, nowMs: number, reason: TransitionReason): Transition {
    const from = state;
    state = to;
    if (to === 'OPEN') nextRetryTimestamp = nowMs + recoveryTimeoutMs;
    else notPermitted = 0;
    if (from === 'HALF_OPEN' && to === 'CLOSED') {
      if (isRt) stat.resetCurrent(nowMs);
      else stat.resetAll();
    }
    return { atMs: nowMs, from, to, reason };
  }

  function tryAcquire(nowMs: number): Decision {
    if (state === 'CLOSED') return PERMITTED;
    if (state === 'OPEN') {
      if (nowMs >= nextRetryTimestamp) {
        const transition = move('HALF_OPEN', nowMs, { code: 'wait-elapsed', waitMs: recoveryTimeoutMs, automatic: false });
        return { permitted: true, rejection: null, transition };
      }
      notPermitted++;
      return REJECTED_OPEN;
    }
    notPermitted++;
    return REJECTED_HALF_OPEN_FULL;
  }

  function onResult(nowMs: number, durationMs: number, success: boolean): Transition | null {
    const error = !success;
    const slow = durationMs > maxAllowedRt;
    stat.add(nowMs, isRt ? false : error, isRt ? slow : false);
    if (state === 'OPEN') return null;
    if (state === 'HALF_OPEN') {
      const bad = isRt ? slow : error;
      const reason: TransitionReason = { code: 'probe-result', success, slow: isRt && slow, durationMs, decidedBy: isRt ? 'rt' : 'error' };
      return move(bad ? 'OPEN' : 'CLOSED', nowMs, reason);
    }
    stat.sum(nowMs, counts);
    if (counts.total < rule.minRequestAmount) return null;
    let value: number;
    let threshold: number;
    let trips: boolean;
    if (isRt) {
      value = counts.slow / counts.total;
      threshold = rule.slowRatioThreshold;
      trips = value > threshold || (value === threshold && threshold === 1);
    } else {
      value = rule.grade === 'error-ratio' ? counts.errors / counts.total : counts.errors;
      threshold = rule.count;
      trips = value > threshold;
    }
    if (!trips) return null;
    return move('OPEN', nowMs, { code: 'sentinel-threshold', grade: rule.grade, value, threshold, total: counts.total });
  }

  function metrics(nowMs: number): BreakerMetrics {
    stat.sum(nowMs, counts);
    return {
      bufferedCalls: counts.total,
      failedCalls: counts.errors,
      slowCalls: counts.slow,
      failureRate: percent(counts.errors, counts.total),
      slowCallRate: percent(counts.slow, counts.total),
      minimumNumberOfCalls: rule.minRequestAmount,
      belowMinimum: counts.total < rule.minRequestAmount,
      notPermittedCalls: notPermitted,
    };
  }

  return {
    kind: 'sentinel',
    timeoutMs: null,
    state: () => state,
    tryAcquire,
    onResult,
    advance: () => NO_TRANSITIONS,
    classify: (durationMs, success) => outcomeOf(!success, isRt && durationMs > maxAllowedRt),
    metrics,
    window: (nowMs) => ({ kind: 'buckets', bucketMs: stat.bucketMs, buckets: stat.buckets(nowMs) }),
    // The call that moves OPEN → HALF_OPEN is the probe itself: no permission is left after it.
    halfOpenPermitsLeft: () => 0,
    retryAtMs: () => (state === 'OPEN' ? nextRetryTimestamp : null),
  };
}
