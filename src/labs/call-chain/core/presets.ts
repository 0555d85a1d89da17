// Named scenarios a card can link to (`lab:call-chain?preset=…`), named after their configuration.
// The chain is a typical three-tier call path: A (an API gateway / BFF) → B (a business service)
// → C (a storage-facing service), each with a fixed thread pool, and timeouts that shrink with
// depth (1000 / 500 / 250 ms) as teams usually set them. The retry budget uses gRFC A6's example
// numbers (maxTokens 10, tokenRatio 0.1); the breakers Resilience4j's keys with a small window.
import type { ChainScenario, LayerSpec } from './scenario.ts';

export const PRESET_IDS = [
  'three-layers-3-attempts',
  'deepest-plus-300ms',
  'retry-one-layer',
  'grpc-retry-throttling',
  'deadline-propagation',
  'breaker-per-dependency',
  'load-shedding',
  'compare-fixes',
  'fan-out-2-depth-4',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET_ID: PresetId = 'deepest-plus-300ms';

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

const A: LayerSpec = { timeoutMs: 1000, attempts: 3, pool: 64, queue: 32, workMs: 10 };
const B: LayerSpec = { timeoutMs: 500, attempts: 3, pool: 32, queue: 16, workMs: 10 };
const C: LayerSpec = { timeoutMs: 250, attempts: 3, pool: 16, queue: 8, workMs: 20 };

/** C slows down by 300 ms from 20 s to 40 s: its 16 threads then serve 50 requests/s, not 800. */
export const SLOW_DEEPEST: ChainScenario = {
  layers: [A, B, C],
  fanOut: 1,
  rate: 200,
  durationMs: 60_000,
  seed: 42,
  backoffMs: 0,
  fault: { atMs: 20_000, forMs: 20_000, extraLatencyMs: 300, errorRate: 0 },
  fixes: [],
  retryLayer: 2,
  throttle: { maxTokens: 10, tokenRatio: 0.1 },
  breaker: { failureRateThreshold: 50, slidingWindowSize: 20, waitDurationInOpenState: 5000 },
};

export const presetScenarios: Readonly<Record<PresetId, ChainScenario>> = {
  // Every answer of C is an error from 10 s on; the load is low enough that nothing queues, so
  // each request makes exactly 3 × 3 × 3 = 27 calls at C.
  'three-layers-3-attempts': {
    ...SLOW_DEEPEST,
    rate: 20,
    durationMs: 30_000,
    fault: { atMs: 10_000, forMs: 0, extraLatencyMs: 0, errorRate: 1 },
  },
  'deepest-plus-300ms': SLOW_DEEPEST,
  'retry-one-layer': { ...SLOW_DEEPEST, fixes: ['retry-one-layer'] },
  'grpc-retry-throttling': { ...SLOW_DEEPEST, fixes: ['retry-budget'] },
  'deadline-propagation': { ...SLOW_DEEPEST, fixes: ['deadlines'] },
  'breaker-per-dependency': { ...SLOW_DEEPEST, fixes: ['breakers'] },
  'load-shedding': { ...SLOW_DEEPEST, fixes: ['shedding'] },
  'compare-fixes': { ...SLOW_DEEPEST, fixes: ['retry-budget', 'deadlines', 'breakers', 'shedding'] },
  'fan-out-2-depth-4': {
    ...SLOW_DEEPEST,
    rate: 100,
    fanOut: 2,
    retryLayer: 3,
    layers: [
      { ...A, timeoutMs: 1500 },
      { ...B, timeoutMs: 800 },
      { ...B, timeoutMs: 500, pool: 48 },
      { ...C, pool: 32 },
    ],
  },
};
