import { describe, expect, it } from 'vitest';
import { findLab } from '../../catalogue.ts';
import { parseRpcParams, presetParams, toRpcSearch } from './params.ts';
import { PRESET_IDS } from './presets.ts';
import { simulateCall } from './simulate.ts';

const parse = (q: string, lang: 'zh' | 'en' = 'zh') => parseRpcParams(new URLSearchParams(q), lang);

describe('rpc-call-path presets and URL', () => {
  it('has exactly the presets the catalogue lists, each a run that reaches an answer', () => {
    expect([...PRESET_IDS].sort()).toEqual([...(findLab('rpc-call-path')?.presets ?? [])].sort());
    for (const id of PRESET_IDS) expect(simulateCall(presetParams(id).config).events.length).toBeGreaterThan(10);
  });

  it('round-trips every preset to just preset=…', () => {
    for (const id of PRESET_IDS) {
      expect(toRpcSearch(presetParams(id)).toString()).toBe(`preset=${id}`);
      expect(parse(`preset=${id}`)).toEqual({ values: presetParams(id), errors: {} });
    }
  });

  it('reads the real keys and writes back only what differs', () => {
    const { values, errors } = parse(
      'preset=dubbo-defaults&cluster=forking&forks=3&timeout=500&enable-timeout-countdown=true&weights=100,200,300,400&fault=slow-provider&faulty=2&rtt=0.4',
    );
    expect(errors).toEqual({});
    expect(values.config).toMatchObject({
      cluster: 'forking',
      forks: 3,
      timeoutMs: 500,
      countdown: true,
      weights: [100, 200, 300, 400],
      fault: 'slow-provider',
      faulty: 2,
      rttMs: 0.4,
    });
    expect(parse(toRpcSearch(values).toString()).values).toEqual(values);
  });

  it("reads tag routing: provider tags, the request's dubbo.tag and dubbo.force.tag", () => {
    const { values, errors } = parse('preset=dubbo-defaults&tags=,canary,&dubbo.tag=canary&dubbo.force.tag=true');
    expect(errors).toEqual({});
    expect(values.config).toMatchObject({ providerTags: ['', 'canary', ''], tag: 'canary', forceTag: true });
    expect(parse(toRpcSearch(values).toString()).values).toEqual(values);
    const bad = parse('preset=dubbo-defaults&tags=a,b&dubbo.tag=Gray!');
    expect(Object.keys(bad.errors).sort()).toEqual(['dubbo.tag', 'tags']);
    expect(parse('preset=dubbo-tag-gray&weights=100,100').values.config.providerTags).toEqual(['', '']);
  });

  it("reads gRPC's deadline and maxAttempts, and refuses Dubbo keys there", () => {
    const { values, errors } = parse('preset=grpc-unary-deadline&deadline=300&maxAttempts=4&retries=1&cluster=failfast');
    expect(values.config).toMatchObject({ timeoutMs: 300, retries: 3, cluster: 'failover' });
    expect(Object.keys(errors).sort()).toEqual(['cluster', 'retries']);
  });

  it("refuses bad values with a message naming the key, in the UI language, and keeps the preset's", () => {
    const { values, errors } = parse('preset=nope&retries=9&timeout=abc&cluster=broadcast&weights=1,,2&fault=fire&faulty=7&enable-timeout-countdown=yes');
    expect(Object.keys(errors).sort()).toEqual(['cluster', 'enable-timeout-countdown', 'fault', 'faulty', 'preset', 'retries', 'timeout', 'weights']);
    expect(errors['retries']).toBe('retries 必须是 0–5 之间的整数');
    expect(values).toEqual(presetParams('dubbo-defaults'));
    expect(parse('retries=9', 'en').errors['retries']).toBe('retries must be a whole number from 0 to 5');
  });
});
