import { describe, expect, it } from 'vitest';
import { DEFAULT_BFS, parseBfsParams, toBfsSearch } from './params.ts';

describe('BFS URL params', () => {
  it('reads tree and variant', () => {
    expect(parseBfsParams(new URLSearchParams('tree=[1,null,2]&variant=zigzag'))).toEqual({ values: { values: [1, null, 2], variant: 'zigzag' }, errors: {} });
  });

  it('falls back with the parser message', () => {
    const { values, errors } = parseBfsParams(new URLSearchParams('tree=[1,null,null,2]&variant=spiral'));
    expect(values).toEqual(DEFAULT_BFS);
    expect(errors['tree']).toContain('null 不能有孩子');
    expect(errors['variant']).toContain('variant');
  });

  it('round-trips', () => {
    const v = { values: [5, 4, null, -3], variant: 'averages' as const };
    expect(parseBfsParams(toBfsSearch(v))).toEqual({ values: v, errors: {} });
  });
});
