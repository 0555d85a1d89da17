// Traffic generators: arrival times (ms) for the labs. Pure: the only randomness is the seeded
// `Random` passed in, so the same spec + seed gives the same arrivals in a test, a bench or the view.
// Deterministic kinds (steady, bursts, spike, trace) ignore `random`; only Poisson draws from it.
import { exponential, type Random } from './random.ts';

export type TrafficSpec =
  /** One arrival every 1000/ratePerSec ms, starting at 0. */
  | { kind: 'steady'; ratePerSec: number }
  /** A Poisson process: exponential gaps with mean 1000/ratePerSec ms. */
  | { kind: 'poisson'; ratePerSec: number }
  /** On/off: steady arrivals at ratePerSec during each `onMs`, silence during each `offMs`. */
  | { kind: 'bursts'; ratePerSec: number; onMs: number; offMs: number }
  /** Steady background traffic plus `count` simultaneous arrivals at `atMs`. */
  | { kind: 'spike'; baseRatePerSec: number; atMs: number; count: number }
  /** A recorded trace replayed as is (sorted, clipped to the duration). */
  | { kind: 'trace'; timesMs: readonly number[] };

export type TrafficKind = TrafficSpec['kind'];

export const trafficKinds: readonly TrafficKind[] = ['steady', 'poisson', 'bursts', 'spike', 'trace'];

/** Sorted arrival times in [0, durationMs). Non-positive rates give no arrivals rather than throwing. */
export function generateArrivals(spec: TrafficSpec, durationMs: number, random: Random): number[] {
  if (!(durationMs > 0)) return [];
  switch (spec.kind) {
    case 'steady':
      return steady(spec.ratePerSec, 0, durationMs);
    case 'poisson':
      return poisson(spec.ratePerSec, durationMs, random);
    case 'bursts':
      return bursts(spec.ratePerSec, spec.onMs, spec.offMs, durationMs);
    case 'spike':
      return spike(spec, durationMs);
    case 'trace':
      return spec.timesMs.filter((t) => t >= 0 && t < durationMs).sort((a, b) => a - b);
  }
}

/**
 * "Send one request now": the view appends a manual arrival to the run's arrivals.
 * Returns a new sorted array; a request at the same time as existing ones goes after them.
 */
export function appendArrival(arrivals: readonly number[], atMs: number): number[] {
  let i = arrivals.length;
  while (i > 0 && (arrivals[i - 1] as number) > atMs) i--;
  return [...arrivals.slice(0, i), atMs, ...arrivals.slice(i)];
}

// k * gap rather than repeated addition, so long runs do not drift.
function steady(ratePerSec: number, fromMs: number, toMs: number): number[] {
  const out: number[] = [];
  if (!(ratePerSec > 0)) return out;
  const gap = 1000 / ratePerSec;
  for (let k = 0; ; k++) {
    const t = k === 0 ? fromMs : fromMs + k * gap; // k * Infinity would be NaN at k = 0
    if (t >= toMs) break;
    out.push(t);
  }
  return out;
}

function poisson(ratePerSec: number, durationMs: number, random: Random): number[] {
  const out: number[] = [];
  if (!(ratePerSec > 0)) return out;
  const mean = 1000 / ratePerSec;
  for (let t = exponential(random, mean); t < durationMs; t += exponential(random, mean)) out.push(t);
  return out;
}

function bursts(ratePerSec: number, onMs: number, offMs: number, durationMs: number): number[] {
  if (!(onMs > 0)) return [];
  const period = onMs + Math.max(0, offMs);
  const out: number[] = [];
  for (let start = 0; start < durationMs; start += period) {
    for (const t of steady(ratePerSec, start, Math.min(start + onMs, durationMs))) out.push(t);
  }
  return out;
}

function spike(spec: { baseRatePerSec: number; atMs: number; count: number }, durationMs: number): number[] {
  const base = steady(spec.baseRatePerSec, 0, durationMs);
  if (!(spec.atMs >= 0 && spec.atMs < durationMs) || !(spec.count > 0)) return base;
  // The spike goes after any background arrival at the same instant.
  let i = 0;
  while (i < base.length && (base[i] as number) <= spec.atMs) i++;
  const burst = new Array<number>(Math.floor(spec.count)).fill(spec.atMs);
  return [...base.slice(0, i), ...burst, ...base.slice(i)];
}

// Counting without generating: the cap a lab puts on a run's requests must apply to what the
// generator above really makes, not to rate × duration (a spike adds `count` requests at one
// instant; every on-period of bursts starts with an arrival, however low the rate). Exact for the deterministic shapes: the same floating-point steps as
// steady() above. A Poisson count has no hard limit, so it gets a bound it passes with probability
// below 1e-9 (mean + 6 standard deviations + 6); a caller that must never pass it cuts there.

/** How many arrivals steady(rate, from, to) makes: k = 0, 1, … while from + k × gap < to. */
export function steadyCount(ratePerSec: number, fromMs: number, toMs: number): number {
  if (!(ratePerSec > 0) || !(fromMs < toMs)) return 0;
  const gap = 1000 / ratePerSec;
  // A first guess from the arithmetic, then the kernel's own comparisons decide (rounding can add
  // or drop one). Arrival k (k ≥ 1) is at fromMs + k × gap, as in steady().
  let n = Math.max(1, Math.ceil((toMs - fromMs) / gap));
  while (n > 1 && fromMs + (n - 1) * gap >= toMs) n--;
  while (fromMs + n * gap < toMs) n++;
  return n;
}

/** Poisson arrivals in `durationMs`: a bound the seeded count stays under (see above). */
export function poissonBound(ratePerSec: number, durationMs: number): number {
  if (!(ratePerSec > 0) || !(durationMs > 0)) return 0;
  const mean = (ratePerSec * durationMs) / 1000;
  return Math.ceil(mean + 6 * Math.sqrt(mean) + 6);
}

/** The most arrivals generateArrivals(spec, durationMs, random) returns. */
export function arrivalBound(spec: TrafficSpec, durationMs: number): number {
  if (!(durationMs > 0)) return 0;
  switch (spec.kind) {
    case 'steady':
      return steadyCount(spec.ratePerSec, 0, durationMs);
    case 'poisson':
      return poissonBound(spec.ratePerSec, durationMs);
    case 'bursts': {
      if (!(spec.onMs > 0)) return 0;
      const period = spec.onMs + Math.max(0, spec.offMs);
      let n = 0;
      for (let start = 0; start < durationMs; start += period) n += steadyCount(spec.ratePerSec, start, Math.min(start + spec.onMs, durationMs));
      return n;
    }
    case 'spike': {
      const base = steadyCount(spec.baseRatePerSec, 0, durationMs);
      return spec.atMs >= 0 && spec.atMs < durationMs && spec.count > 0 ? base + Math.floor(spec.count) : base;
    }
    case 'trace':
      return spec.timesMs.filter((t) => t >= 0 && t < durationMs).length;
  }
}
