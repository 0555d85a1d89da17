// The lab's URL: parameters, traffic and seed, so a run can be shared and a card can link to an exact
// scenario. Parsing never throws: each bad field gets a Chinese message and falls back to the last
// valid value (when given) or to the preset's / default value.
//
//   ?preset=nginx-10rs-burst5          optional: start from a preset; the other keys override it
//   &algo=nginx                        single mode: the algorithm …
//   &rate=10&burst=5&nodelay=1         … and its parameters by config key (see algorithms.ts)
//   &compare=nginx,leaky-queue         compare mode: 2–4 lanes (wins over algo) …
//   &a.rate=10&b.queue=20              … lane parameters: lane letter a–d, a dot, the key
//   &traffic=poisson&trafficRate=20    traffic kind (steady|poisson|bursts|spike|trace) and rate in r/s
//   &onMs=1000&offMs=2000              bursts; spike: &spikeAtMs=2000&spikeCount=20 (trafficRate = background)
//   &trace=0,0,0,150                   trace: arrival times in ms; with another traffic kind, the requests
//                                      sent by hand, merged into the generated ones (see arrivals.ts)
//   &seed=42&duration=10               seed (0–4294967295) and duration in seconds
//
// toRateLimitSearch writes `algo` or `compare` and `traffic` always, other keys only when they differ
// from the base (the preset, or the defaults), so preset links stay short.
import { trafficKinds, type TrafficKind, type TrafficSpec } from '../../kernel/traffic.ts';
import { algorithmIds, defaultParams, getAlgorithm, isAlgorithmId } from './algorithms.ts';
import type { AlgorithmId } from './limiter.ts';
import { formatParamValue, parseParamValue, rangeMessage, type Language, type ParamValue } from './param-schema.ts';
import { getPreset, isPresetId, presetEntries, type PresetId } from './presets.ts';
import type { RunEntry } from './simulate.ts';

export interface LaneValues {
  readonly algorithm: AlgorithmId;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export interface TrafficValues {
  readonly kind: TrafficKind;
  /** r/s; for a spike, the background rate. */
  readonly rate: number;
  readonly onMs: number;
  readonly offMs: number;
  readonly spikeAtMs: number;
  readonly spikeCount: number;
  readonly trace: readonly number[];
}

export interface RateLimitValues {
  readonly preset: PresetId | null;
  /** One lane: single mode. Two to four: compare mode. */
  readonly lanes: readonly LaneValues[];
  readonly traffic: TrafficValues;
  readonly seed: number;
  /** Seconds. */
  readonly duration: number;
}

export interface ParsedRateLimitParams {
  readonly values: RateLimitValues;
  /** Field (URL key) → Chinese message, for the fields that were invalid. */
  readonly errors: Readonly<Record<string, string>>;
}

export const laneLetters = ['a', 'b', 'c', 'd'] as const;
export const MAX_LANES = 4;
const MAX_TRACE = 10_000;
const DAY_MS = 86_400_000;

const defaultTraffic: TrafficValues = { kind: 'poisson', rate: 10, onMs: 1000, offMs: 2000, spikeAtMs: 2000, spikeCount: 20, trace: [] };

export function defaultValues(): RateLimitValues {
  return { preset: null, lanes: [{ algorithm: 'token-bucket', params: defaultParams('token-bucket') }], traffic: defaultTraffic, seed: 42, duration: 10 };
}

export function toTrafficValues(spec: TrafficSpec): TrafficValues {
  switch (spec.kind) {
    case 'steady':
    case 'poisson':
      return { ...defaultTraffic, kind: spec.kind, rate: spec.ratePerSec };
    case 'bursts':
      return { ...defaultTraffic, kind: 'bursts', rate: spec.ratePerSec, onMs: spec.onMs, offMs: spec.offMs };
    case 'spike':
      return { ...defaultTraffic, kind: 'spike', rate: spec.baseRatePerSec, spikeAtMs: spec.atMs, spikeCount: spec.count };
    case 'trace':
      return { ...defaultTraffic, kind: 'trace', trace: [...spec.timesMs] };
  }
}

export function toTrafficSpec(t: TrafficValues): TrafficSpec {
  switch (t.kind) {
    case 'steady':
    case 'poisson':
      return { kind: t.kind, ratePerSec: t.rate };
    case 'bursts':
      return { kind: 'bursts', ratePerSec: t.rate, onMs: t.onMs, offMs: t.offMs };
    case 'spike':
      return { kind: 'spike', baseRatePerSec: t.rate, atMs: t.spikeAtMs, count: t.spikeCount };
    case 'trace':
      return { kind: 'trace', timesMs: t.trace };
  }
}

export function presetValues(id: PresetId): RateLimitValues {
  const preset = getPreset(id);
  return { preset: id, lanes: presetEntries(preset), traffic: toTrafficValues(preset.traffic), seed: preset.seed, duration: preset.durationSec };
}

/** The entries simulate()/fastForward() take. */
export function toRunEntries(values: RateLimitValues): RunEntry[] {
  return values.lanes.map((lane) => ({ algorithm: lane.algorithm, params: lane.params }));
}

// Lane i starts from the base's lane i when it runs the same algorithm, else from the defaults.
function baseLane(base: RateLimitValues, i: number, algorithm: AlgorithmId): Readonly<Record<string, ParamValue>> {
  const lane = base.lanes[i];
  return lane && lane.algorithm === algorithm ? lane.params : defaultParams(algorithm);
}

const laneKey = (lanes: number, i: number, name: string): string => (lanes > 1 ? `${laneLetters[i] as string}.${name}` : name);

export function parseRateLimitParams(search: URLSearchParams, last?: RateLimitValues, language: Language = 'zh'): ParsedRateLimitParams {
  const errors: Record<string, string> = {};
  const en = language === 'en';
  const fallback = last ?? defaultValues();

  let base = defaultValues();
  const presetRaw = search.get('preset');
  if (presetRaw !== null) {
    if (isPresetId(presetRaw)) base = presetValues(presetRaw);
    else errors.preset = en ? `no such preset: ${presetRaw}` : `preset 不存在：${presetRaw}`;
  }

  // Which algorithms run, one per lane.
  let algorithms: AlgorithmId[] = base.lanes.map((l) => l.algorithm);
  const compareRaw = search.get('compare');
  const algoRaw = search.get('algo');
  if (compareRaw !== null) {
    const ids = compareRaw.split(',').map((s) => s.trim());
    if (ids.length >= 2 && ids.length <= MAX_LANES && ids.every(isAlgorithmId)) algorithms = ids;
    else
      errors.compare = en
        ? `compare needs 2–${MAX_LANES} comma-separated algorithms out of ${algorithmIds.join(', ')}`
        : `compare 需要 2–${MAX_LANES} 个算法，用逗号分隔，可选：${algorithmIds.join('、')}`;
  } else if (algoRaw !== null) {
    if (isAlgorithmId(algoRaw)) algorithms = [algoRaw];
    else errors.algo = en ? `algo must be one of ${algorithmIds.join(', ')}` : `algo 必须是 ${algorithmIds.join('、')} 之一`;
  }
  if (errors.compare !== undefined || errors.algo !== undefined) algorithms = (last ?? base).lanes.map((l) => l.algorithm);

  const lanes: LaneValues[] = algorithms.map((algorithm, i) => {
    const params: Record<string, ParamValue> = { ...baseLane(base, i, algorithm) };
    for (const spec of getAlgorithm(algorithm).params) {
      const key = laneKey(algorithms.length, i, spec.name);
      const raw = search.get(key);
      if (raw === null) continue;
      const parsed = parseParamValue(spec, raw, language);
      if (parsed.ok) params[spec.name] = parsed.value;
      else {
        errors[key] = parsed.message;
        const lastLane = last?.lanes[i];
        const previous = lastLane && lastLane.algorithm === algorithm ? lastLane.params[spec.name] : undefined;
        if (previous !== undefined) params[spec.name] = previous;
      }
    }
    return { algorithm, params };
  });

  const num = (key: string, min: number, max: number, whole: boolean, baseValue: number, lastValue: number): number => {
    const raw = search.get(key);
    if (raw === null) return baseValue;
    const n = raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n))) return n;
    errors[key] = rangeMessage(key, min, max, whole, language);
    return last ? lastValue : baseValue;
  };

  const bt = base.traffic;
  const lt = fallback.traffic;
  let kind = bt.kind;
  const kindRaw = search.get('traffic');
  if (kindRaw !== null) {
    if ((trafficKinds as readonly string[]).includes(kindRaw)) kind = kindRaw as TrafficKind;
    else {
      errors.traffic = en ? `traffic must be one of ${trafficKinds.join(', ')}` : `traffic 必须是 ${trafficKinds.join('、')} 之一`;
      if (last) kind = last.traffic.kind;
    }
  }
  let trace = bt.trace;
  const traceRaw = search.get('trace');
  if (traceRaw !== null) {
    const parsed = parseTrace(traceRaw);
    if (parsed) trace = parsed;
    else {
      errors.trace = en
        ? `trace must be comma-separated milliseconds (0–${DAY_MS}), at most ${MAX_TRACE} of them`
        : `trace 必须是逗号分隔的毫秒数（0–${DAY_MS}），最多 ${MAX_TRACE} 个`;
      if (last) trace = last.traffic.trace;
    }
  }
  const traffic: TrafficValues = {
    kind,
    rate: num('trafficRate', 0, 100_000, false, bt.rate, lt.rate),
    onMs: num('onMs', 1, DAY_MS, false, bt.onMs, lt.onMs),
    offMs: num('offMs', 0, DAY_MS, false, bt.offMs, lt.offMs),
    spikeAtMs: num('spikeAtMs', 0, DAY_MS, false, bt.spikeAtMs, lt.spikeAtMs),
    spikeCount: num('spikeCount', 0, 100_000, true, bt.spikeCount, lt.spikeCount),
    trace,
  };

  const values: RateLimitValues = {
    preset: errors.preset === undefined && presetRaw !== null && isPresetId(presetRaw) ? presetRaw : null,
    lanes,
    traffic,
    seed: num('seed', 0, 4_294_967_295, true, base.seed, fallback.seed),
    duration: num('duration', 0.1, 86_400, false, base.duration, fallback.duration),
  };
  return { values, errors };
}

function parseTrace(raw: string): number[] | null {
  if (raw.trim() === '') return [];
  const parts = raw.split(',');
  if (parts.length > MAX_TRACE) return null;
  const out: number[] = [];
  for (const part of parts) {
    const n = part.trim() === '' ? NaN : Number(part);
    if (!Number.isFinite(n) || n < 0 || n > DAY_MS) return null;
    out.push(n);
  }
  return out;
}

export function toRateLimitSearch(values: RateLimitValues): URLSearchParams {
  const out = new URLSearchParams();
  const base = values.preset ? presetValues(values.preset) : defaultValues();
  if (values.preset) out.set('preset', values.preset);

  const n = values.lanes.length;
  if (n > 1) out.set('compare', values.lanes.map((l) => l.algorithm).join(','));
  else out.set('algo', (values.lanes[0] as LaneValues).algorithm);
  values.lanes.forEach((lane, i) => {
    const from = baseLane(base, i, lane.algorithm);
    for (const spec of getAlgorithm(lane.algorithm).params) {
      const v = lane.params[spec.name];
      if (v !== undefined && v !== from[spec.name]) out.set(laneKey(n, i, spec.name), formatParamValue(v));
    }
  });

  const t = values.traffic;
  const bt = base.traffic;
  out.set('traffic', t.kind);
  if (t.rate !== bt.rate) out.set('trafficRate', String(t.rate));
  if (t.onMs !== bt.onMs) out.set('onMs', String(t.onMs));
  if (t.offMs !== bt.offMs) out.set('offMs', String(t.offMs));
  if (t.spikeAtMs !== bt.spikeAtMs) out.set('spikeAtMs', String(t.spikeAtMs));
  if (t.spikeCount !== bt.spikeCount) out.set('spikeCount', String(t.spikeCount));
  if (t.trace.join(',') !== bt.trace.join(',')) out.set('trace', t.trace.join(','));
  if (values.seed !== base.seed) out.set('seed', String(values.seed));
  if (values.duration !== base.duration) out.set('duration', String(values.duration));
  return out;
}
