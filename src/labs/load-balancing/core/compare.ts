// The same seeded request stream through several algorithms, side by side. Every run gets the
// same arrivals, keys, client addresses and per-request work, the same servers and events, and
// the same balancer seed, so any difference in the numbers comes from the algorithm alone.
import type { UpstreamSetup } from './engine-types.ts';
import type { RunSummary } from './metrics.ts';
import type { RequestStream } from './requests.ts';
import { fastForwardLoadBalancing } from './simulate.ts';
import { ALGORITHM_IDS, type AlgorithmId } from './types.ts';

export type CompareSetup = Omit<UpstreamSetup, 'algorithm'>;

export function compareAlgorithms(
  setup: CompareSetup,
  stream: RequestStream,
  algorithms: readonly AlgorithmId[] = ALGORITHM_IDS,
): RunSummary[] {
  return algorithms.map((algorithm) => fastForwardLoadBalancing({ ...setup, algorithm }, stream));
}

/** Ranks a comparison: fewest drops first, then lowest p99, then the evenest spread. */
export function rankComparison(runs: readonly RunSummary[]): RunSummary[] {
  return [...runs].sort((a, b) => a.dropped - b.dropped || a.p99Ms - b.p99Ms || a.maxShare - b.maxShare);
}
