import { describe, expect, it } from 'vitest';
import { findLab } from '../../catalogue.ts';
import { parseChanges, parseParams, presetParams, toSearch } from './params.ts';
import { PRESET_IDS } from './presets.ts';

const parse = (q: string) => parseParams(new URLSearchParams(q));

describe('service-discovery URL params', () => {
  it('has exactly the presets the catalogue lists, each round-tripping to preset=…', () => {
    expect([...PRESET_IDS].sort()).toEqual([...(findLab('service-discovery')?.presets ?? [])].sort());
    for (const id of PRESET_IDS) {
      expect(toSearch(presetParams(id)).toString()).toBe(`preset=${id}`);
      expect(parse(`preset=${id}`)).toEqual({ values: presetParams(id), errors: {} });
    }
  });

  it('reads timings under their real keys and the script, and writes them back', () => {
    const { values, errors } = parse(
      'preset=eureka-defaults&leaseExpirationDurationInSeconds=30&ServerListRefreshInterval=5000&retry=true&crash=0&crashAt=12.5&stop=1@20,L@40',
    );
    expect(errors).toEqual({});
    expect(values.scenario.timings.leaseExpirationDurationInSeconds).toBe(30);
    expect(values.scenario.timings.serverListRefreshInterval).toBe(5000);
    expect(values.scenario.retry).toBe(true);
    expect(values.scenario.crashAtMs).toBe(12_500);
    expect(values.scenario.stop).toEqual([
      { atMs: 20_000, server: 1 },
      { atMs: 40_000, server: 'L' },
    ]);
    expect(parse(toSearch(values).toString()).values).toEqual(values);
  });

  it('refuses bad values, naming the key, and keeps the preset value', () => {
    const { values, errors } = parse('preset=nope&providers=abc&registry=consul&crash=9&stop=9@10&retry=maybe&renewalPercentThreshold=2');
    expect(Object.keys(errors).sort()).toEqual(['crash', 'preset', 'providers', 'registry', 'renewalPercentThreshold', 'retry', 'stop']);
    expect(errors['providers']).toMatchObject({ kind: 'number', key: 'providers', min: 1, max: 12 });
    expect(values.preset).toBe('eureka-defaults');
    expect(values.scenario.providers).toBe(8);
    expect(values.scenario.kind).toBe('eureka');
    expect(values.scenario.crash).toBe(2);
  });

  it('parses server changes: ids within the ensemble, L only for stops', () => {
    expect(parseChanges('2@20,L@40', 5, true)).toEqual([
      { atMs: 20_000, server: 2 },
      { atMs: 40_000, server: 'L' },
    ]);
    expect(parseChanges('L@40', 5, false)).toBeNull();
    expect(parseChanges('6@1', 5, true)).toBeNull();
    expect(parseChanges('', 5, true)).toEqual([]);
  });
});
