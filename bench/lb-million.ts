// The load-balancing bench's workload: the compare-all preset (4 servers, one slow; Poisson at
// 900 r/s; hot keys), stretched to a million requests. Shared by the bench and its workers.
import { createRandom, exponential } from '../src/labs/kernel/random.ts';
import type { CompareSetup } from '../src/labs/load-balancing/core/compare.ts';
import { toStreamSpec, toUpstreamSetup } from '../src/labs/load-balancing/core/lab-run.ts';
import { LB_PRESETS } from '../src/labs/load-balancing/core/presets.ts';
import { createRequestStream, type RequestStream } from '../src/labs/load-balancing/core/requests.ts';

export const MILLION = 1_000_000;
export const MILLION_PRESET = LB_PRESETS['compare-all'];

export function millionArrivals(): number[] {
  const random = createRandom(MILLION_PRESET.values.seed);
  const arrivals: number[] = [];
  let t = 0;
  for (let i = 0; i < MILLION; i++) {
    t += exponential(random, 1000 / MILLION_PRESET.values.rate);
    arrivals.push(t);
  }
  return arrivals;
}

export function millionRequestSetup(): { setup: CompareSetup; stream: RequestStream } {
  const stream = createRequestStream(millionArrivals(), toStreamSpec(MILLION_PRESET.values));
  return { setup: toUpstreamSetup(MILLION_PRESET.values, MILLION_PRESET.events), stream };
}
