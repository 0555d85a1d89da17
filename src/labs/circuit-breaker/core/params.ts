// The lab's URL: a preset plus the fields that differ from it, under the real configuration keys
// (failureRateThreshold, waitDurationInOpenState…; Sentinel's grade, count, timeWindow…; Hystrix's
// requestVolumeThreshold…), the traffic, the seed and the backend script. Durations are in ms except
// Sentinel's timeWindow (seconds, as in DegradeRule) and the run's `duration` (seconds).
// What the user did by hand (manual state changes, "send one request now") rides along as
// `actions` and `send` (manual-codec.ts). A bad value gets a Chinese message and falls back to the
// preset's value.
import { parseBackendParam, toBackendParam } from './backend-codec.ts';
import type { BackendScript } from './backend.ts';
import type { BreakerSpec } from './breaker-spec.ts';
import type { BreakerModelKind, SentinelGrade } from './breaker-types.ts';
import { HYSTRIX_DEFAULTS, HYSTRIX_MAX_HEALTH_BUCKETS, hystrixHealthBuckets, type HystrixConfig } from './hystrix.ts';
import { parseActionsParam, parseSendsParam, toActionsParam, toSendsParam } from './manual-codec.ts';
import {
  DEFAULT_PRESET_ID,
  circuitBreakerPresets,
  isCircuitBreakerPresetId,
  type CircuitBreakerPreset,
  type CircuitBreakerPresetId,
  type PresetTraffic,
} from './presets.ts';
import { RESILIENCE4J_DEFAULTS, type Resilience4jConfig } from './resilience4j-config.ts';
import type { ManualAction } from './run-breaker.ts';
import { SENTINEL_RULE_DEFAULTS, type SentinelDegradeRule } from './sentinel.ts';

export interface CircuitBreakerParams {
  readonly preset: CircuitBreakerPresetId;
  readonly breaker: BreakerSpec;
  readonly backend: BackendScript;
  readonly traffic: PresetTraffic;
  readonly seed: number;
  readonly durationMs: number;
  /** Manual state changes (Resilience4j only), in time order. */
  readonly actions: readonly ManualAction[];
  /** Extra single requests ("send one request now"), ms, in time order. */
  readonly sends: readonly number[];
}

export type ParamErrors = Record<string, string>;

/** The range a numeric key accepts; the view's fields use the same rules as the URL. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** The value must be strictly greater than min. */
  readonly aboveMin?: boolean;
}

const MS = { min: 1, max: 600_000, integer: true } as const;
export const R4J_NUMBERS: Readonly<Record<string, NumberRule>> = {
  failureRateThreshold: { min: 0, max: 100, aboveMin: true },
  slowCallRateThreshold: { min: 0, max: 100, aboveMin: true },
  slowCallDurationThreshold: MS,
  slidingWindowSize: { min: 1, max: 10_000, integer: true },
  minimumNumberOfCalls: { min: 1, max: 10_000, integer: true },
  waitDurationInOpenState: MS,
  permittedNumberOfCallsInHalfOpenState: { min: 1, max: 1000, integer: true },
  maxWaitDurationInHalfOpenState: { min: 0, max: 600_000, integer: true },
};
export const SENTINEL_NUMBERS: Readonly<Record<string, NumberRule>> = {
  slowRatioThreshold: { min: 0, max: 1 },
  timeWindow: { min: 1, max: 3600, integer: true },
  minRequestAmount: { min: 1, max: 100_000, integer: true },
  statIntervalMs: { min: 100, max: 600_000, integer: true },
};
export const SENTINEL_COUNT: Readonly<Record<SentinelGrade, NumberRule>> = {
  'slow-ratio': { min: 1, max: 60_000, integer: true },
  'error-ratio': { min: 0, max: 1 },
  'error-count': { min: 0, max: 100_000, integer: true },
};
const SENTINEL_DEFAULT_COUNT: Readonly<Record<SentinelGrade, number>> = { 'slow-ratio': 500, 'error-ratio': 0.5, 'error-count': 10 };
export const HYSTRIX_NUMBERS: Readonly<Record<string, NumberRule>> = {
  requestVolumeThreshold: { min: 1, max: 100_000, integer: true },
  errorThresholdPercentage: { min: 0, max: 100, integer: true },
  sleepWindowInMilliseconds: MS,
  metricsRollingStatsTimeInMilliseconds: { min: 100, max: 600_000, integer: true },
  metricsHealthSnapshotIntervalInMilliseconds: { min: 10, max: 60_000, integer: true },
  executionTimeoutInMilliseconds: MS,
};
export const RUN_NUMBERS = {
  rate: { min: 0.1, max: 1000 },
  duration: { min: 5, max: 600, integer: true },
  seed: { min: 0, max: 4_294_967_295, integer: true },
} as const satisfies Record<string, NumberRule>;

const DEFAULT_SPECS: Readonly<Record<BreakerModelKind, BreakerSpec>> = {
  resilience4j: { model: 'resilience4j', config: RESILIENCE4J_DEFAULTS },
  sentinel: { model: 'sentinel', rule: { ...SENTINEL_RULE_DEFAULTS, grade: 'error-ratio', count: 0.5, timeWindow: 10 } },
  hystrix: { model: 'hystrix', config: HYSTRIX_DEFAULTS },
};

export type Language = 'zh' | 'en';

// Messages for bad URL values, in the language the caller passes (the UI's).
const URL_MESSAGES = {
  zh: {
    rollingTooShort: 'metricsRollingStatsTimeInMilliseconds 不能小于 metricsHealthSnapshotIntervalInMilliseconds',
    tooManyBuckets: (n: number) =>
      `健康统计窗口会有 ${n} 个桶（metricsRollingStatsTimeInMilliseconds ÷ metricsHealthSnapshotIntervalInMilliseconds），最多 ${HYSTRIX_MAX_HEALTH_BUCKETS} 个：调大间隔或缩短窗口`,
    noPreset: (raw: string, fallback: string) => `preset 没有 “${raw}” 这个场景，已用 ${fallback}`,
    backend: 'backend 格式不对：应为 h@0:1:40-150,f@20:70:40-150 这样的阶段列表（h/f/s/r@起始秒:失败%:p50-p99[~渐变秒]）',
    actions: 'actions 格式不对：应为 o@12.5,c@40 这样的列表（o 强制打开、d 停用、c 恢复闭合 @ 第几秒）',
    actionsR4jOnly: 'actions（手动切换状态）只有 Resilience4j 支持，已忽略',
    send: 'send 格式不对：应为 3.2,47.125 这样的秒数列表（0–600）',
  },
  en: {
    rollingTooShort: 'metricsRollingStatsTimeInMilliseconds cannot be less than metricsHealthSnapshotIntervalInMilliseconds',
    tooManyBuckets: (n: number) =>
      `the health window would hold ${n} buckets (metricsRollingStatsTimeInMilliseconds ÷ metricsHealthSnapshotIntervalInMilliseconds); at most ${HYSTRIX_MAX_HEALTH_BUCKETS}: raise the interval or shorten the window`,
    noPreset: (raw: string, fallback: string) => `there is no preset "${raw}"; using ${fallback}`,
    backend: 'backend is malformed: expected a list of phases like h@0:1:40-150,f@20:70:40-150 (h/f/s/r@start s:failure %:p50-p99[~ramp s])',
    actions: 'actions is malformed: expected a list like o@12.5,c@40 (o force open, d disable, c close, @ second)',
    actionsR4jOnly: 'actions (manual state switches) only work with Resilience4j; ignored',
    send: 'send is malformed: expected a list of seconds like 3.2,47.125 (0–600)',
  },
} as const;

function baseSpec(preset: CircuitBreakerPreset, model: BreakerModelKind): BreakerSpec {
  return preset.breaker.model === model ? preset.breaker : DEFAULT_SPECS[model];
}

export function numberMessage(key: string, rule: NumberRule, language: Language = 'zh'): string {
  if (language === 'en') {
    if (rule.aboveMin) return `${key} must be a number above ${rule.min} and at most ${rule.max}`;
    return `${key} must be a ${rule.integer ? 'whole number' : 'number'} from ${rule.min} to ${rule.max}`;
  }
  if (rule.aboveMin) return `${key} 必须是大于 ${rule.min}、不超过 ${rule.max} 的数`;
  return `${key} 必须是 ${rule.min}–${rule.max} 之间的${rule.integer ? '整数' : '数'}`;
}

function readNumber(search: URLSearchParams, key: string, fallback: number, rule: NumberRule, errors: ParamErrors, language: Language): number {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const value = raw.trim() === '' ? NaN : Number(raw);
  const ok =
    Number.isFinite(value) && (rule.aboveMin ? value > rule.min : value >= rule.min) && value <= rule.max && (!rule.integer || Number.isInteger(value));
  if (ok) return value;
  errors[key] = numberMessage(key, rule, language);
  return fallback;
}

function readChoice<T extends string>(search: URLSearchParams, key: string, fallback: T, choices: readonly T[], errors: ParamErrors, language: Language): T {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const found = choices.find((c) => c === raw.trim());
  if (found !== undefined) return found;
  errors[key] = language === 'en' ? `${key} must be one of ${choices.join(', ')}` : `${key} 必须是 ${choices.join('、')} 之一`;
  return fallback;
}

function readNumbers<T extends object>(
  search: URLSearchParams,
  base: T,
  rules: Readonly<Record<string, NumberRule>>,
  errors: ParamErrors,
  language: Language,
): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, rule] of Object.entries(rules)) out[key] = readNumber(search, key, out[key] as number, rule, errors, language);
  return out as T;
}

function parseBreaker(search: URLSearchParams, base: BreakerSpec, errors: ParamErrors, language: Language): BreakerSpec {
  if (base.model === 'resilience4j') {
    const numbers = readNumbers(search, base.config, R4J_NUMBERS, errors, language);
    const flag = readChoice(
      search,
      'automaticTransitionFromOpenToHalfOpenEnabled',
      String(base.config.automaticTransitionFromOpenToHalfOpenEnabled) as 'true' | 'false',
      ['true', 'false'],
      errors,
      language,
    );
    const config: Resilience4jConfig = {
      ...numbers,
      slidingWindowType: readChoice(search, 'slidingWindowType', base.config.slidingWindowType, ['COUNT_BASED', 'TIME_BASED'], errors, language),
      automaticTransitionFromOpenToHalfOpenEnabled: flag === 'true',
      transitionToStateAfterWaitDuration: readChoice(
        search,
        'transitionToStateAfterWaitDuration',
        base.config.transitionToStateAfterWaitDuration,
        ['OPEN', 'CLOSED'],
        errors,
        language,
      ),
    };
    return { model: 'resilience4j', config };
  }
  if (base.model === 'sentinel') {
    const grade = readChoice<SentinelGrade>(search, 'grade', base.rule.grade, ['slow-ratio', 'error-ratio', 'error-count'], errors, language);
    const baseCount = grade === base.rule.grade ? base.rule.count : SENTINEL_DEFAULT_COUNT[grade];
    const rule: SentinelDegradeRule = {
      ...readNumbers(search, base.rule, SENTINEL_NUMBERS, errors, language),
      grade,
      count: readNumber(search, 'count', baseCount, SENTINEL_COUNT[grade], errors, language),
    };
    return { model: 'sentinel', rule };
  }
  let config: HystrixConfig = readNumbers(search, base.config, HYSTRIX_NUMBERS, errors, language);
  const buckets = hystrixHealthBuckets(config);
  if (config.metricsRollingStatsTimeInMilliseconds < config.metricsHealthSnapshotIntervalInMilliseconds || buckets > HYSTRIX_MAX_HEALTH_BUCKETS) {
    const m = URL_MESSAGES[language];
    errors['metricsRollingStatsTimeInMilliseconds'] = buckets < 1 ? m.rollingTooShort : m.tooManyBuckets(buckets);
    config = {
      ...config,
      metricsRollingStatsTimeInMilliseconds: base.config.metricsRollingStatsTimeInMilliseconds,
      metricsHealthSnapshotIntervalInMilliseconds: base.config.metricsHealthSnapshotIntervalInMilliseconds,
    };
  }
  return { model: 'hystrix', config };
}

export function parseCircuitBreakerParams(search: URLSearchParams, language: Language = 'zh'): { values: CircuitBreakerParams; errors: ParamErrors } {
  const errors: ParamErrors = {};
  const m = URL_MESSAGES[language];
  const rawPreset = search.get('preset');
  let presetId: CircuitBreakerPresetId = DEFAULT_PRESET_ID;
  if (rawPreset !== null) {
    if (isCircuitBreakerPresetId(rawPreset)) presetId = rawPreset;
    else errors['preset'] = m.noPreset(rawPreset.slice(0, 40), DEFAULT_PRESET_ID);
  }
  const preset = circuitBreakerPresets[presetId];
  const model = readChoice<BreakerModelKind>(search, 'model', preset.breaker.model, ['resilience4j', 'sentinel', 'hystrix'], errors, language);
  const breaker = parseBreaker(search, baseSpec(preset, model), errors, language);

  let backend = preset.backend;
  const rawBackend = search.get('backend');
  if (rawBackend !== null) {
    const parsed = parseBackendParam(rawBackend);
    if (parsed) backend = parsed;
    else errors['backend'] = m.backend;
  }
  const traffic: PresetTraffic = {
    kind: readChoice(search, 'traffic', preset.traffic.kind, ['steady', 'poisson'], errors, language),
    ratePerSec: readNumber(search, 'rate', preset.traffic.ratePerSec, RUN_NUMBERS.rate, errors, language),
  };
  let actions: readonly ManualAction[] = [];
  const rawActions = search.get('actions');
  if (rawActions !== null) {
    const parsed = parseActionsParam(rawActions);
    if (!parsed) errors['actions'] = m.actions;
    else if (breaker.model !== 'resilience4j') errors['actions'] = m.actionsR4jOnly;
    else actions = parsed;
  }
  let sends: readonly number[] = [];
  const rawSends = search.get('send');
  if (rawSends !== null) {
    const parsed = parseSendsParam(rawSends);
    if (parsed) sends = parsed;
    else errors['send'] = m.send;
  }
  const values: CircuitBreakerParams = {
    preset: presetId,
    breaker,
    backend,
    traffic,
    seed: readNumber(search, 'seed', preset.seed, RUN_NUMBERS.seed, errors, language),
    durationMs: readNumber(search, 'duration', preset.durationMs / 1000, RUN_NUMBERS.duration, errors, language) * 1000,
    actions,
    sends,
  };
  return { values, errors };
}

/** Writes the preset and only what differs from it, so links stay short. */
export function toCircuitBreakerSearch(values: CircuitBreakerParams): URLSearchParams {
  const search = new URLSearchParams();
  const preset = circuitBreakerPresets[values.preset];
  search.set('preset', values.preset);
  const spec = values.breaker;
  if (spec.model !== preset.breaker.model) search.set('model', spec.model);
  const base = baseSpec(preset, spec.model);
  const current: Record<string, unknown> = spec.model === 'sentinel' ? { ...spec.rule } : { ...spec.config };
  const before: Record<string, unknown> = base.model === 'sentinel' ? { ...base.rule } : { ...base.config };
  for (const [key, value] of Object.entries(current)) {
    if (value !== before[key] || (key === 'count' && current['grade'] !== before['grade'])) search.set(key, String(value));
  }
  if (toBackendParam(values.backend) !== toBackendParam(preset.backend)) search.set('backend', toBackendParam(values.backend));
  if (values.traffic.kind !== preset.traffic.kind) search.set('traffic', values.traffic.kind);
  if (values.traffic.ratePerSec !== preset.traffic.ratePerSec) search.set('rate', String(values.traffic.ratePerSec));
  if (values.durationMs !== preset.durationMs) search.set('duration', String(values.durationMs / 1000));
  if (values.seed !== preset.seed) search.set('seed', String(values.seed));
  if (values.actions.length > 0) search.set('actions', toActionsParam(values.actions));
  if (values.sends.length > 0) search.set('send', toSendsParam(values.sends));
  return search;
}

/** The values of a preset as they come out of an empty URL with only `preset=`. */
export function presetParams(id: CircuitBreakerPresetId): CircuitBreakerParams {
  const p = circuitBreakerPresets[id];
  return { preset: id, breaker: p.breaker, backend: p.backend, traffic: p.traffic, seed: p.seed, durationMs: p.durationMs, actions: [], sends: [] };
}
