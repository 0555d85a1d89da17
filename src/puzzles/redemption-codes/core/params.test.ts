import { describe, expect, it } from 'vitest';
import { DEFAULT_CODES, bodyLengthOf, parseCodesParams, toCodesSearch } from './params.ts';

describe('redemption-code URL params', () => {
  it('reads every field', () => {
    expect(parseCodesParams(new URLSearchParams('count=1000000&prefix=spr&secret=abc&length=9'))).toEqual({
      values: { count: 1_000_000, prefix: 'SPR', secret: 'abc', bodyLength: 9 },
      errors: {},
    });
  });

  it('rejects bad values with Chinese messages', () => {
    const r = parseCodesParams(new URLSearchParams('count=0&prefix=O0&secret=&length=20'));
    expect(Object.keys(r.errors).sort()).toEqual(['count', 'length', 'prefix', 'secret']);
    expect(r.values).toEqual(DEFAULT_CODES);
    for (const q of ['count=abc', 'count=1e3', 'count=10000001', 'count=-5']) expect(parseCodesParams(new URLSearchParams(q)).errors['count']).toBeDefined();
  });

  it('round-trips and derives the body length', () => {
    const v = { count: 5000, prefix: 'AB', secret: 's e c r e t', bodyLength: null };
    expect(parseCodesParams(toCodesSearch(v))).toEqual({ values: v, errors: {} });
    expect(bodyLengthOf(v)).toBe(7);
  });
});
