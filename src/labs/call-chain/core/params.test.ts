import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChainParams, presetParams, toChainSearch, withDepth } from './params.ts';
import { presetScenarios, PRESET_IDS } from './presets.ts';

describe('call-chain URL parameters', () => {
  it('a preset alone gives its scenario', () => {
    const { values, errors } = parseChainParams(new URLSearchParams('preset=grpc-retry-throttling'));
    expect(errors).toEqual({});
    expect(values.scenario).toEqual(presetScenarios['grpc-retry-throttling']);
  });

  it('lists are per service from A down; a short list repeats its last value', () => {
    const { values } = parseChainParams(new URLSearchParams('depth=4&attempts=2&timeout=900,300'));
    expect(values.scenario.layers.map((l) => l.attempts)).toEqual([2, 2, 2, 2]);
    expect(values.scenario.layers.map((l) => l.timeoutMs)).toEqual([900, 300, 300, 300]);
  });

  it('bad values are refused one by one, the preset value used instead', () => {
    const { values, errors } = parseChainParams(new URLSearchParams('preset=nope&depth=9&attempts=3,x&fixes=retry-budget,magic&rate=-1'));
    expect(Object.keys(errors).sort()).toEqual(['attempts', 'depth', 'fixes', 'preset', 'rate']);
    expect(values.scenario).toEqual(presetScenarios['deepest-plus-300ms']);
  });

  it('round trip: every preset, and edited values, survive toChainSearch → parse', () => {
    for (const id of PRESET_IDS) {
      const v = presetParams(id);
      expect(toChainSearch(v).toString()).toBe(`preset=${id}`);
      expect(parseChainParams(toChainSearch(v)).values).toEqual(v);
    }
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_IDS), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.nat(1000), (id, depth, attempts, seed) => {
        const base = presetParams(id);
        const scenario = withDepth({ ...base.scenario, seed }, depth);
        const edited = { ...base, scenario: { ...scenario, layers: scenario.layers.map((l) => ({ ...l, attempts })) } };
        const back = parseChainParams(toChainSearch(edited));
        expect(back.errors).toEqual({});
        expect(back.values).toEqual(edited);
      }),
    );
  });
});

describe('catalogue', () => {
  it("lists exactly the lab's presets", async () => {
    const { findLab } = await import('../../catalogue.ts');
    expect(findLab('call-chain')?.presets).toEqual([...PRESET_IDS]);
  });
});
