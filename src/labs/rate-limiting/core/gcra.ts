// GCRA (generic cell rate algorithm), computed exactly as redis-cell's CL.THROTTLE computes it
// (brandur/redis-cell, redis-cell-impl/src/lib.rs `rate_limit`, and redis-cell/src/lib.rs for the reply).
// Model, in integer nanoseconds like redis-cell:
//   emission interval T = trunc(period_ns / count)           (Rate::per_period)
//   delay variation tolerance τ = T · (max_burst + 1),  limit = max_burst + 1
//   increment = T · quantity
//   tat = stored TAT, or now when the key is missing (the key's TTL makes a past TAT vanish)
//   new_tat = max(tat, now) + increment;  allowed iff now >= new_tat − τ
//   allowed: store new_tat, ttl = new_tat − now      limited: keep tat, ttl = tat − now,
//            retry_after = (new_tat − τ) − now, or −1 s when increment > τ (it can never pass)
//   remaining = trunc(µs(τ − ttl) / µs(T))  (0 if τ − ttl <= −T);  reset_after = ttl
//   The reply rounds retry_after and reset_after up to whole seconds when they have a ms part.
// Equivalence with the token bucket: capacity = max_burst + 1, rate = count / period, bucket full at
// the start, cost = quantity. tokens = (τ − (tat − now)) / T, and "now >= new_tat − τ" is exactly
// "tokens >= quantity"; a rejection changes neither. (Property-tested in gcra.test.ts.)
// Worked example from the README: CL.THROTTLE user123 15 30 60 → T = 2 s, limit 16; the first call
// replies [0, 16, 15, -1, 2].
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface GcraConfig {
  /** `max_burst`: requests allowed at once beyond the steady one (limit = max_burst + 1). */
  readonly maxBurst: number;
  /** `count per period` */
  readonly count: number;
  /** `period` in seconds. */
  readonly periodSec: number;
}

/** CL.THROTTLE's reply: [limited (0/1), limit, remaining, retry_after s (−1 if allowed), reset_after s]. */
export type ThrottleReply = [limited: number, limit: number, remaining: number, retryAfter: number, resetAfter: number];

export interface GcraParams {
  readonly emissionNs: number;
  readonly toleranceNs: number;
  readonly limit: number;
}

export function toGcraParams(config: GcraConfig): GcraParams {
  const periodNs = config.periodSec * 1e9;
  // Rate::per_period: a zero count or period gives a zero interval, which rate_limit refuses.
  const emissionNs = config.count === 0 || periodNs === 0 ? 0 : Math.trunc(periodNs / config.count);
  return { emissionNs, toleranceNs: emissionNs * (config.maxBurst + 1), limit: config.maxBurst + 1 };
}

/** Result of one GCRA step, in nanoseconds; reused by callers on the hot path. */
export interface GcraStep {
  limited: boolean;
  /** TAT to store (unchanged when limited). */
  tatNs: number;
  remaining: number;
  retryAfterNs: number;
  resetAfterNs: number;
  /** max(tat, now) − now + increment, compared against τ: allowed iff <= τ. */
  neededNs: number;
}

export function createGcraStep(): GcraStep {
  return { limited: false, tatNs: 0, remaining: 0, retryAfterNs: 0, resetAfterNs: 0, neededNs: 0 };
}

/** One call of redis-cell's rate_limit. `tatNs` is null when the key does not exist. */
export function gcraStep(p: GcraParams, tatNs: number | null, nowNs: number, quantity: number, out: GcraStep): GcraStep {
  const increment = p.emissionNs * quantity;
  const tat = tatNs === null || tatNs < nowNs ? nowNs : tatNs;
  const newTat = tat + increment;
  const diff = nowNs - (newTat - p.toleranceNs);
  let ttl: number;
  out.neededNs = newTat - nowNs;
  if (diff < 0) {
    out.limited = true;
    out.retryAfterNs = increment <= p.toleranceNs ? -diff : -1e9;
    ttl = tat - nowNs;
    out.tatNs = tat;
  } else {
    out.limited = false;
    out.retryAfterNs = -1e9;
    ttl = newTat - nowNs;
    out.tatNs = newTat;
  }
  const next = p.toleranceNs - ttl;
  out.remaining = next > -p.emissionNs ? Math.trunc(Math.trunc(next / 1000) / Math.trunc(p.emissionNs / 1000)) + 0 : 0;
  out.resetAfterNs = ttl;
  return out;
}

/** Duration → whole seconds the way redis-cell replies: whole_seconds, +1 if a positive ms part. */
export function toReplySeconds(ns: number): number {
  const whole = Math.trunc(ns / 1e9);
  const subsecMs = Math.trunc((ns - whole * 1e9) / 1e6);
  return whole + (subsecMs > 0 ? 1 : 0) + 0;
}

export function toThrottleReply(p: GcraParams, step: GcraStep): ThrottleReply {
  return [step.limited ? 1 : 0, p.limit, step.remaining, toReplySeconds(step.retryAfterNs), toReplySeconds(step.resetAfterNs)];
}

/** A single-key GCRA limiter (one redis-cell key) behind the lab's Limiter interface. */
export interface GcraLimiter extends Limiter<StateOf<'gcra'>> {
  /** The last call's reply, as CL.THROTTLE would print it. */
  lastReply(): ThrottleReply;
}

export function createGcra(config: GcraConfig): GcraLimiter {
  const p = toGcraParams(config);
  if (p.emissionNs <= 0) throw new RangeError('Zero rates are not supported');
  const decision: Decision = createDecision();
  const step = createGcraStep();
  let tatNs: number | null = null;
  let lastNowNs = 0;
  let replied = false;

  return {
    algorithm: 'gcra',
    decide(nowMs: number, quantity = 1): Decision {
      const nowNs = Math.round(nowMs * 1e6);
      lastNowNs = nowNs;
      replied = true;
      gcraStep(p, tatNs, nowNs, quantity, step);
      if (!step.limited) tatNs = step.tatNs;
      const neededMs = step.neededNs / 1e6;
      const toleranceMs = p.toleranceNs / 1e6;
      if (!step.limited) return setDecision(decision, 'admit', 'gcra-allowed', neededMs, toleranceMs);
      const reason = p.emissionNs * quantity > p.toleranceNs ? 'gcra-quantity-over-limit' : 'gcra-limited';
      return setDecision(decision, 'reject', reason, neededMs, toleranceMs);
    },
    level: () => (replied ? step.remaining : p.limit),
    lastReply: () => (replied ? toThrottleReply(p, step) : [0, p.limit, p.limit, -1, 0]),
    snapshot() {
      const live = tatNs !== null && tatNs > lastNowNs ? tatNs : null;
      return { algorithm: 'gcra', tatMs: live === null ? null : live / 1e6, reply: replied ? toThrottleReply(p, step) : [0, p.limit, p.limit, -1, 0] };
    },
  };
}
