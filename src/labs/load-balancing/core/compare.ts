// The same seeded request stream through several algorithms, side by side. Every run gets the
// same arrivals, keys, client addresses and per-request work, the same servers and events, and
// the same balancer seed, so any difference in the numbers comes from the algorithm alone.
import type { UpstreamSetup } from './engine-types.ts';
import type { RunSummary } from './metrics.ts';
import type { RequestStream } from './requests.ts';
import { fastForwardLoadBalancing } from './simulate.ts';
import { ALGORITHM_IDS, type AlgorithmId } from './types.ts';

export type CompareSetup = Omit<UpstreamSetup, 'algorithm'>;

export function compareAlgorithms(setup: CompareSetup, stream: RequestStream, algorithms: readonly AlgorithmId[] = ALGORITHM_IDS): RunSummary[] {
  return algorithms.map((algorithm) => fastForwardLoadBalancing({ ...setup, algorithm }, stream));
}

/**
 * Deals the algorithms into at most `parts` groups of near-equal size (each costs about the same per
 * request), so separate workers can run them at once. Groups keep the list order; `inListOrder`
 * puts the merged results back in it.
 */
export function splitForWorkers(algorithms: readonly AlgorithmId[], parts: number): AlgorithmId[][] {
  const n = Math.max(1, Math.min(Math.floor(parts), algorithms.length));
  const groups: AlgorithmId[][] = Array.from({ length: n }, () => []);
  algorithms.forEach((a, i) => (groups[i % n] as AlgorithmId[]).push(a));
  return groups.filter((g) => g.length > 0);
}

/** Results of several groups, in the order of `algorithms`. */
export function inListOrder(algorithms: readonly AlgorithmId[], runs: readonly RunSummary[]): RunSummary[] {
  const order: readonly string[] = algorithms;
  return [...runs].sort((a, b) => order.indexOf(a.algorithm) - order.indexOf(b.algorithm));
}

/** Ranks a comparison: fewest drops first, then lowest p99, then the evenest spread. */
export function rankComparison(runs: readonly RunSummary[]): RunSummary[] {
  return [...runs].sort((a, b) => a.dropped - b.dropped || a.p99Ms - b.p99Ms || a.maxShare - b.maxShare);
}
