import { describe, expect, it } from 'vitest';
import { toServerSpecs } from './lab-run.ts';
import { DEFAULT_LB_VALUES, parseLoadBalancingParams, toLoadBalancingSearch } from './params.ts';
import { labRefusal, parseLimits, parseNames, valuesFromUpstream } from './server-config.ts';
import { readUpstreamConf } from './upstream-conf.ts';

const conf = readUpstreamConf(`upstream api {
  hash $request_uri consistent;
  server 10.1.0.5:8080 weight=3 max_fails=2 fail_timeout=30s;
  server 10.1.0.6:8080 down;
  server app-3:8080 max_conns=100;
}`).conf!;

describe('a pasted upstream block in the lab', () => {
  it('becomes the servers the engine runs, by name, with their own limits', () => {
    const values = valuesFromUpstream(DEFAULT_LB_VALUES, conf);
    expect(values.algorithm).toBe('hash-consistent');
    expect(values.keySource).toBe('uri');
    expect(values.down).toEqual([2]);
    const specs = toServerSpecs(values);
    expect(specs.map((s) => [s.id, s.weight, s.maxFails, s.failTimeoutMs, s.maxConns, s.down])).toEqual([
      ['10.1.0.5:8080', 3, 2, 30_000, 0, false],
      ['10.1.0.6:8080', 1, 1, 10_000, 0, true],
      ['app-3:8080', 1, 1, 10_000, 100, false],
    ]);
  });

  it('round-trips through the URL', () => {
    const values = valuesFromUpstream(DEFAULT_LB_VALUES, conf);
    const search = toLoadBalancingSearch(values);
    expect(search.get('names')).toBe('10.1.0.5:8080,10.1.0.6:8080,app-3:8080');
    expect(search.get('limits')).toBe('2:30:0,1:10:0,1:10:100');
    const back = parseLoadBalancingParams(search);
    expect(back.errors).toEqual({});
    expect(toServerSpecs(back.values)).toEqual(toServerSpecs(values));
  });

  it('refuses names and limits that do not fit the servers, with a message', () => {
    expect(parseNames('a:1,b:2', 3)).toBeNull();
    expect(parseNames('a:1,a:1,b:2', 3)).toBeNull();
    expect(parseNames('a b:1,c:2', 2)).toBeNull();
    expect(parseLimits('1:10:0', 2)).toBeNull();
    expect(parseLimits('1:10', 1)).toBeNull();
    const bad = parseLoadBalancingParams(new URLSearchParams('weights=1,1&names=x:1'));
    expect(bad.errors['names']).toBeTruthy();
    expect(toServerSpecs(bad.values).map((s) => s.id)).toEqual(['10.0.0.1:8080', '10.0.0.2:8080']);
  });

  it('says plainly that backup servers are not run yet', () => {
    const withBackup = readUpstreamConf('server 10.0.0.1:80; server 10.0.0.2:80 backup;').conf!;
    expect(labRefusal(withBackup)?.en).toContain('backup');
    expect(labRefusal(conf)).toBeNull();
  });
});
