// The arrivals a run plays, from the lab's values: the generated traffic (seeded), plus the requests
// the user sent by hand ("send one request now"). Manual arrivals live in the URL's `trace` key, so a
// run with them stays deterministic and shareable:
//   traffic=trace        `trace` is the recorded trace itself; a manual request joins it.
//   any other kind       `trace` holds only the extra, manual arrivals, merged into the generated ones.
// Every arrival is clipped to [0, duration).
import { createRandom } from '../../kernel/random.ts';
import { appendArrival, generateArrivals } from '../../kernel/traffic.ts';
import { toTrafficSpec, type RateLimitValues } from './params.ts';

export function toArrivals(values: RateLimitValues): number[] {
  const durationMs = values.duration * 1000;
  const generated = generateArrivals(toTrafficSpec(values.traffic), durationMs, createRandom(values.seed));
  if (values.traffic.kind === 'trace') return generated;
  const extra = values.traffic.trace.filter((t) => t >= 0 && t < durationMs);
  if (extra.length === 0) return generated;
  return mergeSorted(
    generated,
    [...extra].sort((a, b) => a - b),
  );
}

/** The values with one more request at `atMs` (rounded to whole ms, kept inside the run). */
export function withManualArrival(values: RateLimitValues, atMs: number): RateLimitValues {
  const t = manualArrivalTime(values, atMs);
  const trace = appendArrival(
    [...values.traffic.trace].sort((a, b) => a - b),
    t,
  );
  return { ...values, traffic: { ...values.traffic, trace } };
}

/** Where a request sent by hand at `atMs` lands: whole ms, inside [0, duration). */
export function manualArrivalTime(values: RateLimitValues, atMs: number): number {
  return Math.min(Math.max(0, Math.round(atMs)), Math.max(0, Math.ceil(values.duration * 1000) - 1));
}

/**
 * About how many requests the traffic makes (Poisson: the mean), to refuse runs too big to play
 * before generating them.
 */
export function expectedArrivals(values: RateLimitValues): number {
  const t = values.traffic;
  const seconds = values.duration;
  const extra = t.trace.length;
  switch (t.kind) {
    case 'steady':
    case 'poisson':
      return t.rate * seconds + extra;
    case 'bursts': {
      // Every on-period starts with an arrival, however low the rate (kernel/traffic.ts bursts):
      // at most rate × on + 1 a period. Counting only rate × on let onMs=1&offMs=0 through with
      // a tiny rate and made 1,000 arrivals a second.
      if (!(t.onMs > 0)) return extra;
      const periods = Math.ceil((seconds * 1000) / (t.onMs + Math.max(0, t.offMs)));
      return periods * ((t.rate * t.onMs) / 1000 + 1) + extra;
    }
    case 'spike':
      return t.rate * seconds + t.spikeCount + extra;
    case 'trace':
      return extra;
  }
}

// Manual arrivals go after generated ones at the same instant (as appendArrival does).
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}
