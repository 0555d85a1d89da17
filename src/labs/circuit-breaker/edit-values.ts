// Small, pure edits of the URL values the form makes. Switching the model or Sentinel's grade goes
// through the URL parser itself, so the starting values are exactly what a link with `model=`/`grade=`
// would give.
import type { BreakerModelKind, ManualTarget, SentinelGrade } from './core/breaker-types.ts';
import type { BreakerSpec } from './core/breaker-spec.ts';
import type { HystrixConfig } from './core/hystrix.ts';
import { insertAction } from './core/manual-codec.ts';
import { parseCircuitBreakerParams, type CircuitBreakerParams } from './core/params.ts';
import type { Resilience4jConfig } from './core/resilience4j-config.ts';
import type { SentinelDegradeRule } from './core/sentinel.ts';

function specFor(values: CircuitBreakerParams, extra: Record<string, string>): BreakerSpec {
  return parseCircuitBreakerParams(new URLSearchParams({ preset: values.preset, ...extra })).values.breaker;
}

export function switchModel(values: CircuitBreakerParams, model: BreakerModelKind): CircuitBreakerParams {
  if (values.breaker.model === model) return values;
  // Manual state changes exist only in Resilience4j.
  return { ...values, breaker: specFor(values, { model }), actions: model === 'resilience4j' ? values.actions : [] };
}

export function switchGrade(values: CircuitBreakerParams, grade: SentinelGrade): CircuitBreakerParams {
  const spec = values.breaker;
  if (spec.model !== 'sentinel' || spec.rule.grade === grade) return values;
  const base = specFor(values, { model: 'sentinel', grade });
  const count = base.model === 'sentinel' ? base.rule.count : spec.rule.count;
  return { ...values, breaker: { model: 'sentinel', rule: { ...spec.rule, grade, count } } };
}

export function patchResilience4j(values: CircuitBreakerParams, patch: Partial<Resilience4jConfig>): CircuitBreakerParams {
  const spec = values.breaker;
  return spec.model === 'resilience4j' ? { ...values, breaker: { model: 'resilience4j', config: { ...spec.config, ...patch } } } : values;
}

export function patchSentinel(values: CircuitBreakerParams, patch: Partial<SentinelDegradeRule>): CircuitBreakerParams {
  const spec = values.breaker;
  return spec.model === 'sentinel' ? { ...values, breaker: { model: 'sentinel', rule: { ...spec.rule, ...patch } } } : values;
}

export function patchHystrix(values: CircuitBreakerParams, patch: Partial<HystrixConfig>): CircuitBreakerParams {
  const spec = values.breaker;
  return spec.model === 'hystrix' ? { ...values, breaker: { model: 'hystrix', config: { ...spec.config, ...patch } } } : values;
}

/** A manual state change at the player's moment (whole ms); the same one twice at one moment is kept once. */
export function addAction(values: CircuitBreakerParams, atMs: number, target: ManualTarget): CircuitBreakerParams {
  const at = Math.round(atMs);
  if (values.actions.some((a) => a.atMs === at && a.target === target)) return values;
  return { ...values, actions: insertAction(values.actions, { atMs: at, target }) };
}

export function addSend(values: CircuitBreakerParams, atMs: number): CircuitBreakerParams {
  const at = Math.round(atMs);
  const sends = [...values.sends, at].sort((a, b) => a - b);
  return { ...values, sends };
}
