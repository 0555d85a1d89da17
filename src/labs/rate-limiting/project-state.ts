// What the picture shows between two requests. The engine's snapshot is the state right after the last
// request; until the next one arrives, only time acts on it: a token bucket refills, a meter leaks,
// nginx's excess drains, queued requests leave, windows slide. These are the engines' own aging
// formulas (token-bucket.ts, leaky-bucket-meter.ts, nginx-limit-req.ts), used for display only;
// every decision still comes from the engine's rows.
import { readNumber } from './core/param-schema.ts';
import { getAlgorithm } from './core/algorithms.ts';
import { toGcraParams } from './core/gcra.ts';
import type { StateOf } from './core/limiter.ts';
import { toNginxUnits } from './core/nginx-limit-req.ts';
import type { RunEntry } from './core/simulate.ts';

/** A parameter of the entry by config key (validated values, so the spec default is a fallback only). */
export function param(entry: RunEntry, name: string): number {
  const spec = getAlgorithm(entry.algorithm).params.find((p) => p.name === name);
  return spec ? readNumber(entry.params, spec) : 0;
}

export function tokensAt(state: StateOf<'token-bucket'>, entry: RunEntry, nowMs: number): number {
  const capacity = param(entry, 'capacity');
  const elapsed = Math.max(0, nowMs - state.lastMs);
  return Math.min(capacity, state.tokens + (elapsed * param(entry, 'rate')) / 1000);
}

export function waterAt(state: StateOf<'leaky-meter'>, entry: RunEntry, nowMs: number): number {
  const elapsed = Math.max(0, nowMs - state.lastMs);
  return Math.max(0, state.water - (elapsed * param(entry, 'rate')) / 1000);
}

/** nginx's excess at `nowMs`, in requests (the engine keeps it ×1000 and drains `rate` per second). */
export function excessAt(state: StateOf<'nginx'>, entry: RunEntry, nowMs: number): number {
  if (state.lastMs === null) return 0;
  const { rate } = nginxUnits(entry);
  const ms = Math.max(0, Math.floor(nowMs) - state.lastMs);
  return Math.max(0, state.excess - Math.floor((rate * ms) / 1000)) / 1000;
}

export function nginxUnits(entry: RunEntry) {
  const p = entry.params;
  return toNginxUnits({
    rate: param(entry, 'rate'),
    unit: p.unit === 'r/m' ? 'r/m' : 'r/s',
    burst: param(entry, 'burst'),
    delay: param(entry, 'delay'),
    nodelay: p.nodelay === true,
  });
}

/** Leave times of the requests still queued at `nowMs` (listed ones), and how many wait in all. */
export function queueAt(state: StateOf<'leaky-queue'>, nowMs: number): { leaveTimesMs: number[]; waiting: number } {
  const listed = state.leaveTimesMs.filter((t) => t > nowMs);
  const unlisted = state.waiting - state.leaveTimesMs.length; // they leave after every listed one
  return { leaveTimesMs: listed, waiting: listed.length + Math.max(0, unlisted) };
}

/** Fixed windows: the window holding `nowMs` and its count (0 once time has moved past the state's window). */
export function fixedWindowAt(state: StateOf<'fixed-window'>, entry: RunEntry, nowMs: number): { startMs: number; count: number } {
  const w = param(entry, 'window') * 1000;
  const startMs = Math.floor(nowMs / w) * w;
  return { startMs, count: startMs === state.windowStartMs ? state.count : 0 };
}

/** Sliding counter: previous and current counts for the window holding `nowMs`, and the estimate. */
export function slidingCounterAt(state: StateOf<'sliding-counter'>, entry: RunEntry, nowMs: number) {
  const w = param(entry, 'window') * 1000;
  const startMs = Math.floor(nowMs / w) * w;
  let previous = state.previousCount;
  let current = state.currentCount;
  if (startMs !== state.windowStartMs) {
    previous = startMs === state.windowStartMs + w ? state.currentCount : 0;
    current = 0;
  }
  const weight = 1 - (nowMs - startMs) / w;
  return { startMs, previous, current, weight, estimate: previous * weight + current };
}

/** GCRA: the emission interval T and tolerance τ in ms, from redis-cell's own integer-ns arithmetic. */
export function gcraTiming(entry: RunEntry): { emissionMs: number; toleranceMs: number; limit: number } {
  const p = toGcraParams({ maxBurst: param(entry, 'max_burst'), count: param(entry, 'count'), periodSec: param(entry, 'period') });
  return { emissionMs: p.emissionNs / 1e6, toleranceMs: p.toleranceNs / 1e6, limit: p.limit };
}
