// Counts only: runs a limiter over a long stretch (e.g. one hour at 100 r/s) without building rows
// or snapshots, for the "skip ahead" button and the benchmark. Same decisions as simulate().
import { createRandom } from '../../kernel/random.ts';
import { generateArrivals, type TrafficSpec } from '../../kernel/traffic.ts';
import { costOf, createLimiter } from './algorithms.ts';
import { addToCounts, emptyCounts, type RunCounts, type RunEntry } from './simulate.ts';

export function fastForward(entry: RunEntry, arrivals: ArrayLike<number>): RunCounts {
  const limiter = createLimiter(entry.algorithm, entry.params);
  const cost = costOf(entry.algorithm, entry.params);
  const counts = emptyCounts();
  for (let i = 0; i < arrivals.length; i++) {
    const d = limiter.decide(arrivals[i] as number, cost);
    addToCounts(counts, d.outcome, d.delayMs);
  }
  return counts;
}

/** Generates the traffic from the seed, then fast-forwards every entry over the same arrivals. */
export function fastForwardSpec(entries: readonly RunEntry[], spec: TrafficSpec, durationMs: number, seed: number): RunCounts[] {
  const arrivals = generateArrivals(spec, durationMs, createRandom(seed));
  return entries.map((entry) => fastForward(entry, arrivals));
}
