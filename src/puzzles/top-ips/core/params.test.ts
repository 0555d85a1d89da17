import { describe, expect, it } from 'vitest';
import { DEFAULT_TOP_IPS, parseTopIpsParams, toTopIpsSearch } from './params.ts';

describe('top-ips URL params', () => {
  it('reads every field', () => {
    expect(parseTopIpsParams(new URLSearchParams('lines=500&seed=9&top=5&malformed=0.1&ipv6=0.5'))).toEqual({
      values: { lines: 500, seed: 9, top: 5, malformedShare: 0.1, ipv6Share: 0.5 },
      errors: {},
    });
  });

  it('rejects bad values with Chinese messages and keeps defaults', () => {
    const r = parseTopIpsParams(new URLSearchParams('lines=0&seed=-1&top=1.5&malformed=NaN&ipv6=2'));
    expect(Object.keys(r.errors).sort()).toEqual(['ipv6', 'lines', 'malformed', 'seed', 'top']);
    expect(r.errors['lines']).toMatch(/^lines 必须/);
    expect(r.values).toEqual(DEFAULT_TOP_IPS);
    expect(parseTopIpsParams(new URLSearchParams('lines=')).errors['lines']).toBeDefined();
    expect(parseTopIpsParams(new URLSearchParams('lines=1e9')).errors['lines']).toBeDefined();
  });

  it('round-trips', () => {
    const v = { lines: 1234, seed: 42, top: 3, malformedShare: 0.05, ipv6Share: 0 };
    expect(parseTopIpsParams(toTopIpsSearch(v))).toEqual({ values: v, errors: {} });
  });
});
