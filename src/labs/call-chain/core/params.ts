// The lab's URL: a preset plus only the values that differ from it. Per-service values are comma
// lists from A down (`timeout=1000,500,250`); a shorter list repeats its last value, so
// `attempts=3` means 3 everywhere. Times: `duration`, `faultAt`, `faultFor` in seconds, the rest
// in ms; `errorRate` in percent; `fixes` a comma list of FIX_IDS (empty = none). Parsing never
// throws: a bad value gets a problem naming its key (worded by the view in the UI language) and the
// preset's value is used instead.
import { DEFAULT_PRESET_ID, isPresetId, presetScenarios, PRESET_IDS, type PresetId } from './presets.ts';
import { FIX_IDS, type ChainScenario, type FixId, type LayerSpec } from './scenario.ts';

export interface ChainParams {
  readonly preset: PresetId;
  readonly scenario: ChainScenario;
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export type ParamProblem =
  | { readonly code: 'number'; readonly key: string; readonly rule: NumberRule }
  | { readonly code: 'list'; readonly key: string; readonly rule: NumberRule }
  | { readonly code: 'choice'; readonly key: string; readonly choices: readonly string[] };

export type ParamProblems = Readonly<Record<string, ParamProblem>>;

const int = (min: number, max: number): NumberRule => ({ min, max, integer: true });
const real = (min: number, max: number): NumberRule => ({ min, max, integer: false });

export const NUMBER_RULES = {
  depth: int(2, 5),
  fanOut: int(1, 3),
  rate: real(1, 20_000),
  duration: int(5, 600),
  seed: int(0, 4_294_967_295),
  backoff: int(0, 5000),
  faultAt: real(0, 600),
  faultFor: real(0, 600),
  extraLatency: int(0, 10_000),
  errorRate: real(0, 100),
  retryLayer: int(0, 4),
  maxTokens: int(1, 1000),
  tokenRatio: real(0.001, 1),
  failureRateThreshold: real(1, 100),
  slidingWindowSize: int(1, 1000),
  waitDurationInOpenState: int(1, 600_000),
} as const satisfies Record<string, NumberRule>;
export type NumberKey = keyof typeof NUMBER_RULES;

export const LIST_RULES = {
  timeout: int(1, 30_000),
  attempts: int(1, 5),
  pool: int(1, 2000),
  queue: int(0, 100_000),
  work: int(1, 2000),
} as const satisfies Record<string, NumberRule>;
export type ListKey = keyof typeof LIST_RULES;

const LIST_FIELD: Record<ListKey, keyof LayerSpec> = { timeout: 'timeoutMs', attempts: 'attempts', pool: 'pool', queue: 'queue', work: 'workMs' };

export function checkNumber(rule: NumberRule, raw: string): number | null {
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < rule.min || value > rule.max || (rule.integer && !Number.isInteger(value))) return null;
  return value;
}

/** `1000,500` → [1000, 500]; null when any item is bad or there are more than 5. */
export function checkList(rule: NumberRule, raw: string): number[] | null {
  const items = raw.split(',');
  if (items.length > 5) return null;
  const values = items.map((item) => checkNumber(rule, item));
  return values.every((v): v is number => v !== null) ? values : null;
}

/** A list fitted to `depth` services: cut, or its last value repeated. */
export function fitList(values: readonly number[], depth: number): number[] {
  return Array.from({ length: depth }, (_, i) => values[Math.min(i, values.length - 1)] as number);
}

export function parseChainParams(search: URLSearchParams): { values: ChainParams; errors: ParamProblems } {
  const errors: Record<string, ParamProblem> = {};
  const rawPreset = search.get('preset');
  let preset: PresetId = DEFAULT_PRESET_ID;
  if (rawPreset !== null) {
    if (isPresetId(rawPreset)) preset = rawPreset;
    else errors['preset'] = { code: 'choice', key: 'preset', choices: PRESET_IDS };
  }
  const base = presetScenarios[preset];
  const num = (key: NumberKey, fallback: number): number => {
    const raw = search.get(key);
    if (raw === null) return fallback;
    const value = checkNumber(NUMBER_RULES[key], raw);
    if (value !== null) return value;
    errors[key] = { code: 'number', key, rule: NUMBER_RULES[key] };
    return fallback;
  };
  const depth = num('depth', base.layers.length);
  const lists = Object.fromEntries(
    (Object.keys(LIST_RULES) as ListKey[]).map((key) => {
      const fallback = base.layers.map((l) => l[LIST_FIELD[key]]);
      const raw = search.get(key);
      let values: number[] = fallback;
      if (raw !== null) {
        const parsed = checkList(LIST_RULES[key], raw);
        if (parsed) values = parsed;
        else errors[key] = { code: 'list', key, rule: LIST_RULES[key] };
      }
      return [key, fitList(values, depth)];
    }),
  ) as Record<ListKey, number[]>;
  const layers: LayerSpec[] = Array.from({ length: depth }, (_, i) => ({
    timeoutMs: lists.timeout[i] as number,
    attempts: lists.attempts[i] as number,
    pool: lists.pool[i] as number,
    queue: lists.queue[i] as number,
    workMs: lists.work[i] as number,
  }));
  let fixes: readonly FixId[] = base.fixes;
  const rawFixes = search.get('fixes');
  if (rawFixes !== null) {
    const items = rawFixes === '' ? [] : rawFixes.split(',');
    if (items.every((f) => (FIX_IDS as readonly string[]).includes(f))) fixes = FIX_IDS.filter((f) => items.includes(f));
    else errors['fixes'] = { code: 'choice', key: 'fixes', choices: FIX_IDS };
  }
  let retryLayer = num('retryLayer', Math.min(base.retryLayer, depth - 1));
  if (retryLayer > depth - 1) {
    errors['retryLayer'] = { code: 'number', key: 'retryLayer', rule: int(0, depth - 1) };
    retryLayer = depth - 1;
  }
  const scenario: ChainScenario = {
    layers,
    fanOut: num('fanOut', base.fanOut),
    rate: num('rate', base.rate),
    durationMs: num('duration', base.durationMs / 1000) * 1000,
    seed: num('seed', base.seed),
    backoffMs: num('backoff', base.backoffMs),
    fault: {
      atMs: Math.round(num('faultAt', base.fault.atMs / 1000) * 1000),
      forMs: Math.round(num('faultFor', base.fault.forMs / 1000) * 1000),
      extraLatencyMs: num('extraLatency', base.fault.extraLatencyMs),
      errorRate: num('errorRate', base.fault.errorRate * 100) / 100,
    },
    fixes,
    retryLayer,
    throttle: { maxTokens: num('maxTokens', base.throttle.maxTokens), tokenRatio: num('tokenRatio', base.throttle.tokenRatio) },
    breaker: {
      failureRateThreshold: num('failureRateThreshold', base.breaker.failureRateThreshold),
      slidingWindowSize: num('slidingWindowSize', base.breaker.slidingWindowSize),
      waitDurationInOpenState: num('waitDurationInOpenState', base.breaker.waitDurationInOpenState),
    },
  };
  return { values: { preset, scenario }, errors };
}

/** Every key's URL text for a scenario. */
export function flatParams(s: ChainScenario): Record<string, string> {
  const list = (field: keyof LayerSpec) => s.layers.map((l) => l[field]).join(',');
  return {
    depth: String(s.layers.length),
    fanOut: String(s.fanOut),
    rate: String(s.rate),
    duration: String(s.durationMs / 1000),
    seed: String(s.seed),
    backoff: String(s.backoffMs),
    timeout: list('timeoutMs'),
    attempts: list('attempts'),
    pool: list('pool'),
    queue: list('queue'),
    work: list('workMs'),
    faultAt: String(s.fault.atMs / 1000),
    faultFor: String(s.fault.forMs / 1000),
    extraLatency: String(s.fault.extraLatencyMs),
    errorRate: String(Math.round(s.fault.errorRate * 10000) / 100),
    fixes: s.fixes.join(','),
    retryLayer: String(s.retryLayer),
    maxTokens: String(s.throttle.maxTokens),
    tokenRatio: String(s.throttle.tokenRatio),
    failureRateThreshold: String(s.breaker.failureRateThreshold),
    slidingWindowSize: String(s.breaker.slidingWindowSize),
    waitDurationInOpenState: String(s.breaker.waitDurationInOpenState),
  };
}

export function toChainSearch(values: ChainParams): URLSearchParams {
  const search = new URLSearchParams();
  search.set('preset', values.preset);
  const before = flatParams(presetScenarios[values.preset]);
  for (const [key, value] of Object.entries(flatParams(values.scenario))) if (before[key] !== value) search.set(key, value);
  return search;
}

export function presetParams(id: PresetId): ChainParams {
  return { preset: id, scenario: presetScenarios[id] };
}

/** A new depth: every per-service list fitted to it, the retry layer kept inside the chain. */
export function withDepth(s: ChainScenario, depth: number): ChainScenario {
  const layers = fitList(
    s.layers.map((_, i) => i),
    depth,
  ).map((i) => s.layers[i] as LayerSpec);
  return { ...s, layers, retryLayer: Math.min(s.retryLayer, depth - 1) };
}
