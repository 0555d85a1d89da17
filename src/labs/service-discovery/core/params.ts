// The lab's URL: a preset plus the fields that differ from it. Timings go under their real keys
// (leaseExpirationDurationInSeconds, heartBeatTimeout, sessionTimeout, periodSeconds, Ribbon's
// ServerListRefreshInterval…), the script under short names (crash=2&crashAt=25, times in seconds;
// stop=2@20,L@40 stops server 2 at 20 s and whoever leads at 40 s). A bad value is reported as a
// problem naming its key (the view words it in the UI language) and the preset's value is used.
import { DEFAULT_PRESET_ID, isPresetId, presets, type PresetId } from './presets.ts';
import { REGISTRY_KINDS, type RegistryKind, type Scenario, type ServerChange, type Timings } from './scenario.ts';

export interface Params {
  readonly preset: PresetId;
  readonly scenario: Scenario;
}

export type ParamProblem =
  | { readonly kind: 'number'; readonly key: string; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly kind: 'choice'; readonly key: string; readonly choices: readonly string[] }
  | { readonly kind: 'preset'; readonly value: string; readonly fallback: string }
  | { readonly kind: 'changes'; readonly key: string; readonly servers: number }
  | { readonly kind: 'index'; readonly key: string; readonly count: number };

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}
const int = (min: number, max: number): NumberRule => ({ min, max, integer: true });
const real = (min: number, max: number): NumberRule => ({ min, max, integer: false });

type NumericTiming = Exclude<keyof Timings, 'enableSelfPreservation'>;

/** Timing field → URL key (the real configuration key). */
export const TIMING_KEYS: Readonly<Record<NumericTiming, string>> = {
  heartbeatSeconds: 'heartbeatSeconds',
  maxMisses: 'maxMisses',
  leaseRenewalIntervalInSeconds: 'leaseRenewalIntervalInSeconds',
  leaseExpirationDurationInSeconds: 'leaseExpirationDurationInSeconds',
  evictionIntervalTimerInMs: 'evictionIntervalTimerInMs',
  renewalPercentThreshold: 'renewalPercentThreshold',
  responseCacheUpdateIntervalMs: 'responseCacheUpdateIntervalMs',
  registryFetchIntervalSeconds: 'registryFetchIntervalSeconds',
  serverListRefreshInterval: 'ServerListRefreshInterval',
  heartBeatInterval: 'heartBeatInterval',
  heartBeatTimeout: 'heartBeatTimeout',
  ipDeleteTimeout: 'ipDeleteTimeout',
  checkInterval: 'checkInterval',
  checkTimes: 'checkTimes',
  tickTime: 'tickTime',
  sessionTimeout: 'sessionTimeout',
  periodSeconds: 'periodSeconds',
  failureThreshold: 'failureThreshold',
};

export const TIMING_RULES: Readonly<Record<NumericTiming, NumberRule>> = {
  heartbeatSeconds: int(1, 300),
  maxMisses: int(1, 10),
  leaseRenewalIntervalInSeconds: int(1, 300),
  leaseExpirationDurationInSeconds: int(1, 900),
  evictionIntervalTimerInMs: int(1000, 600_000),
  renewalPercentThreshold: real(0.05, 1),
  responseCacheUpdateIntervalMs: int(1000, 300_000),
  registryFetchIntervalSeconds: int(1, 300),
  serverListRefreshInterval: int(1000, 300_000),
  heartBeatInterval: int(1000, 60_000),
  heartBeatTimeout: int(1000, 300_000),
  ipDeleteTimeout: int(1000, 600_000),
  checkInterval: int(1000, 60_000),
  checkTimes: int(1, 10),
  tickTime: int(100, 10_000),
  sessionTimeout: int(1000, 600_000),
  periodSeconds: int(1, 60),
  failureThreshold: int(1, 10),
};

export const NUMBER_RULES = {
  providers: int(1, 12),
  consumers: int(1, 6),
  rate: int(1, 1000),
  crash: int(-1, 11),
  crashAt: real(0, 3600),
  deregister: int(-1, 11),
  deregisterAt: real(0, 3600),
  drain: real(0, 600),
  partition: int(0, 12),
  partitionAt: real(0, 3600),
  healAt: real(0, 3600),
  servers: int(1, 7),
  duration: int(10, 3600),
  seed: int(0, 4_294_967_295),
} as const satisfies Record<string, NumberRule>;
export type NumberKey = keyof typeof NUMBER_RULES;

/** The view's fields use the same check as the URL. */
export function checkNumber(rule: NumberRule, raw: string): number | null {
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < rule.min || value > rule.max || (rule.integer && !Number.isInteger(value))) return null;
  return value;
}

type Problems = Record<string, ParamProblem>;

function readNumber(search: URLSearchParams, key: string, rule: NumberRule, fallback: number, problems: Problems): number {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const value = checkNumber(rule, raw);
  if (value !== null) return value;
  problems[key] = { kind: 'number', key, ...rule };
  return fallback;
}

function readChoice<T extends string>(search: URLSearchParams, key: string, choices: readonly T[], fallback: T, problems: Problems): T {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const found = choices.find((c) => c === raw);
  if (found !== undefined) return found;
  problems[key] = { kind: 'choice', key, choices };
  return fallback;
}

const readBool = (search: URLSearchParams, key: string, fallback: boolean, problems: Problems) =>
  readChoice(search, key, ['true', 'false'], fallback ? 'true' : 'false', problems) === 'true';

const CHANGE = /^(L|\d{1,2})@(\d{1,4}(\.\d{1,3})?)$/;

export function parseChanges(raw: string, servers: number, allowLeader: boolean): ServerChange[] | null {
  if (raw === '') return [];
  const out: ServerChange[] = [];
  for (const part of raw.split(',')) {
    const m = CHANGE.exec(part.trim());
    if (!m) return null;
    const server = m[1] === 'L' ? 'L' : Number(m[1]);
    if (server === 'L' ? !allowLeader : server < 1 || server > servers) return null;
    const atMs = Math.round(Number(m[2]) * 1000);
    out.push({ atMs, server });
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

export function changesText(changes: readonly ServerChange[]): string {
  return changes.map((c) => `${c.server}@${c.atMs / 1000}`).join(',');
}

function readChanges(
  search: URLSearchParams,
  key: 'stop' | 'start',
  servers: number,
  fallback: readonly ServerChange[],
  problems: Problems,
): readonly ServerChange[] {
  const raw = search.get(key);
  const keep = fallback.every((c) => c.server === 'L' || c.server <= servers) ? fallback : [];
  if (raw === null) return keep;
  const parsed = parseChanges(raw, servers, key === 'stop');
  if (parsed) return parsed;
  problems[key] = { kind: 'changes', key, servers };
  return keep;
}

function readIndex(search: URLSearchParams, key: 'crash' | 'deregister', count: number, fallback: number, problems: Problems): number {
  const value = readNumber(search, key, NUMBER_RULES[key], fallback, problems);
  if (value < count) return value;
  if (!problems[key]) problems[key] = { kind: 'index', key, count };
  return fallback < count ? fallback : -1;
}

export function parseParams(search: URLSearchParams): { values: Params; errors: Problems } {
  const problems: Problems = {};
  const rawPreset = search.get('preset');
  let preset: PresetId = DEFAULT_PRESET_ID;
  if (rawPreset !== null) {
    if (isPresetId(rawPreset)) preset = rawPreset;
    else problems['preset'] = { kind: 'preset', value: rawPreset.slice(0, 40), fallback: DEFAULT_PRESET_ID };
  }
  const b = presets[preset];
  const timings = { ...b.timings } as Record<keyof Timings, number | boolean>;
  for (const field of Object.keys(TIMING_KEYS) as NumericTiming[]) {
    timings[field] = readNumber(search, TIMING_KEYS[field], TIMING_RULES[field], b.timings[field], problems);
  }
  timings.enableSelfPreservation = readBool(search, 'enableSelfPreservation', b.timings.enableSelfPreservation, problems);
  const n = (key: NumberKey, fallback: number) => readNumber(search, key, NUMBER_RULES[key], fallback, problems);
  const providers = n('providers', b.providers);
  const servers = n('servers', b.servers);
  const partition = n('partition', b.partition);
  if (partition > providers) problems['partition'] = { kind: 'index', key: 'partition', count: providers + 1 };
  const scenario: Scenario = {
    kind: readChoice<RegistryKind>(search, 'registry', REGISTRY_KINDS, b.kind, problems),
    timings: timings as unknown as Timings,
    providers,
    consumers: n('consumers', b.consumers),
    rate: n('rate', b.rate),
    retry: readBool(search, 'retry', b.retry, problems),
    crash: readIndex(search, 'crash', providers, b.crash, problems),
    crashAtMs: n('crashAt', b.crashAtMs / 1000) * 1000,
    deregister: readIndex(search, 'deregister', providers, b.deregister, problems),
    deregisterAtMs: n('deregisterAt', b.deregisterAtMs / 1000) * 1000,
    drainMs: n('drain', b.drainMs / 1000) * 1000,
    partition: Math.min(partition, providers),
    partitionAtMs: n('partitionAt', b.partitionAtMs / 1000) * 1000,
    healAtMs: n('healAt', b.healAtMs / 1000) * 1000,
    servers,
    stop: readChanges(search, 'stop', servers, b.stop, problems),
    start: readChanges(search, 'start', servers, b.start, problems),
    compare: readBool(search, 'compare', b.compare, problems),
    durationMs: n('duration', b.durationMs / 1000) * 1000,
    seed: n('seed', b.seed),
  };
  return { values: { preset, scenario }, errors: problems };
}

/** Every URL key's value for a scenario (times in seconds). */
export function flat(s: Scenario): Record<string, string> {
  const out: Record<string, string> = {
    registry: s.kind,
    providers: String(s.providers),
    consumers: String(s.consumers),
    rate: String(s.rate),
    retry: String(s.retry),
    crash: String(s.crash),
    crashAt: String(s.crashAtMs / 1000),
    deregister: String(s.deregister),
    deregisterAt: String(s.deregisterAtMs / 1000),
    drain: String(s.drainMs / 1000),
    partition: String(s.partition),
    partitionAt: String(s.partitionAtMs / 1000),
    healAt: String(s.healAtMs / 1000),
    servers: String(s.servers),
    stop: changesText(s.stop),
    start: changesText(s.start),
    compare: String(s.compare),
    duration: String(s.durationMs / 1000),
    seed: String(s.seed),
    enableSelfPreservation: String(s.timings.enableSelfPreservation),
  };
  for (const field of Object.keys(TIMING_KEYS) as NumericTiming[]) out[TIMING_KEYS[field]] = String(s.timings[field]);
  return out;
}

/** The preset and only what differs from it, so links stay short. */
export function toSearch(values: Params): URLSearchParams {
  const search = new URLSearchParams();
  search.set('preset', values.preset);
  const before = flat(presets[values.preset]);
  for (const [key, value] of Object.entries(flat(values.scenario))) if (before[key] !== value) search.set(key, value);
  return search;
}

export function presetParams(id: PresetId): Params {
  return { preset: id, scenario: presets[id] };
}
