import { describe, expect, it } from 'vitest';
import { MAX_NODES, type TreeParseErrorCode, parseTree } from './parse-tree.ts';

const code = (input: string): TreeParseErrorCode | 'ok' => {
  const r = parseTree(input);
  return r.ok ? 'ok' : r.error.code;
};

describe('parseTree', () => {
  it('parses the LeetCode form', () => {
    const r = parseTree(' [3, 9, 20, null, null, 15, 7] ');
    expect(r.ok && r.tree.nodes.map((n) => n.value)).toEqual([3, 9, 20, 15, 7]);
    expect(code('[]')).toBe('ok');
    expect(code('[null]')).toBe('ok');
    expect(code('[1.0, 1e2, -0]')).toBe('ok');
  });

  it('tells each kind of malformed input apart, in Chinese', () => {
    const cases: [string, TreeParseErrorCode][] = [
      ['', 'empty'],
      ['abc', 'not-json'],
      ['[1,,2]', 'not-json'],
      ['[1,2,]', 'not-json'],
      ['[1,2', 'not-json'],
      ['[1 2]', 'not-json'],
      ['[01]', 'not-json'],
      ['[None, 1]', 'not-json'],
      ['{"val": 1}', 'not-array'],
      ['42', 'not-array'],
      ['"[1,2]"', 'not-array'],
      ['[1.5]', 'not-integer'],
      ['["3"]', 'not-integer'],
      ['[true]', 'not-integer'],
      ['[[1]]', 'not-integer'],
      ['[3000000000]', 'out-of-range'],
      ['[1,null,null,2]', 'orphan-child'],
      ['[null,1]', 'orphan-child'],
      ['[1,2,3] x', 'trailing'],
      ['[1]]', 'trailing'],
    ];
    for (const [input, expected] of cases) {
      const r = parseTree(input);
      expect(r.ok ? 'ok' : r.error.code, input).toBe(expected);
      if (!r.ok) expect(r.error.message, input).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('points at the offending character', () => {
    const r = parseTree('[1, 2, "x"]');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'not-integer', at: 7 });
    const o = parseTree('[1,null,null,2]');
    expect(o.ok ? null : o.error.at).toBe(13);
    expect(o.ok ? '' : o.error.message).toContain('null 不能有孩子');
  });

  it('accepts 10,000 nodes and rejects 10,001', () => {
    const chain = (n: number): string =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => [i, null])
          .flat()
          .slice(0, -1),
      );
    const ok = parseTree(chain(MAX_NODES));
    expect(ok.ok && ok.tree.nodes.length).toBe(MAX_NODES);
    expect(ok.ok && ok.tree.nodes.at(-1)?.depth).toBe(MAX_NODES - 1);
    expect(code(chain(MAX_NODES + 1))).toBe('too-big');
  });
});
