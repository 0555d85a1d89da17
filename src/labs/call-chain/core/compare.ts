// The side-by-side comparison: the same scenario (same seed, so the same arrivals and the same
// fault) with no fix, each fix alone, all of them, and the user's own choice.
import { FIX_IDS, type ChainScenario, type FixId } from './scenario.ts';
import type { RunStop, RunSummary } from './run-types.ts';
import { simulateChain } from './simulate.ts';

export type VariantId = 'none' | FixId | 'all' | 'current';

export interface Variant {
  readonly id: VariantId;
  readonly scenario: ChainScenario;
}

export interface VariantResult {
  readonly id: VariantId;
  readonly fixes: readonly FixId[];
  readonly summary: RunSummary;
  /** Present when this variant's run grew past the limits and was stopped early. */
  readonly stopped?: RunStop;
}

export function compareVariants(s: ChainScenario): Variant[] {
  const v = (id: VariantId, fixes: readonly FixId[]): Variant => ({ id, scenario: { ...s, fixes } });
  return [
    v('none', []),
    ...FIX_IDS.map((fix) => v(fix, [fix])),
    v(
      'all',
      FIX_IDS.filter((f) => f !== 'retry-one-layer'),
    ),
    v('current', s.fixes),
  ];
}

export function runVariants(variants: readonly Variant[]): VariantResult[] {
  return variants.map((variant) => {
    const { summary, stopped } = simulateChain(variant.scenario);
    return { id: variant.id, fixes: variant.scenario.fixes, summary, ...(stopped ? { stopped } : {}) };
  });
}
