// Hystrix's circuit breaker (hystrix-core 1.5: HystrixCircuitBreaker.HystrixCircuitBreakerImpl,
// metric/consumer/HealthCountsStream, HystrixCommandMetrics.HealthCounts). Its own engine because
// it decides differently from Resilience4j:
//  - Results go into buckets of metrics.healthSnapshot.intervalInMilliseconds (500 ms); the health
//    stream emits, at the end of each bucket, the sum of the last rollingStats.timeInMilliseconds /
//    500 = 20 completed buckets (10 s). The breaker looks only at those emissions, so it reacts up
//    to 500 ms late and never sees the bucket in progress. (metrics.rollingStats.numBuckets = 10
//    shapes the dashboard counters, not this decision.)
//  - At an emission: fewer than requestVolumeThreshold requests → nothing; error % (integer,
//    truncated) ≥ errorThresholdPercentage → OPEN. Errors are failures and timeouts (and pool
//    rejections, not modelled); a call longer than execution.isolation.thread.timeoutInMilliseconds
//    is a TIMEOUT, i.e. a failure recorded at the timeout.
//  - OPEN: the first call strictly after sleepWindowInMilliseconds is the single test request
//    (HALF_OPEN); every other call is short-circuited. Any completion while HALF_OPEN decides:
//    success → CLOSED and the health stream restarts from zero (metrics.resetStream()), failure →
//    OPEN with a fresh sleep window.
// Invariants: OPEN never goes straight to CLOSED; HALF_OPEN permits one call.
import {
  NO_TRANSITIONS,
  PERMITTED,
  REJECTED_HALF_OPEN_FULL,
  REJECTED_OPEN,
  outcomeOf,
  percent,
  type BreakerMetrics,
  type BreakerState,
  SNAPSHOT_BUCKETS,
  type BucketView,
  type CircuitBreakerModel,
  type Decision,
  type Transition,
  type TransitionReason,
  type WindowSnapshot,
} from './breaker-types.ts';

/** HystrixCommandProperties, without the hystrix.command.default. prefix; camel-cased keys. */
export interface HystrixConfig {
  readonly requestVolumeThreshold: number;
  readonly errorThresholdPercentage: number;
  readonly sleepWindowInMilliseconds: number;
  /** metrics.rollingStats.timeInMilliseconds */
  readonly metricsRollingStatsTimeInMilliseconds: number;
  /** metrics.healthSnapshot.intervalInMilliseconds */
  readonly metricsHealthSnapshotIntervalInMilliseconds: number;
  /** execution.isolation.thread.timeoutInMilliseconds */
  readonly executionTimeoutInMilliseconds: number;
}

export const HYSTRIX_DEFAULTS: HystrixConfig = Object.freeze({
  requestVolumeThreshold: 20,
  errorThresholdPercentage: 50,
  sleepWindowInMilliseconds: 5000,
  metricsRollingStatsTimeInMilliseconds: 10_000,
  metricsHealthSnapshotIntervalInMilliseconds: 500,
  executionTimeoutInMilliseconds: 1000,
});

/** Buckets in the health window: metrics.rollingStats.timeInMilliseconds / healthSnapshot.intervalInMilliseconds. */
export function hystrixHealthBuckets(config: HystrixConfig): number {
  return Math.floor(config.metricsRollingStatsTimeInMilliseconds / config.metricsHealthSnapshotIntervalInMilliseconds);
}

// Every emission sums the whole health window, one every interval: 600,000 ms / 10 ms made 60,000
// buckets summed 100 times a simulated second, and froze the page for half a minute. Hystrix's
// defaults make 20; 1,000 still allows a 10 s window at 10 ms or a minute at 60 ms.
export const HYSTRIX_MAX_HEALTH_BUCKETS = 1000;

export function validateHystrixConfig(config: HystrixConfig): void {
  const b = config.metricsHealthSnapshotIntervalInMilliseconds;
  const ok =
    config.requestVolumeThreshold >= 1 &&
    config.errorThresholdPercentage >= 0 &&
    config.errorThresholdPercentage <= 100 &&
    config.sleepWindowInMilliseconds >= 1 &&
    b >= 1 &&
    config.metricsRollingStatsTimeInMilliseconds >= b &&
    hystrixHealthBuckets(config) <= HYSTRIX_MAX_HEALTH_BUCKETS &&
    config.executionTimeoutInMilliseconds >= 1;
  if (!ok) throw new RangeError(`invalid Hystrix config ${JSON.stringify(config)}`);
}

export function createHystrixBreaker(config: HystrixConfig, startMs = 0): CircuitBreakerModel {
  validateHystrixConfig(config);
  const bucketMs = config.metricsHealthSnapshotIntervalInMilliseconds;
  const n = Math.max(1, Math.floor(config.metricsRollingStatsTimeInMilliseconds / bucketMs));
  // One slot more than the window: the bucket in progress never overwrites one of the n emitted
  // buckets, so the drawn window always adds up to the last health snapshot.
  const slots = n + 1;
  const bucketIndex = new Float64Array(slots).fill(-Infinity); // which absolute bucket each slot holds
  const total = new Float64Array(slots);
  const errors = new Float64Array(slots);
  const timeouts = new Float64Array(slots);
  let origin = startMs; // the health stream's start: buckets are aligned to it
  let nextEmit = 0; // the bucket whose end is the next emission
  let lastData = -Infinity; // newest bucket that holds a result
  const health = { total: 0, errors: 0, timeouts: 0, errorPercentage: 0, emittedBucket: -1 };
  let state: BreakerState = 'CLOSED';
  let circuitOpened = -1;
  let notPermitted = 0;
  // The drawn window changes only at a record, an emission or a reset; rows in between share it.
  let cachedWindow: WindowSnapshot | null = null;

  function resetStream(nowMs: number): void {
    cachedWindow = null;
    origin = nowMs;
    nextEmit = 0;
    lastData = -Infinity;
    bucketIndex.fill(-Infinity);
    clearSums();
    health.total = health.errors = health.timeouts = health.errorPercentage = 0;
    health.emittedBucket = -1;
  }

  function move(to: BreakerState, nowMs: number, reason: TransitionReason): Transition {
    const from = state;
    state = to;
    if (to === 'OPEN') circuitOpened = nowMs;
    else notPermitted = 0;
    if (to === 'CLOSED') {
      circuitOpened = -1;
      resetStream(nowMs);
    }
    return { atMs: nowMs, from, to, reason };
  }

  // The health counts are a running sum over the last n emitted buckets: each emission adds the
  // bucket it completes and subtracts the one that leaves (kept in `left*`, a copy taken when it
  // was emitted), so an emission costs O(1) whatever n is. Emissions are consecutive, except
  // after an idle stretch of n or more buckets, when the window is empty and everything restarts.
  const leftTotal = new Float64Array(n);
  const leftErrors = new Float64Array(n);
  const leftTimeouts = new Float64Array(n);
  let sumTotal = 0;
  let sumErrors = 0;
  let sumTimeouts = 0;

  function clearSums(): void {
    leftTotal.fill(0);
    leftErrors.fill(0);
    leftTimeouts.fill(0);
    sumTotal = sumErrors = sumTimeouts = 0;
  }

  /** HealthCountsStream.onNext for the bucket that just completed. */
  function emit(k: number): Transition | null {
    cachedWindow = null;
    const i = k % slots;
    const live = bucketIndex[i] === k;
    const j = k % n; // the emitted bucket k - n sat here
    const t0 = live ? (total[i] ?? 0) : 0;
    const e0 = live ? (errors[i] ?? 0) : 0;
    const o0 = live ? (timeouts[i] ?? 0) : 0;
    sumTotal += t0 - (leftTotal[j] ?? 0);
    sumErrors += e0 - (leftErrors[j] ?? 0);
    sumTimeouts += o0 - (leftTimeouts[j] ?? 0);
    leftTotal[j] = t0;
    leftErrors[j] = e0;
    leftTimeouts[j] = o0;
    const t = sumTotal;
    const e = sumErrors;
    const o = sumTimeouts;
    health.total = t;
    health.errors = e;
    health.timeouts = o;
    health.errorPercentage = t > 0 ? Math.trunc((e / t) * 100) : 0;
    health.emittedBucket = k;
    if (state !== 'CLOSED' || t < config.requestVolumeThreshold) return null;
    if (health.errorPercentage < config.errorThresholdPercentage) return null;
    return move('OPEN', origin + (k + 1) * bucketMs, {
      code: 'error-percentage',
      errorPercentage: health.errorPercentage,
      threshold: config.errorThresholdPercentage,
      requests: t,
    });
  }

  function advance(nowMs: number): readonly Transition[] {
    let fired: Transition[] | null = null;
    const lastDue = Math.floor((nowMs - origin) / bucketMs) - 1; // newest bucket whose end ≤ nowMs
    while (nextEmit <= lastDue) {
      if (nextEmit - lastData >= n) {
        // Every bucket from here on is empty until nowMs: one empty emission stands for all of them.
        emit(nextEmit);
        clearSums();
        nextEmit = lastDue + 1;
        break;
      }
      const transition = emit(nextEmit);
      nextEmit++;
      if (transition) (fired ??= []).push(transition);
    }
    return fired ?? NO_TRANSITIONS;
  }

  function record(nowMs: number, error: boolean, timeout: boolean): void {
    const k = Math.floor((nowMs - origin) / bucketMs);
    const i = k % slots;
    if (bucketIndex[i] !== k) {
      // Filling the bucket in progress does not change the drawing (only emitted buckets are
      // drawn); starting a new one can (it may reuse the slot of a bucket now out of the window).
      cachedWindow = null;
      bucketIndex[i] = k;
      total[i] = errors[i] = timeouts[i] = 0;
    }
    total[i] = (total[i] ?? 0) + 1;
    if (error) errors[i] = (errors[i] ?? 0) + 1;
    if (timeout) timeouts[i] = (timeouts[i] ?? 0) + 1;
    if (k > lastData) lastData = k;
  }

  function tryAcquire(nowMs: number): Decision {
    if (state === 'CLOSED') return PERMITTED;
    if (state === 'OPEN') {
      if (nowMs > circuitOpened + config.sleepWindowInMilliseconds) {
        const transition = move('HALF_OPEN', nowMs, { code: 'wait-elapsed', waitMs: config.sleepWindowInMilliseconds, automatic: false });
        return { permitted: true, rejection: null, transition };
      }
      notPermitted++;
      return REJECTED_OPEN;
    }
    notPermitted++;
    return REJECTED_HALF_OPEN_FULL;
  }

  function onResult(nowMs: number, durationMs: number, success: boolean): Transition | null {
    const timeout = !success && durationMs >= config.executionTimeoutInMilliseconds;
    record(nowMs, !success, timeout);
    if (state !== 'HALF_OPEN') return null; // CLOSED → OPEN happens only at a health emission
    const reason: TransitionReason = { code: 'probe-result', success, slow: timeout, durationMs, decidedBy: 'error' };
    return move(success ? 'CLOSED' : 'OPEN', nowMs, reason);
  }

  /** The latest health snapshot (what the breaker last looked at); failureRate is Hystrix's truncated integer %. */
  function metrics(): BreakerMetrics {
    return {
      bufferedCalls: health.total,
      failedCalls: health.errors,
      slowCalls: health.timeouts,
      failureRate: health.errorPercentage,
      slowCallRate: percent(health.timeouts, health.total),
      minimumNumberOfCalls: config.requestVolumeThreshold,
      belowMinimum: health.total < config.requestVolumeThreshold,
      notPermittedCalls: notPermitted,
    };
  }

  /** The newest emitted buckets (at most SNAPSHOT_BUCKETS); the health counts cover all n. */
  function snapshot(): WindowSnapshot {
    const views: BucketView[] = [];
    const k = health.emittedBucket;
    const shown = Math.min(n, SNAPSHOT_BUCKETS);
    let calls = 0;
    let failed = 0;
    let slow = 0;
    for (let b = k - shown + 1; b <= k; b++) {
      const i = ((b % slots) + slots) % slots;
      const live = b >= 0 && bucketIndex[i] === b;
      const view = {
        startMs: origin + b * bucketMs,
        calls: live ? (total[i] ?? 0) : 0,
        failed: live ? (errors[i] ?? 0) : 0,
        slow: live ? (timeouts[i] ?? 0) : 0,
      };
      calls += view.calls;
      failed += view.failed;
      slow += view.slow;
      views.push(view);
    }
    if (shown === n) return Object.freeze({ kind: 'buckets', bucketMs, buckets: views });
    const earlier = { calls: health.total - calls, failed: health.errors - failed, slow: health.timeouts - slow };
    return Object.freeze({ kind: 'buckets', bucketMs, buckets: views, earlier });
  }

  return {
    kind: 'hystrix',
    timeoutMs: config.executionTimeoutInMilliseconds,
    state: () => state,
    tryAcquire,
    onResult,
    advance,
    classify: (durationMs, success) => outcomeOf(!success, !success && durationMs >= config.executionTimeoutInMilliseconds),
    metrics,
    window: () => (cachedWindow ??= snapshot()),
    // The single test request is the call that enters HALF_OPEN: none is left after it.
    halfOpenPermitsLeft: () => 0,
    retryAtMs: () => (state === 'OPEN' ? circuitOpened + config.sleepWindowInMilliseconds : null),
  };
}
