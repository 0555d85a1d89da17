// The vocabulary shared by the three breaker engines of the lab (Resilience4j, Sentinel, Hystrix):
// states, how a finished call is recorded, why a call was rejected, why the state changed, and the
// one interface the simulation drives. Engines report reasons as codes with numbers; explain.ts
// turns them into Chinese sentences, so no user-facing text lives in the engines.

/** Resilience4j's states (CircuitBreaker.State); Sentinel and Hystrix use the first three. */
export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN' | 'FORCED_OPEN' | 'DISABLED';

export const BREAKER_STATES: readonly BreakerState[] = ['CLOSED', 'OPEN', 'HALF_OPEN', 'FORCED_OPEN', 'DISABLED'];

/** How an engine records a finished call; "slow" is judged by the engine's own threshold. */
export type CallOutcome = 'success' | 'failure' | 'slow-success' | 'slow-failure';

/** Why a call was not permitted (Resilience4j throws CallNotPermittedException for all of them). */
export type RejectReason =
  /** OPEN and the wait duration has not elapsed. */
  | 'open'
  /** HALF_OPEN and every permitted probe call is already taken (Sentinel/Hystrix: the one probe). */
  | 'half-open-full'
  /** FORCED_OPEN: rejected until someone changes the state by hand. */
  | 'forced-open';

/** Sentinel's DegradeRule.grade: 0 slow-request ratio (DEGRADE_GRADE_RT), 1 error ratio, 2 error count. */
export type SentinelGrade = 'slow-ratio' | 'error-ratio' | 'error-count';

export type TransitionReason =
  /** Resilience4j: failure rate ≥ failureRateThreshold or slow-call rate ≥ slowCallRateThreshold. */
  | {
      readonly code: 'rates-exceeded';
      readonly failureRate: number;
      readonly slowCallRate: number;
      readonly failureRateThreshold: number;
      readonly slowCallRateThreshold: number;
      readonly calls: number;
    }
  /** Resilience4j HALF_OPEN: all probe results in, both rates below their thresholds. */
  | { readonly code: 'rates-below'; readonly failureRate: number; readonly slowCallRate: number; readonly calls: number }
  /** OPEN → HALF_OPEN once the wait is over: by a timer (automatic) or by the first call after it. */
  | { readonly code: 'wait-elapsed'; readonly waitMs: number; readonly automatic: boolean }
  /** Resilience4j maxWaitDurationInHalfOpenState ran out before the probes decided. */
  | { readonly code: 'half-open-timeout'; readonly maxWaitMs: number }
  /** Sentinel CLOSED → OPEN: ratio or count above DegradeRule.count / slowRatioThreshold. */
  | {
      readonly code: 'sentinel-threshold';
      readonly grade: SentinelGrade;
      readonly value: number;
      readonly threshold: number;
      readonly total: number;
    }
  /** Hystrix CLOSED → OPEN: a health snapshot with enough volume and error % ≥ threshold. */
  | {
      readonly code: 'error-percentage';
      readonly errorPercentage: number;
      readonly threshold: number;
      readonly requests: number;
    }
  /** Sentinel / Hystrix HALF_OPEN: the single probe's result decides. */
  | {
      readonly code: 'probe-result';
      readonly success: boolean;
      readonly slow: boolean;
      readonly durationMs: number;
      /** Which property of the result decided: Sentinel's RT rule looks at the time, the others at the error. */
      readonly decidedBy: 'error' | 'rt';
    }
  /** transitionToForcedOpenState() / transitionToDisabledState() / transitionToClosedState(). */
  | { readonly code: 'manual' };

export interface Transition {
  readonly atMs: number;
  readonly from: BreakerState;
  readonly to: BreakerState;
  readonly reason: TransitionReason;
}

/** The answer to tryAcquire(). Engines return shared constants when nothing changed (no allocation). */
export interface Decision {
  readonly permitted: boolean;
  readonly rejection: RejectReason | null;
  /** A transition the call itself caused (OPEN → HALF_OPEN on the first call after the wait). */
  readonly transition: Transition | null;
}

export const PERMITTED: Decision = Object.freeze({ permitted: true, rejection: null, transition: null });
export const REJECTED_OPEN: Decision = Object.freeze({ permitted: false, rejection: 'open', transition: null });
export const REJECTED_HALF_OPEN_FULL: Decision = Object.freeze({
  permitted: false,
  rejection: 'half-open-full',
  transition: null,
});
export const REJECTED_FORCED_OPEN: Decision = Object.freeze({ permitted: false, rejection: 'forced-open', transition: null });

/** What the deciding window holds right now (Resilience4j's CircuitBreaker.Metrics, generalised). */
export interface BreakerMetrics {
  /** Calls recorded in the window that decides (getNumberOfBufferedCalls). */
  readonly bufferedCalls: number;
  readonly failedCalls: number;
  readonly slowCalls: number;
  /**
   * 0–100, computed even below the minimum so a chart can draw it; Resilience4j's getFailureRate()
   * returns -1 there instead (see belowMinimum).
   */
  readonly failureRate: number;
  readonly slowCallRate: number;
  /** The minimum that applies right now (minimumNumberOfCalls, minRequestAmount, requestVolumeThreshold). */
  readonly minimumNumberOfCalls: number;
  readonly belowMinimum: boolean;
  /** Calls rejected since the current metrics were created (Resilience4j resets them per state). */
  readonly notPermittedCalls: number;
}

export interface BucketView {
  readonly startMs: number;
  readonly calls: number;
  readonly failed: number;
  readonly slow: number;
}

/** Calls in the part of a window a snapshot leaves out. */
export interface WindowCounts {
  readonly calls: number;
  readonly failed: number;
  readonly slow: number;
}

// A snapshot is for drawing, and a run keeps one per row that changes the window: it holds the
// newest cells or buckets the picture can draw, and the rest only as counts (`earlier`, present
// when something is left out). A full 10,000-call window snapshotted after each of 100,000
// results was a gigabyte and froze the page.
export const SNAPSHOT_CELLS = 200;
export const SNAPSHOT_BUCKETS = 60;

/** The deciding window, for drawing. */
export type WindowSnapshot =
  /** Last outcomes (at most SNAPSHOT_CELLS), oldest first: '+' success, 'x' failure, 's' slow success, 'X' slow failure. */
  | { readonly kind: 'count'; readonly size: number; readonly outcomes: string; readonly earlier?: WindowCounts }
  /** Time buckets (at most SNAPSHOT_BUCKETS, the newest), oldest first. */
  | { readonly kind: 'buckets'; readonly bucketMs: number; readonly buckets: readonly BucketView[]; readonly earlier?: WindowCounts };

/** What a snapshot covers in all: its cells or buckets plus the earlier part it leaves out. */
export function windowCounts(w: WindowSnapshot): WindowCounts {
  let calls = w.earlier?.calls ?? 0;
  let failed = w.earlier?.failed ?? 0;
  let slow = w.earlier?.slow ?? 0;
  if (w.kind === 'count') {
    calls += w.outcomes.length;
    for (const c of w.outcomes) {
      if (c === 'x' || c === 'X') failed++;
      if (c === 's' || c === 'X') slow++;
    }
  } else {
    for (const b of w.buckets) {
      calls += b.calls;
      failed += b.failed;
      slow += b.slow;
    }
  }
  return { calls, failed, slow };
}

export type BreakerModelKind = 'resilience4j' | 'sentinel' | 'hystrix';

/** What the simulation drives. All times are virtual milliseconds, never wall-clock. */
export interface CircuitBreakerModel {
  readonly kind: BreakerModelKind;
  /** Hystrix times calls out (execution.isolation.thread.timeoutInMilliseconds); the others do not. */
  readonly timeoutMs: number | null;
  state(): BreakerState;
  tryAcquire(nowMs: number): Decision;
  /** Records a finished call that had been permitted; returns the transition it caused, if any. */
  onResult(nowMs: number, durationMs: number, success: boolean): Transition | null;
  /** Fires timers due at or before nowMs; the transitions carry their own atMs. */
  advance(nowMs: number): readonly Transition[];
  /** How this engine records a call of that duration and result. */
  classify(durationMs: number, success: boolean): CallOutcome;
  metrics(nowMs: number): BreakerMetrics;
  window(nowMs: number): WindowSnapshot;
  /** Probe calls HALF_OPEN may still let through (0 in other states; Sentinel/Hystrix spend their one probe on entering). */
  halfOpenPermitsLeft(): number;
  /** While OPEN: when the wait ends (the next call after it probes, or the timer fires); null in other states. */
  retryAtMs(): number | null;
  /** Manual state changes; only Resilience4j has them. */
  transitionTo?(nowMs: number, target: ManualTarget): Transition | null;
}

export type ManualTarget = 'CLOSED' | 'FORCED_OPEN' | 'DISABLED';

export const NO_TRANSITIONS: readonly Transition[] = Object.freeze([]);

export function outcomeOf(failed: boolean, slow: boolean): CallOutcome {
  if (slow) return failed ? 'slow-failure' : 'slow-success';
  return failed ? 'failure' : 'success';
}

/** Percent with the guard every source uses: no calls means 0, not NaN. */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : (part * 100) / total;
}
