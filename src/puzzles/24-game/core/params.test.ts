import { describe, expect, it } from 'vitest';
import { DEFAULT_24, parse24Params, to24Search } from './params.ts';
import { rational } from './rational.ts';

describe('24-game URL params', () => {
  it('reads nums and target', () => {
    const { values, errors } = parse24Params(new URLSearchParams('nums=8,3,8,3&target=24'));
    expect(errors).toEqual({});
    expect(values.nums).toEqual([8n, 3n, 8n, 3n].map((n) => rational(n)));
    expect(values.target).toEqual(rational(24n));
  });

  it('falls back to defaults with Chinese messages', () => {
    for (const bad of ['nums=1,2,3,4,5,6,7', 'nums=', 'nums=a,b', 'nums=1,2,1/0', 'nums=1,99999999']) {
      const { values, errors } = parse24Params(new URLSearchParams(bad));
      expect(errors['nums']).toMatch(/nums/);
      expect(values.nums).toEqual(DEFAULT_24.nums);
    }
    const { values, errors } = parse24Params(new URLSearchParams('target=NaN'));
    expect(errors['target']).toMatch(/target/);
    expect(values.target).toEqual(DEFAULT_24.target);
  });

  it('round-trips', () => {
    const values = { nums: [rational(1n, 2n), rational(-3n), rational(13n)], target: rational(10n) };
    expect(parse24Params(to24Search(values))).toEqual({ values, errors: {} });
    expect(parse24Params(to24Search(DEFAULT_24)).values).toEqual(DEFAULT_24);
  });
});
