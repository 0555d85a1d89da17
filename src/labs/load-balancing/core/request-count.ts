// How many requests a run's traffic makes, counted without making them, so the URL's cap applies to
// the real count and not to rate × duration: bursts send at 2 × rate half of the time, and a spike
// adds `rate` requests at one instant on top of the steady stream (20% more in a 5 s run).
// Exact for the deterministic shapes: the same floating-point steps as kernel/traffic.ts. A Poisson
// count has no hard limit, so it gets a bound it passes with probability below 1e-9 (mean + 6
// standard deviations + 6), and buildLabStream cuts the arrivals there, so no run ever passes it.
// The lab's values become a TrafficSpec in lab-run.ts (labRequestBound), which also does the cut.
import type { TrafficSpec } from '../../kernel/traffic.ts';

/** The most requests one run may have, whatever the traffic shape (a link must not freeze the tab). */
export const MAX_LB_REQUESTS = 500_000;

/** How many arrivals kernel/traffic.ts's steady(rate, from, to) makes: k = 0, 1, … while from + k × gap < to. */
export function steadyCount(ratePerSec: number, fromMs: number, toMs: number): number {
  if (!(ratePerSec > 0) || !(fromMs < toMs)) return 0;
  const gap = 1000 / ratePerSec;
  const at = (k: number): number => (k === 0 ? fromMs : fromMs + k * gap);
  // A first guess from the arithmetic, then the kernel's own comparisons decide (rounding can add or drop one).
  let n = Math.max(1, Math.ceil((toMs - fromMs) / gap));
  while (n > 1 && at(n - 1) >= toMs) n--;
  while (at(n) < toMs) n++;
  return n;
}

/** Poisson arrivals in `durationMs`: a bound the seeded count stays under (see the file's note). */
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
