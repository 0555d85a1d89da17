import { describe, expect, it } from 'vitest';
import { bfsCases } from './cases.ts';
import { parseTree } from './parse-tree.ts';

const message = (input: string): string => {
  const r = parseTree(input, 'en');
  return r.ok ? '' : r.error.message;
};

describe('parseTree in English', () => {
  it('words the problems for an English UI, with the same positions', () => {
    expect(message('')).toBe('The input is empty: enter an array, e.g. [3,9,20,null,null,15,7]; an empty tree is []');
    expect(message('[1,None]')).toBe('Character 4: "None" is not JSON; write null for an empty node');
    expect(message('[1,"2"]')).toBe('Item 2, "2", is a string, not a whole number or null; numbers take no quotes');
    expect(message('[1,null,2,null,null,3]')).toMatch(/^Item 6, 3, has no parent/);
    expect(parseTree('[1,"2"]').ok).toBe(false);
  });

  it('judges in English', () => {
    expect(bfsCases.judge([[3], [20, 9]], [[3], [9, 20]], [[3, 9, 20]], 'en')).toEqual({
      pass: false,
      message: 'level 2 is wrong: expected [9,20], got [20,9] (left to right within a level)',
    });
  });
});
