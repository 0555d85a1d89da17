import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INCIDENT_VALUES, parseIncidentParams, toIncidentSearch } from './params.ts';
import { SCENARIO_IDS, SCENARIOS } from './scenarios.ts';

describe('incident URL parameters', () => {
  it("reads the scenario and the seed, defaulting the seed to the scenario's", () => {
    expect(parseIncidentParams(new URLSearchParams('preset=partner-promotion&seed=9')).values).toEqual({ scenario: 'partner-promotion', seed: 9 });
    expect(parseIncidentParams(new URLSearchParams('preset=day-after-config-change')).values).toEqual({
      scenario: 'day-after-config-change',
      seed: SCENARIOS['day-after-config-change'].seed,
    });
    // Links shared before the scenarios were named after their symptoms still open the same run.
    expect(parseIncidentParams(new URLSearchParams('preset=hot-key')).values).toEqual({ scenario: 'flash-sale', seed: SCENARIOS['flash-sale'].seed });
  });

  it('refuses garbage with a Chinese message and falls back', () => {
    const { values, errors } = parseIncidentParams(new URLSearchParams('preset=ddos&seed=-1'));
    expect(values).toEqual(DEFAULT_INCIDENT_VALUES);
    expect(errors['preset']).toContain('preset 只能是');
    expect(errors['seed']).toBe('seed 必须是 0–4294967295 之间的整数');
    expect(parseIncidentParams(new URLSearchParams('seed=abc')).errors['seed']).toBeDefined();
    expect(parseIncidentParams(new URLSearchParams('seed=1.5')).errors['seed']).toBeDefined();
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIO_IDS), fc.integer({ min: 0, max: 4_294_967_295 }), (scenario, seed) => {
        expect(parseIncidentParams(toIncidentSearch({ scenario, seed })).values).toEqual({ scenario, seed });
      }),
    );
  });
});

describe('incident URL messages in English', () => {
  it('name the key and what it accepts', () => {
    const { errors } = parseIncidentParams(new URLSearchParams('preset=nope&seed=-1'), DEFAULT_INCIDENT_VALUES, 'en');
    expect(errors['preset']).toMatch(/^preset must be one of flash-sale, partner-promotion, /);
    expect(errors['seed']).toBe('seed must be a whole number from 0 to 4294967295');
  });
});
