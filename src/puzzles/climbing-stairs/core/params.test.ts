import { describe, expect, it } from 'vitest';
import { DEFAULT_STAIRS, parseStairsParams, toStairsSearch } from './params.ts';

describe('stairs URL params', () => {
  it('reads n, steps and method', () => {
    expect(parseStairsParams(new URLSearchParams('n=100000&steps=2,5&method=matrix'))).toEqual({
      values: { n: 100_000, steps: [2, 5], method: 'matrix' },
      errors: {},
    });
  });

  it('rejects bad values with Chinese messages and keeps defaults', () => {
    for (const q of ['n=-1', 'n=abc', 'n=2.5', 'n=100001', 'n=']) {
      const r = parseStairsParams(new URLSearchParams(q));
      expect(r.errors['n'], q).toMatch(/^n 必须/);
      expect(r.values.n).toBe(DEFAULT_STAIRS.n);
    }
    for (const q of ['steps=0,1', 'steps=11', 'steps=', 'steps=a', 'steps=1.5']) {
      const r = parseStairsParams(new URLSearchParams(q));
      expect(r.errors['steps'], q).toMatch(/^steps 必须/);
      expect(r.values.steps).toEqual(DEFAULT_STAIRS.steps);
    }
    expect(parseStairsParams(new URLSearchParams('method=magic')).errors['method']).toMatch(/^method 必须/);
    expect(parseStairsParams(new URLSearchParams('n=50000&method=memo')).errors['n']).toContain('记忆化递归最多算到');
  });

  it('round-trips', () => {
    const v = { n: 42, steps: [1, 2, 3], method: 'dp' as const };
    expect(parseStairsParams(toStairsSearch(v))).toEqual({ values: v, errors: {} });
  });
});
