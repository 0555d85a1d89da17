// Edits of the lab's values, as pure functions (the view calls them, then writes the URL).
import { algorithmIds, defaultParams } from './core/algorithms.ts';
import type { AlgorithmId } from './core/limiter.ts';
import type { ParamValue } from './core/param-schema.ts';
import { MAX_LANES, type LaneValues, type RateLimitValues, type TrafficValues } from './core/params.ts';

const freshLane = (algorithm: AlgorithmId): LaneValues => ({ algorithm, params: defaultParams(algorithm) });

function unusedAlgorithm(lanes: readonly LaneValues[]): AlgorithmId {
  const used = new Set(lanes.map((l) => l.algorithm));
  return algorithmIds.find((id) => !used.has(id)) ?? 'token-bucket';
}

export function setCompare(values: RateLimitValues, compare: boolean): RateLimitValues {
  const first = values.lanes[0] ?? freshLane('token-bucket');
  if (!compare) return { ...values, lanes: [first] };
  if (values.lanes.length > 1) return values;
  const second = first.algorithm === 'token-bucket' ? 'leaky-queue' : 'token-bucket';
  return { ...values, lanes: [first, freshLane(second)] };
}

export function addLane(values: RateLimitValues): RateLimitValues {
  if (values.lanes.length >= MAX_LANES) return values;
  return { ...values, lanes: [...values.lanes, freshLane(unusedAlgorithm(values.lanes))] };
}

export function removeLane(values: RateLimitValues, i: number): RateLimitValues {
  if (values.lanes.length <= 1) return values;
  return { ...values, lanes: values.lanes.filter((_, j) => j !== i) };
}

export function setLaneAlgorithm(values: RateLimitValues, i: number, algorithm: AlgorithmId): RateLimitValues {
  return { ...values, lanes: values.lanes.map((lane, j) => (j === i ? freshLane(algorithm) : lane)) };
}

export function setLaneParam(values: RateLimitValues, i: number, name: string, value: ParamValue): RateLimitValues {
  return { ...values, lanes: values.lanes.map((lane, j) => (j === i ? { ...lane, params: { ...lane.params, [name]: value } } : lane)) };
}

/** Changing the traffic kind drops manual arrivals; switching to a trace records the current arrivals. */
export function setTrafficKind(values: RateLimitValues, kind: TrafficValues['kind'], currentArrivals: readonly number[]): RateLimitValues {
  const trace = kind === 'trace' ? currentArrivals.slice(0, MAX_RECORDED).map((t) => Math.round(t)) : [];
  return { ...values, traffic: { ...values.traffic, kind, trace } };
}

/** A recorded trace is capped so the shared URL stays a reasonable length. */
export const MAX_RECORDED = 2000;

export function setTraffic(values: RateLimitValues, patch: Partial<TrafficValues>): RateLimitValues {
  return { ...values, traffic: { ...values.traffic, ...patch } };
}

/** Parses the trace field: comma-separated ms, like the URL's `trace`. Null when invalid. */
export function parseTraceText(text: string): number[] | null {
  if (text.trim() === '') return [];
  const parts = text.split(/[,\s，]+/).filter((p) => p !== '');
  if (parts.length > 10_000) return null;
  const out: number[] = [];
  for (const part of parts) {
    const n = Number(part);
    if (!Number.isFinite(n) || n < 0 || n > 86_400_000) return null;
    out.push(n);
  }
  return out;
}
