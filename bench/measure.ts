// Small timing helpers shared by the benchmarks.
import { performance } from 'node:perf_hooks';

/** Runs `fn` (which does `count` operations) a few times and returns the best ops/second. */
export function bestRate(count: number, fn: () => void, rounds = 3): number {
  fn(); // warm-up: let the JIT compile the hot path
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return count / (best / 1000);
}

/** Best wall time in milliseconds of `fn` over a few rounds. */
export function bestTimeMs(fn: () => void, rounds = 3): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Prints one result line; `budget` says which way is good. */
export function report(name: string, value: number, unit: string, budget?: { min?: number; max?: number }): void {
  const shown = value >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
  let verdict = '';
  if (budget?.min !== undefined)
    verdict = value >= budget.min ? `  ok (budget ≥ ${budget.min.toLocaleString('en-US')})` : `  MISSES budget ≥ ${budget.min.toLocaleString('en-US')}`;
  if (budget?.max !== undefined) verdict = value <= budget.max ? `  ok (budget ≤ ${budget.max})` : `  MISSES budget ≤ ${budget.max}`;
  console.log(`${name.padEnd(58)} ${shown.padStart(14)} ${unit}${verdict}`);
}
