// Rate-limiting lab: decisions per second for every algorithm over 1,000,000 requests, and the time to
// fast-forward one hour of traffic at 100 requests/s (arrival generation included).
// Budgets (2-core machine): ≥ 5 million decisions/s for token bucket, GCRA, fixed window and nginx
// limit_req; < 0.5 s per hour fast-forwarded.
import { createRandom } from '../src/labs/kernel/random.ts';
import { generateArrivals } from '../src/labs/kernel/traffic.ts';
import { algorithms, costOf, createLimiter, defaultParams } from '../src/labs/rate-limiting/core/algorithms.ts';
import { fastForwardSpec } from '../src/labs/rate-limiting/core/fast-forward.ts';
import type { AlgorithmId, Limiter } from '../src/labs/rate-limiting/core/limiter.ts';
import { bestRate, bestTimeMs, report } from './measure.ts';

const REQUESTS = 1_000_000;
const budgeted: ReadonlySet<AlgorithmId> = new Set(['token-bucket', 'gcra', 'fixed-window', 'nginx']);

// Parameters that keep every algorithm busy deciding both ways at 1,000 r/s offered.
const benchParams: Record<AlgorithmId, Record<string, number | string | boolean>> = {
  'fixed-window': { limit: 500, window: 1 },
  'sliding-log': { limit: 500, window: 1 },
  'sliding-counter': { limit: 500, window: 1 },
  'token-bucket': { rate: 500, capacity: 100, initial: 100, cost: 1 },
  'leaky-meter': { rate: 500, capacity: 100 },
  'leaky-queue': { rate: 500, queue: 100 },
  nginx: { rate: 500, unit: 'r/s', burst: 100, delay: 0, nodelay: false },
  gcra: { max_burst: 99, count: 500, period: 1, quantity: 1 },
};

function decideAll(limiter: Limiter, times: Float64Array, cost: number): number {
  let admitted = 0;
  for (let i = 0; i < times.length; i++) if (limiter.decide(times[i] as number, cost).outcome !== 'reject') admitted++;
  return admitted;
}

export default async function run(): Promise<void> {
  const times = Float64Array.from(generateArrivals({ kind: 'poisson', ratePerSec: 1000 }, 1_100_000, createRandom(1)).slice(0, REQUESTS));
  let sink = 0;
  for (const { id } of algorithms) {
    const params = { ...defaultParams(id), ...benchParams[id] };
    const cost = costOf(id, params);
    const rate = bestRate(REQUESTS, () => {
      sink += decideAll(createLimiter(id, params), times, cost);
    });
    report(`decisions/s ${id} (1M requests)`, rate, 'decisions/s', budgeted.has(id) ? { min: 5_000_000 } : undefined);
  }
  for (const { id } of algorithms) {
    const entry = { algorithm: id, params: { ...defaultParams(id), ...benchParams[id] } };
    const ms = bestTimeMs(() => {
      sink += fastForwardSpec([entry], { kind: 'poisson', ratePerSec: 100 }, 3_600_000, 7)[0]?.admitted ?? 0;
    });
    report(`fast-forward 1 h at 100 r/s: ${id}`, ms / 1000, 's', { max: 0.5 });
  }
  if (sink < 0) console.log(sink); // keeps the work observable
}
