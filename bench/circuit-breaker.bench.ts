// Circuit-breaker lab: raw engine throughput (tryAcquire + onResult per call) over 1,000,000 calls
// for each window type and engine, then whole runs: one simulated hour at 100 calls/s counted by
// fastForwardBreaker, and the rows of the longest preset as the player precomputes them.
import { steadyArrivals } from '../src/labs/circuit-breaker/core/arrivals-for-tests.ts';
import type { BackendScript } from '../src/labs/circuit-breaker/core/backend.ts';
import { createBreakerModel, type BreakerSpec } from '../src/labs/circuit-breaker/core/breaker-spec.ts';
import { HYSTRIX_DEFAULTS } from '../src/labs/circuit-breaker/core/hystrix.ts';
import { circuitBreakerPresets } from '../src/labs/circuit-breaker/core/presets.ts';
import { RESILIENCE4J_DEFAULTS } from '../src/labs/circuit-breaker/core/resilience4j-config.ts';
import { fastForwardBreaker } from '../src/labs/circuit-breaker/core/run-breaker.ts';
import { simulateBreaker } from '../src/labs/circuit-breaker/core/simulate.ts';
import { createRandom } from '../src/labs/kernel/random.ts';
import { bestRate, bestTimeMs, report } from './measure.ts';

const CALLS = 1_000_000;

/** Outcomes in bursts of good and bad luck, so the breaker keeps tripping, probing and closing. */
function outcomes(): Uint8Array {
  const random = createRandom(1);
  const out = new Uint8Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    const failing = Math.floor(i / 50_000) % 2 === 1;
    out[i] = random() < (failing ? 0.7 : 0.02) ? 0 : 1;
  }
  return out;
}

function engineRate(spec: BreakerSpec, ok: Uint8Array): { rate: number; rejected: number } {
  let rejected = 0;
  const rate = bestRate(CALLS, () => {
    const breaker = createBreakerModel(spec);
    rejected = 0;
    for (let i = 0; i < CALLS; i++) {
      const t = i; // 1000 calls per virtual second: 50 s of good luck, 50 s of bad
      breaker.advance(t);
      if (breaker.tryAcquire(t).permitted) breaker.onResult(t, 20 + (i % 7), ok[i] === 1);
      else rejected++;
    }
  });
  return { rate, rejected };
}

const failingHour: BackendScript = {
  phases: [0, 1, 2, 3, 4, 5].flatMap((k) => [
    { fromMs: k * 600_000, kind: 'healthy' as const, failureRate: 1, latency: { kind: 'lognormal' as const, p50Ms: 40, p99Ms: 150 } },
    { fromMs: k * 600_000 + 300_000, kind: 'failing' as const, failureRate: 60, latency: { kind: 'lognormal' as const, p50Ms: 200, p99Ms: 2_000 } },
  ]),
};

export default async function run(): Promise<void> {
  const ok = outcomes();
  const r4j = { ...RESILIENCE4J_DEFAULTS, waitDurationInOpenState: 1_000 };
  const engines: [string, BreakerSpec][] = [
    ['Resilience4j COUNT_BASED 100', { model: 'resilience4j', config: r4j }],
    ['Resilience4j TIME_BASED 10 s', { model: 'resilience4j', config: { ...r4j, slidingWindowType: 'TIME_BASED', slidingWindowSize: 10 } }],
    [
      'Sentinel error ratio 0.5 / 1 s',
      { model: 'sentinel', rule: { grade: 'error-ratio', count: 0.5, slowRatioThreshold: 1, timeWindow: 1, minRequestAmount: 5, statIntervalMs: 1_000 } },
    ],
    ['Hystrix defaults', { model: 'hystrix', config: HYSTRIX_DEFAULTS }],
  ];
  for (const [name, spec] of engines) {
    const { rate, rejected } = engineRate(spec, ok);
    report(`${name}: calls/s over 1M calls (${Math.round((rejected * 100) / CALLS)}% rejected)`, rate, 'calls/s', { min: 2_000_000 });
  }

  const hour = 3_600_000;
  const arrivals = steadyArrivals(100, hour);
  for (const [name, spec] of engines.slice(0, 2)) {
    let totals = fastForwardBreaker({ breaker: spec, backend: failingHour, arrivals, seed: 1, durationMs: hour });
    const ms = bestTimeMs(() => {
      totals = fastForwardBreaker({ breaker: spec, backend: failingHour, arrivals, seed: 1, durationMs: hour });
    });
    report(`fastForward 1 h at 100 calls/s, ${name} (${totals.transitions} transitions)`, ms, 'ms', { max: 1_000 });
  }

  const preset = circuitBreakerPresets['resilience4j-default'];
  const presetArrivals = steadyArrivals(preset.traffic.ratePerSec, preset.durationMs);
  let rows = 0;
  const rowsMs = bestTimeMs(() => {
    rows = simulateBreaker({ breaker: preset.breaker, backend: preset.backend, arrivals: presetArrivals, seed: preset.seed, durationMs: preset.durationMs })
      .rows.length;
  });
  report(`simulate preset resilience4j-default, 180 s (${rows} rows with windows)`, rowsMs, 'ms', { max: 500 });
}
