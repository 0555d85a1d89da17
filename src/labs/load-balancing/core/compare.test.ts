import { describe, expect, it } from 'vitest';
import { compareAlgorithms, inListOrder, splitForWorkers } from './compare.ts';
import { buildLabStream, toUpstreamSetup } from './lab-run.ts';
import { LB_PRESETS } from './presets.ts';
import { ALGORITHM_IDS } from './types.ts';

describe('a comparison split over workers', () => {
  it('deals every algorithm exactly once into at most `parts` groups of near-equal size', () => {
    for (const parts of [1, 2, 3, 4, 20]) {
      const groups = splitForWorkers(ALGORITHM_IDS, parts);
      expect(groups.length).toBe(Math.min(parts, ALGORITHM_IDS.length));
      expect(groups.flat().sort()).toEqual([...ALGORITHM_IDS].sort());
      const sizes = groups.map((g) => g.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(splitForWorkers(['swrr'], 4)).toEqual([['swrr']]);
    expect(splitForWorkers(ALGORITHM_IDS, 0)).toEqual([[...ALGORITHM_IDS]]);
  });

  it('gives, merged back in list order, exactly the numbers of one run over all algorithms', () => {
    const p = LB_PRESETS['compare-all'];
    const setup = toUpstreamSetup(p.values, p.events);
    const whole = compareAlgorithms(setup, buildLabStream(p.values), p.values.compare);
    // Each worker builds its own stream from the same values and seed.
    const parts = splitForWorkers(p.values.compare, 3).flatMap((group) => compareAlgorithms(setup, buildLabStream(p.values), group));
    expect(parts.map((r) => r.algorithm)).not.toEqual(p.values.compare);
    expect(inListOrder(p.values.compare, parts)).toEqual(whole);
  });
});
