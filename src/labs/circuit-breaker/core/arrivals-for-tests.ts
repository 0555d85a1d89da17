// Arrival times for tests and benchmarks, built by hand so the core does not depend on
// kernel/traffic.ts: steady spacing, or Poisson gaps from the kernel's seeded random.
import { createRandom, exponential } from '../../kernel/random.ts';

export function steadyArrivals(ratePerSec: number, durationMs: number): number[] {
  const gap = 1000 / ratePerSec;
  const out: number[] = [];
  for (let i = 0; i * gap < durationMs; i++) out.push(i * gap);
  return out;
}

export function poissonArrivals(ratePerSec: number, durationMs: number, seed: number): number[] {
  const random = createRandom(seed);
  const mean = 1000 / ratePerSec;
  const out: number[] = [];
  for (let t = exponential(random, mean); t < durationMs; t += exponential(random, mean)) out.push(t);
  return out;
}
