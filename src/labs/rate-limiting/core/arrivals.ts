// The arrivals a run plays, from the lab's values: the generated traffic (seeded), plus the requests
// the user sent by hand ("send one request now"). Manual arrivals live in the URL's `trace` key, so a
// run with them stays deterministic and shareable:
//   traffic=trace        `trace` is the recorded trace itself; a manual request joins it.
//   any other kind       `trace` holds only the extra, manual arrivals, merged into the generated ones.
// Every arrival is clipped to [0, duration).
import { createRandom } from '../../kernel/random.ts';
import { appendArrival, arrivalBound, generateArrivals } from '../../kernel/traffic.ts';
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
 * The most requests the run makes (toArrivals never returns more): the kernel's
 * bound on the generated traffic (kernel/traffic.ts arrivalBound: exact for steady, bursts and
 * spike, a tail bound for Poisson) plus the requests sent by hand. Runs too big to play are
 * refused with it before anything is generated.
 */
export function arrivalsBound(values: RateLimitValues): number {
  const durationMs = values.duration * 1000;
  const t = values.traffic;
  const generated = arrivalBound(toTrafficSpec(t), durationMs);
  if (t.kind === 'trace') return generated;
  return generated + t.trace.filter((x) => x >= 0 && x < durationMs).length;
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
