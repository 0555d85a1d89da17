import { describe, expect, it } from 'vitest';
import { parseCustomCase } from './custom-case.ts';

describe('parseCustomCase in English', () => {
  const example = [[4, 1, 8, 7], 24];
  it('words shape and JSON problems for an English UI', () => {
    expect(parseCustomCase({ args: '', expected: '' }, example, true, 'en')).toEqual({
      ok: false,
      field: 'args',
      message: 'Enter the arguments as a JSON array, e.g. [[4,1,8,7],24]',
    });
    expect(parseCustomCase({ args: '[[1,2,3,4]]', expected: '' }, example, true, 'en')).toEqual({
      ok: false,
      field: 'args',
      message: 'The function takes 2 argument(s), 1 given; e.g. [[4,1,8,7],24]',
    });
    expect(parseCustomCase({ args: '["1,2",24]', expected: '' }, example, true, 'en')).toEqual({
      ok: false,
      field: 'args',
      message: 'Argument 1 should be an array (e.g. [4,1,8,7]), not a string',
    });
    const bad = parseCustomCase({ args: '[[1,2,3,4],24]', expected: 'yes' }, example, true, 'en');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^The expected output is not valid JSON \(.+\); if unsure, leave it empty and just look at the output$/);
  });
});
