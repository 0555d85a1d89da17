// The lab's URL: a preset and only the keys that differ from it, under the real configuration
// names: Dubbo `cluster`, `retries`, `forks`, `timeout`, `enable-timeout-countdown`,
// `loadbalance`, `weights` (one `weight` per provider), `threads`, `serialization`; gRPC
// `deadline` and `maxAttempts`; and the run's own: `fault`, `faulty` (how many providers have
// it), `slowMs`, `serviceMs`, `rtt`, `seed`. A bad value gets a message naming its key and the
// preset's value is used instead.
import { CLUSTERS, FAULTS, LOAD_BALANCES, type CallConfig, type ClusterStrategy, type Fault, type LoadBalance } from './config.ts';
import { paramMessages } from './param-messages.ts';
import type { Serialization } from './payload.ts';
import { DEFAULT_PRESET, isPresetId, presetConfigs, type PresetId } from './presets.ts';

export interface RpcParams {
  readonly preset: PresetId;
  readonly config: CallConfig;
}
export type ParamErrors = Record<string, string>;
export type Lang = 'zh' | 'en';

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}
export const NUMBER_RULES = {
  retries: { min: 0, max: 5, integer: true },
  maxAttempts: { min: 1, max: 5, integer: true },
  forks: { min: 1, max: 5, integer: true },
  timeout: { min: 50, max: 10_000, integer: true },
  deadline: { min: 50, max: 10_000, integer: true },
  threads: { min: 1, max: 1000, integer: true },
  faulty: { min: 0, max: 5, integer: true },
  slowMs: { min: 0, max: 30_000, integer: true },
  serviceMs: { min: 0, max: 5000, integer: true },
  rtt: { min: 0, max: 500, integer: false },
  seed: { min: 0, max: 4_294_967_295, integer: true },
} as const satisfies Record<string, NumberRule>;
export type NumberKey = keyof typeof NUMBER_RULES;

const DUBBO_ONLY = [
  'cluster',
  'retries',
  'forks',
  'timeout',
  'enable-timeout-countdown',
  'loadbalance',
  'serialization',
  'tags',
  'dubbo.tag',
  'dubbo.force.tag',
] as const;
export const TAG_PATTERN = /^[a-z0-9-]{0,20}$/;
const TAG = TAG_PATTERN;
const GRPC_ONLY = ['deadline', 'maxAttempts'] as const;
export const DUBBO_SERIALIZATIONS: readonly Serialization[] = ['hessian2', 'fastjson'];

/** A number from the URL's text, or null when it breaks the rule. */
export function checkNumber(key: NumberKey, raw: string): number | null {
  const rule: NumberRule = NUMBER_RULES[key];
  const v = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(v) || v < rule.min || v > rule.max || (rule.integer && !Number.isInteger(v))) return null;
  return v;
}

export function parseWeights(raw: string): number[] | null {
  if (!/^\d{1,4}(,\d{1,4}){0,4}$/.test(raw.trim())) return null;
  const ws = raw.trim().split(',').map(Number);
  return ws.every((w) => w >= 1 && w <= 1000) ? ws : null;
}

/** Provider tags, one per provider ('' = untagged): `,,gray`. */
export function parseTags(raw: string, providers: number): string[] | null {
  const tags = raw.split(',').map((t) => t.trim());
  return tags.length === providers && tags.every((t) => TAG.test(t)) ? tags : null;
}

/** Tags kept in step with the number of providers (new ones untagged). */
export function fitTags(tags: readonly string[], providers: number): string[] {
  return Array.from({ length: providers }, (_, i) => tags[i] ?? '');
}

export function parseRpcParams(search: URLSearchParams, lang: Lang = 'zh'): { values: RpcParams; errors: ParamErrors } {
  const m = paramMessages[lang];
  const errors: ParamErrors = {};
  const rawPreset = search.get('preset');
  let preset: PresetId = DEFAULT_PRESET;
  if (rawPreset !== null) {
    if (isPresetId(rawPreset)) preset = rawPreset;
    else errors['preset'] = m.preset(rawPreset.slice(0, 40), DEFAULT_PRESET);
  }
  const base = presetConfigs[preset];
  const grpc = base.framework === 'grpc';
  for (const key of grpc ? DUBBO_ONLY : GRPC_ONLY) if (search.has(key)) errors[key] = m.notFor(key, grpc ? 'gRPC' : 'Dubbo');
  const num = (key: NumberKey, fallback: number): number => {
    const raw = search.get(key);
    if (raw === null) return fallback;
    const v = checkNumber(key, raw);
    if (v !== null) return v;
    const rule: NumberRule = NUMBER_RULES[key];
    errors[key] = m.number(key, rule.min, rule.max, rule.integer);
    return fallback;
  };
  const choice = <T extends string>(key: string, fallback: T, choices: readonly T[]): T => {
    const raw = search.get(key);
    if (raw === null || (grpc && (DUBBO_ONLY as readonly string[]).includes(key))) return fallback;
    const found = choices.find((c) => c === raw);
    if (found !== undefined) return found;
    errors[key] = m.choice(key, choices);
    return fallback;
  };
  let weights = base.weights;
  const rawWeights = search.get('weights');
  if (rawWeights !== null) {
    const ws = parseWeights(rawWeights);
    if (ws) weights = ws;
    else errors['weights'] = m.weights;
  }
  let faulty = num('faulty', base.faulty);
  if (faulty > weights.length) {
    errors['faulty'] = m.faulty(weights.length);
    faulty = Math.min(base.faulty, weights.length);
  }
  const bool = (key: string, fallback: boolean): boolean => {
    const raw = grpc ? null : search.get(key);
    if (raw === null) return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    errors[key] = m.choice(key, ['true', 'false']);
    return fallback;
  };
  const countdown = bool('enable-timeout-countdown', base.countdown);
  let providerTags = fitTags(base.providerTags, weights.length);
  const rawTags = grpc ? null : search.get('tags');
  if (rawTags !== null) {
    const tags = parseTags(rawTags, weights.length);
    if (tags) providerTags = tags;
    else errors['tags'] = m.tags(weights.length);
  }
  let tag = base.tag;
  const rawTag = grpc ? null : search.get('dubbo.tag');
  if (rawTag !== null) {
    if (TAG.test(rawTag)) tag = rawTag;
    else errors['dubbo.tag'] = m.tag;
  }
  const config: CallConfig = {
    ...base,
    cluster: choice<ClusterStrategy>('cluster', base.cluster, CLUSTERS),
    retries: grpc ? num('maxAttempts', base.retries + 1) - 1 : num('retries', base.retries),
    forks: grpc ? base.forks : num('forks', base.forks),
    timeoutMs: num(grpc ? 'deadline' : 'timeout', base.timeoutMs),
    countdown,
    loadbalance: choice<LoadBalance>('loadbalance', base.loadbalance, LOAD_BALANCES),
    weights,
    providerTags,
    tag,
    forceTag: bool('dubbo.force.tag', base.forceTag),
    threads: num('threads', base.threads),
    serialization: choice<Serialization>('serialization', base.serialization, DUBBO_SERIALIZATIONS),
    fault: choice<Fault>('fault', base.fault, FAULTS),
    faulty,
    slowMs: num('slowMs', base.slowMs),
    serviceMs: num('serviceMs', base.serviceMs),
    rttMs: num('rtt', base.rttMs),
    seed: num('seed', base.seed),
  };
  return { values: { preset, config }, errors };
}

/** Every URL key's value for a configuration. */
function flat(c: CallConfig): Record<string, string> {
  const common = {
    weights: c.weights.join(','),
    threads: String(c.threads),
    fault: c.fault,
    faulty: String(c.faulty),
    slowMs: String(c.slowMs),
    serviceMs: String(c.serviceMs),
    rtt: String(c.rttMs),
    seed: String(c.seed),
  };
  if (c.framework === 'grpc') return { deadline: String(c.timeoutMs), maxAttempts: String(c.retries + 1), ...common };
  return {
    cluster: c.cluster,
    retries: String(c.retries),
    forks: String(c.forks),
    timeout: String(c.timeoutMs),
    'enable-timeout-countdown': String(c.countdown),
    loadbalance: c.loadbalance,
    serialization: c.serialization,
    tags: c.providerTags.join(','),
    'dubbo.tag': c.tag,
    'dubbo.force.tag': String(c.forceTag),
    ...common,
  };
}

export function toRpcSearch(values: RpcParams): URLSearchParams {
  const search = new URLSearchParams({ preset: values.preset });
  const before = flat(presetConfigs[values.preset]);
  for (const [key, value] of Object.entries(flat(values.config))) if (before[key] !== value) search.set(key, value);
  return search;
}

export function presetParams(id: PresetId): RpcParams {
  return { preset: id, config: presetConfigs[id] };
}
