// Scenarios whose whole runs (totals, chart series and trace rows) are pinned by
// simulate-golden.test.ts, so a change made for speed cannot change what the engine computes.
// They cover every preset on two seeds plus backoff, fan-out, errors and deep chains (the presets
// all retry at once, backoffMs 0).
import { presetScenarios, PRESET_IDS, SLOW_DEEPEST } from './presets.ts';
import type { ChainRun } from './run-types.ts';
import type { ChainScenario } from './scenario.ts';

export interface GoldenCase {
  readonly name: string;
  readonly scenario: ChainScenario;
}

const ALL_FIXES = ['retry-budget', 'deadlines', 'breakers', 'shedding'] as const;

const mixed: ChainScenario = {
  ...SLOW_DEEPEST,
  rate: 300,
  durationMs: 20_000,
  backoffMs: 25,
  fanOut: 2,
  fault: { atMs: 5000, forMs: 8000, extraLatencyMs: 150, errorRate: 0.3 },
};

export const GOLDEN_CASES: readonly GoldenCase[] = [
  ...PRESET_IDS.flatMap((id) => [42, 7].map((seed) => ({ name: `${id}#${seed}`, scenario: { ...presetScenarios[id], seed } }))),
  { name: 'mixed', scenario: mixed },
  { name: 'mixed-all-fixes', scenario: { ...mixed, fixes: ALL_FIXES } },
  { name: 'mixed-deadlines', scenario: { ...mixed, fixes: ['deadlines'] } },
  { name: 'mixed-one-layer', scenario: { ...mixed, fixes: ['retry-one-layer', 'breakers'], retryLayer: 1 } },
  {
    name: 'deep-5',
    scenario: {
      ...mixed,
      fanOut: 1,
      layers: [...mixed.layers, { timeoutMs: 200, attempts: 2, pool: 12, queue: 4, workMs: 15 }, { timeoutMs: 100, attempts: 3, pool: 8, queue: 2, workMs: 5 }],
      fault: { atMs: 0, forMs: 0, extraLatencyMs: 40, errorRate: 0.1 },
      fixes: ['shedding', 'retry-budget'],
    },
  },
];

/** FNV-1a over the run's JSON: one number that changes when anything in the run changes. */
export function fingerprint(run: ChainRun): string {
  const text = JSON.stringify(run);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, '0')}:${text.length}`;
}
