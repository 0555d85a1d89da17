// The common shape of every rate-limiting engine in this lab.
// Engines are plain objects from `createX(config)`: time comes in as `nowMs` (non-decreasing across
// calls; the engine's clock starts at 0 ms), nothing reads Date.now or Math.random.
// The hot path (`decide`) allocates nothing: it returns the same Decision object every call,
// overwritten by the next call. Copy what you need, or use `snapshot()` (which allocates).

export type AlgorithmId = 'fixed-window' | 'sliding-log' | 'sliding-counter' | 'token-bucket' | 'leaky-meter' | 'leaky-queue' | 'nginx' | 'gcra';

/** admit: served now; delay: accepted but served `delayMs` later; reject: refused (429/503). */
export type Outcome = 'admit' | 'delay' | 'reject';

/**
 * Why a decision went the way it did. Short codes; `explain.ts` turns them into Chinese sentences
 * using the decision's `measured` / `threshold` numbers and the state snapshot.
 */
export type ReasonCode =
  | 'window-has-room' // fixed window: count + cost <= limit
  | 'window-full'
  | 'log-has-room' // sliding log: requests in (now - window, now] + cost <= limit
  | 'log-full'
  | 'estimate-under' // sliding counter: weighted estimate + cost - 1 < limit
  | 'estimate-over'
  | 'tokens-available' // token bucket: tokens >= cost
  | 'tokens-exhausted'
  | 'cost-over-capacity' // token bucket / meter: a request bigger than the bucket can never pass
  | 'meter-has-room' // leaky bucket (meter): water + cost <= capacity
  | 'meter-overflow'
  | 'queue-idle' // leaky bucket (queue): nothing waiting and the leak is ready: served now
  | 'queue-wait' // joined the queue, leaves at the next drain slot
  | 'queue-full'
  | 'nginx-pass' // limit_req: excess 0 (first request, or the rate was respected)
  | 'nginx-pass-under-delay' // 0 < excess <= delay threshold (delay=N, or nodelay): served at once
  | 'nginx-delay' // excess above the delay threshold: served after (excess - delay) / rate
  | 'nginx-reject' // excess > burst: 503
  | 'gcra-allowed' // redis-cell: now >= new TAT - delay variation tolerance
  | 'gcra-limited'
  | 'gcra-quantity-over-limit'; // quantity needs more than the whole burst: retry_after is -1

export interface Decision {
  outcome: Outcome;
  /** How long a delayed request waits before it is served (0 unless outcome is 'delay'). */
  delayMs: number;
  reason: ReasonCode;
  /** The quantity the algorithm compared (count, tokens, excess in requests, estimate…). */
  measured: number;
  /** What it was compared against (limit, cost, burst…). */
  threshold: number;
}

export interface Limiter<S extends LimiterState = LimiterState> {
  readonly algorithm: AlgorithmId;
  /** Decides one request of `cost` units (default 1) arriving at `nowMs`. Returns a reused object. */
  decide(nowMs: number, cost?: number): Decision;
  /** The number charted for this algorithm, as of the last decision (see `levelLabel` in algorithms.ts). */
  level(): number;
  /** A copy of the internal state after the last decision, for the player. */
  snapshot(): S;
}

export type LimiterState =
  | { algorithm: 'fixed-window'; windowStartMs: number; count: number }
  | {
      algorithm: 'sliding-log';
      count: number;
      /** Up to the newest 100 timestamps still in the window (the log can hold `limit`). */
      recentMs: number[];
    }
  | { algorithm: 'sliding-counter'; windowStartMs: number; previousCount: number; currentCount: number; estimate: number }
  | { algorithm: 'token-bucket'; tokens: number; lastMs: number }
  | { algorithm: 'leaky-meter'; water: number; lastMs: number }
  | {
      algorithm: 'leaky-queue';
      /** Requests waiting; their leave times (up to the first 100). */
      waiting: number;
      leaveTimesMs: number[];
      /** When the last admitted request left (or will leave); null before any. */
      lastLeaveMs: number | null;
    }
  | {
      algorithm: 'nginx';
      /** nginx's own integer units: 1000 = one request. */
      excess: number;
      /** Last accounted time in whole ms (nginx's `lr->last`); null before the first request. */
      lastMs: number | null;
    }
  | {
      algorithm: 'gcra';
      /** Theoretical arrival time in ms (null: no key yet, or it expired). */
      tatMs: number | null;
      /** The last CL.THROTTLE reply: [limited, limit, remaining, retry_after, reset_after]. */
      reply: [number, number, number, number, number];
    };

export type StateOf<A extends AlgorithmId> = Extract<LimiterState, { algorithm: A }>;

/** A fresh Decision to be reused by one engine. */
export function createDecision(): Decision {
  return { outcome: 'admit', delayMs: 0, reason: 'window-has-room', measured: 0, threshold: 0 };
}

/** Fills the reused decision in place (keeps the hot path allocation-free). */
export function setDecision(d: Decision, outcome: Outcome, reason: ReasonCode, measured: number, threshold: number, delayMs = 0): Decision {
  d.outcome = outcome;
  d.reason = reason;
  d.measured = measured;
  d.threshold = threshold;
  d.delayMs = delayMs;
  return d;
}

/**
 * Float slack for bucket arithmetic: refills like `elapsed * rate / 1000` land a hair under a whole
 * token (0.9999999999). A real token bucket would round such a case in its own units; we accept
 * anything within 1e-9 of the threshold so boundaries behave as the exact arithmetic says.
 */
export const EPSILON = 1e-9;
