// The lab's URL. Parsing never throws: a bad field gets a Chinese message and falls back to the
// base value (the last valid values, else the preset's, else the defaults).
//
//   ?preset=nginx-swrr-5-1-1            optional: start from a preset; other keys override it
//   &algo=least-conn                    one algorithm …
//   &compare=swrr,least-conn,p2c        … or several side by side (wins over algo)
//   &weights=5,1,1                      one nginx `weight=` per server (so also the server count)
//   &latency=20,20,80                   mean service time per server, ms (the last one repeats)
//   &capacity=20&queue=100              per-server concurrency and queue length
//   &down=2                             servers marked `down`, numbered from 1
//   &max_fails=1&fail_timeout=10        nginx max_fails and fail_timeout (seconds)
//   &traffic=poisson&rate=200&duration=20&seed=42
//   &keys=1000&zipf=1&clients=200&client_zipf=0.5&key=uri
//   &vnodes=100&decay=10000             ring virtual nodes; peak-EWMA decay (ms)
//   &actions=5000.down.2,10000.add      what the user did during the run (actions.ts)
// So that a link cannot freeze the tab, a run is capped at MAX_LB_REQUESTS requests (counted for its
// traffic shape, kernel/traffic.ts arrivalBound) and its hash rings at MAX_RING_POINTS points (ring-budget.ts).
import { formatActions, parseActions, type LbAction } from './actions.ts';
import { fitRequestBudget, fitRingBudget } from './param-budgets.ts';
import { PARAM_MESSAGES, type Lang } from './param-messages.ts';
import { ALGORITHM_IDS, type AlgorithmId } from './types.ts';
import { formatLimits, parseLimits, parseNames, type ServerLimits } from './server-config.ts';

export const LB_TRAFFIC_KINDS = ['steady', 'poisson', 'bursts', 'spike'] as const;
export type LbTrafficKind = (typeof LB_TRAFFIC_KINDS)[number];

export interface LoadBalancingValues {
  readonly preset: string | null;
  readonly algorithm: AlgorithmId;
  /** Two or more: side-by-side mode. Empty: single mode. */
  readonly compare: readonly AlgorithmId[];
  readonly weights: readonly number[];
  /** One per server (same length as weights). */
  readonly latencyMs: readonly number[];
  readonly capacity: number;
  readonly queue: number;
  /** Server numbers (1-based) marked down. */
  readonly down: readonly number[];
  /** Server numbers (1-based) marked backup (nginx `backup`). */
  readonly backup: readonly number[];
  readonly maxFails: number;
  readonly failTimeoutS: number;
  readonly traffic: LbTrafficKind;
  readonly rate: number;
  readonly durationS: number;
  readonly seed: number;
  readonly keys: number;
  readonly zipf: number;
  readonly clients: number;
  readonly clientZipf: number;
  readonly vnodes: number;
  readonly decayMs: number;
  readonly keySource: 'key' | 'uri';
  /** Hand actions at given moments: down/up/add/remove a server, send one request. */
  readonly actions: readonly LbAction[];
  /** The servers' addresses (a pasted upstream block); empty: 10.0.0.N:8080. */
  readonly names: readonly string[];
  /** Per-server max_fails / fail_timeout / max_conns; empty: the global fields. */
  readonly limits: readonly ServerLimits[];
}

export const DEFAULT_LB_VALUES: LoadBalancingValues = {
  preset: null,
  algorithm: 'swrr',
  compare: [],
  // Unequal on purpose: with equal weights smooth weighted round robin looks like plain round robin.
  weights: [5, 1, 1],
  latencyMs: [20, 20, 20],
  capacity: 20,
  queue: 100,
  down: [],
  backup: [],
  maxFails: 1,
  failTimeoutS: 10,
  traffic: 'poisson',
  rate: 200,
  durationS: 20,
  seed: 42,
  keys: 1000,
  zipf: 1,
  clients: 200,
  clientZipf: 0.5,
  vnodes: 100,
  decayMs: 10_000,
  keySource: 'key',
  actions: [],
  names: [],
  limits: [],
};

export interface ParsedLoadBalancingParams {
  readonly values: LoadBalancingValues;
  /** URL key → Chinese message, for every field that was refused. */
  readonly errors: Readonly<Record<string, string>>;
}

interface NumberField {
  readonly url: string;
  readonly field:
    'capacity' | 'queue' | 'maxFails' | 'failTimeoutS' | 'rate' | 'durationS' | 'seed' | 'keys' | 'zipf' | 'clients' | 'clientZipf' | 'vnodes' | 'decayMs';
  readonly min: number;
  readonly max: number;
  readonly int: boolean;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  { url: 'capacity', field: 'capacity', min: 1, max: 10_000, int: true },
  { url: 'queue', field: 'queue', min: 0, max: 100_000, int: true },
  { url: 'max_fails', field: 'maxFails', min: 0, max: 100, int: true },
  { url: 'fail_timeout', field: 'failTimeoutS', min: 1, max: 3600, int: true },
  { url: 'rate', field: 'rate', min: 1, max: 100_000, int: false },
  { url: 'duration', field: 'durationS', min: 1, max: 3600, int: false },
  { url: 'seed', field: 'seed', min: 0, max: 4_294_967_295, int: true },
  { url: 'keys', field: 'keys', min: 1, max: 1_000_000, int: true },
  { url: 'zipf', field: 'zipf', min: 0, max: 3, int: false },
  { url: 'clients', field: 'clients', min: 1, max: 100_000, int: true },
  { url: 'client_zipf', field: 'clientZipf', min: 0, max: 3, int: false },
  { url: 'vnodes', field: 'vnodes', min: 1, max: 1000, int: true },
  { url: 'decay', field: 'decayMs', min: 10, max: 600_000, int: true },
];

export const MAX_LB_SERVERS = 32;

function parseNumber(raw: string, min: number, max: number, int: boolean): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n))) return null;
  return n;
}

function parseList(raw: string, min: number, max: number, int: boolean, maxLength: number): number[] | null {
  const parts = raw.split(',');
  if (parts.length === 0 || parts.length > maxLength) return null;
  const out: number[] = [];
  for (const part of parts) {
    const n = parseNumber(part, min, max, int);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

function isAlgorithm(text: string): text is AlgorithmId {
  return (ALGORITHM_IDS as readonly string[]).includes(text);
}

/** Pads or cuts a per-server list to n entries, repeating its last value. */
export function fitList(list: readonly number[], n: number, fallback: number): number[] {
  return Array.from({ length: n }, (_, i) => list[Math.min(i, list.length - 1)] ?? fallback);
}

/**
 * Reads the URL. `base` is what invalid or missing fields fall back to; `presets` resolves
 * `preset=` to its values (presets.ts passes its table; kept as a parameter to avoid a cycle).
 */
export function parseLoadBalancingParams(
  search: URLSearchParams,
  base: LoadBalancingValues = DEFAULT_LB_VALUES,
  presets: Readonly<Record<string, LoadBalancingValues>> = {},
  language: Lang = 'zh',
): ParsedLoadBalancingParams {
  const m = PARAM_MESSAGES[language];
  const errors: Record<string, string> = {};
  let start = base;
  const presetRaw = search.get('preset');
  if (presetRaw !== null) {
    const preset = presets[presetRaw];
    if (preset !== undefined) start = { ...preset, preset: presetRaw };
    else errors['preset'] = m.preset(presetRaw);
  }
  const values: { -readonly [K in keyof LoadBalancingValues]: LoadBalancingValues[K] } = { ...start };

  const algo = search.get('algo');
  if (algo !== null) {
    if (isAlgorithm(algo)) values.algorithm = algo;
    else errors['algo'] = m.algo(ALGORITHM_IDS);
  }
  const compare = search.get('compare');
  if (compare !== null) {
    const list = compare.split(',').map((s) => s.trim());
    if (compare.trim() === '') values.compare = [];
    else if (list.length >= 2 && list.every(isAlgorithm) && new Set(list).size === list.length) values.compare = list;
    else errors['compare'] = m.compare(ALGORITHM_IDS.length);
  }

  const weights = search.get('weights');
  if (weights !== null) {
    const list = parseList(weights, 1, 100, true, MAX_LB_SERVERS);
    if (list !== null) values.weights = list;
    else errors['weights'] = m.weights(MAX_LB_SERVERS);
  }

  for (const f of NUMBER_FIELDS) {
    const raw = search.get(f.url);
    if (raw === null) continue;
    const n = parseNumber(raw, f.min, f.max, f.int);
    if (n !== null) values[f.field] = n;
    else errors[f.url] = m.range(f.url, f.min, f.max, f.int);
  }

  const traffic = search.get('traffic');
  if (traffic !== null) {
    const kind = LB_TRAFFIC_KINDS.find((k) => k === traffic);
    if (kind !== undefined) values.traffic = kind;
    else errors['traffic'] = m.traffic(LB_TRAFFIC_KINDS);
  }
  const key = search.get('key');
  if (key !== null) {
    if (key === 'key' || key === 'uri') values.keySource = key;
    else errors['key'] = m.key;
  }
  const actions = search.get('actions');
  if (actions !== null) {
    const parsed = parseActions(actions, 3_600_000, language);
    if ('actions' in parsed) values.actions = parsed.actions;
    else errors['actions'] = parsed.error;
  }

  // Before the per-server lists: putting the weights back changes the server count they follow.
  const budget = { search, start, defaults: DEFAULT_LB_VALUES, errors, m };
  fitRingBudget(values, budget);

  const latency = search.get('latency');
  let latencyList: readonly number[] = values.latencyMs;
  if (latency !== null) {
    const list = parseList(latency, 0.1, 60_000, false, MAX_LB_SERVERS);
    if (list !== null) latencyList = list;
    else errors['latency'] = m.latency;
  }
  values.latencyMs = fitList(latencyList, values.weights.length, 20);

  const down = search.get('down');
  if (down !== null) {
    const list = down.trim() === '' ? [] : parseList(down, 1, values.weights.length, true, MAX_LB_SERVERS);
    if (list !== null) values.down = [...new Set(list)].sort((a, b) => a - b);
    else errors['down'] = m.down(values.weights.length);
  }
  values.down = values.down.filter((i) => i <= values.weights.length);

  const backup = search.get('backup');
  if (backup !== null) {
    const list = backup.trim() === '' ? [] : parseList(backup, 1, values.weights.length, true, MAX_LB_SERVERS);
    const unique = list === null ? null : [...new Set(list)].sort((a, b) => a - b);
    if (unique !== null && unique.length < values.weights.length) values.backup = unique;
    else errors['backup'] = m.backup(values.weights.length);
  }
  values.backup = values.backup.filter((i) => i <= values.weights.length);

  const names = search.get('names');
  if (names !== null) {
    const list = parseNames(names, values.weights.length);
    if (list !== null) values.names = list;
    else errors['names'] = m.names(values.weights.length);
  }
  if (values.names.length !== 0 && values.names.length !== values.weights.length) values.names = [];
  const limits = search.get('limits');
  if (limits !== null) {
    const list = parseLimits(limits, values.weights.length);
    if (list !== null) values.limits = list;
    else errors['limits'] = m.limits(values.weights.length);
  }
  if (values.limits.length !== 0 && values.limits.length !== values.weights.length) values.limits = [];

  fitRequestBudget(values, budget);

  values.actions = values.actions.filter((a) => a.atMs <= values.durationS * 1000);

  return { values, errors };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Writes values back; keys equal to `base` (the preset or the defaults) are left out. */
export function toLoadBalancingSearch(values: LoadBalancingValues, presets: Readonly<Record<string, LoadBalancingValues>> = {}): URLSearchParams {
  const out = new URLSearchParams();
  const base = (values.preset !== null ? presets[values.preset] : undefined) ?? DEFAULT_LB_VALUES;
  if (values.preset !== null && presets[values.preset] !== undefined) out.set('preset', values.preset);
  if (values.algorithm !== base.algorithm) out.set('algo', values.algorithm);
  if (!sameList(values.compare, base.compare)) out.set('compare', values.compare.join(','));
  if (!sameList(values.weights, base.weights)) out.set('weights', values.weights.join(','));
  if (!sameList(values.latencyMs, fitList(base.latencyMs, values.weights.length, 20))) out.set('latency', values.latencyMs.join(','));
  for (const f of NUMBER_FIELDS) {
    if (values[f.field] !== base[f.field]) out.set(f.url, String(values[f.field]));
  }
  if (!sameList(values.down, base.down)) out.set('down', values.down.join(','));
  if (!sameList(values.backup, base.backup)) out.set('backup', values.backup.join(','));
  if (values.traffic !== base.traffic) out.set('traffic', values.traffic);
  if (values.keySource !== base.keySource) out.set('key', values.keySource);
  if (formatActions(values.actions) !== formatActions(base.actions)) out.set('actions', formatActions(values.actions));
  if (!sameList(values.names, base.names)) out.set('names', values.names.join(','));
  if (formatLimits(values.limits) !== formatLimits(base.limits)) out.set('limits', formatLimits(values.limits));
  return out;
}
