// From the URL's values to a played run: arrivals from the kernel's traffic generator (seeded),
// the user's extra requests merged in, and the engine's simulateBreaker over them. Pure, so the
// same URL gives the same run; the view memoises it on the query string.
import { createRandom } from '../kernel/random.ts';
import { generateArrivals } from '../kernel/traffic.ts';
import type { BreakerMetrics, WindowSnapshot } from './core/breaker-types.ts';
import { createBreakerModel } from './core/breaker-spec.ts';
import type { CircuitBreakerParams } from './core/params.ts';
import { fastForwardBreaker, type RunTotals, type SimulationInput } from './core/run-breaker.ts';
import { simulateBreaker, type SimulationRun } from './core/simulate.ts';

export const ONE_HOUR_MS = 3_600_000;

export interface BuiltRun {
  readonly input: SimulationInput;
  readonly run: SimulationRun;
  /** Row times, for the player. */
  readonly times: readonly number[];
  /** Where the player can go: the whole run, or up to the last kept row when rows were cut. */
  readonly playableMs: number;
  /** Arrival indexes (call ids) of the requests the user sent by hand. */
  readonly manualCalls: ReadonlySet<number>;
  /** What the picture shows before the first event. */
  readonly initial: { readonly metrics: BreakerMetrics; readonly window: WindowSnapshot };
}

/** Merges the hand-sent requests into the generated arrivals; a sent request goes after arrivals at the same instant. */
export function mergeSends(arrivals: readonly number[], sends: readonly number[], durationMs: number): { arrivals: number[]; manual: Set<number> } {
  const out: number[] = [];
  const manual = new Set<number>();
  let j = 0;
  const extra = sends.filter((t) => t < durationMs);
  for (const t of arrivals) {
    while (j < extra.length && (extra[j] as number) < t) {
      manual.add(out.length);
      out.push(extra[j++] as number);
    }
    out.push(t);
  }
  while (j < extra.length) {
    manual.add(out.length);
    out.push(extra[j++] as number);
  }
  return { arrivals: out, manual };
}

export function toInput(values: CircuitBreakerParams, durationMs = values.durationMs): { input: SimulationInput; manual: Set<number> } {
  const generated = generateArrivals(values.traffic, durationMs, createRandom(values.seed));
  const { arrivals, manual } = mergeSends(generated, values.sends, durationMs);
  const input: SimulationInput = { breaker: values.breaker, backend: values.backend, arrivals, seed: values.seed, durationMs, actions: values.actions };
  return { input, manual };
}

export function buildRun(values: CircuitBreakerParams): BuiltRun {
  const { input, manual } = toInput(values);
  const run = simulateBreaker(input);
  const times = run.rows.map((r) => r.timeMs);
  const model = createBreakerModel(values.breaker, 0);
  return {
    input,
    run,
    times,
    playableMs: run.truncated ? (times.at(-1) ?? 0) : values.durationMs,
    manualCalls: manual,
    initial: { metrics: model.metrics(0), window: model.window(0) },
  };
}

/** The same scenario run for an hour, counts only. */
export function fastForwardHour(values: CircuitBreakerParams): RunTotals {
  return fastForwardBreaker(toInput(values, ONE_HOUR_MS).input);
}
