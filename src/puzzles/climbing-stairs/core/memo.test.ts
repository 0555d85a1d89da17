import { describe, expect, it } from 'vitest';
import { traceMemoTree, waysMemo } from './memo.ts';
import { zeroOps } from './steps.ts';

describe('memoised recursion', () => {
  it('counts ways for the classic and custom step sets', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => waysMemo(n, [1, 2]))).toEqual([1n, 1n, 2n, 3n, 5n, 8n, 89n]);
    expect(waysMemo(4, [1, 2, 3])).toBe(7n);
    expect([1, 2, 5, 7, 10].map((n) => waysMemo(n, [2, 5]))).toEqual([0n, 1n, 1n, 2n, 2n]);
  });

  it('runs 20,000 levels deep without a stack overflow', () => {
    const ops = zeroOps();
    const w = waysMemo(20_000, [1, 2], ops);
    expect(w.toString().length).toBe(4180);
    expect(ops).toMatchObject({ calls: 40_000, memoHits: 19_998, additions: 39_999 });
  });

  it('the explicit-stack version makes the same calls as the recursive trace', () => {
    for (const steps of [[1, 2], [1, 2, 3], [2, 5], [3]]) {
      for (let n = 0; n <= 12; n++) {
        const ops = zeroOps();
        const w = waysMemo(n, steps, ops);
        const t = traceMemoTree(n, steps);
        expect(t.ways).toBe(w);
        expect(t.ops).toEqual(ops);
      }
    }
  });

  it('draws the recursion tree, with and without the memo', () => {
    const t = traceMemoTree(5, [1, 2]);
    expect(t.nodes[0]).toMatchObject({ n: 5, parent: null, kind: 'computed', value: '8' });
    expect(t.nodes.filter((n) => n.kind === 'memo-hit').map((n) => n.n)).toEqual([1, 2, 3]);
    expect(t.events[0]).toEqual({ kind: 'call', node: 0 });
    expect(t.events.at(-1)).toEqual({ kind: 'return', node: 0, value: '8' });
    // Without the memo: C(n) = 1 + C(n−1) + C(n−2), C(0) = 1, C(1) = 2, so F(n+3) − 1 = 609 calls for n = 12.
    const plain = traceMemoTree(12, [1, 2], { memo: false });
    expect(plain.nodes).toHaveLength(609);
    expect(plain.ops.memoHits).toBe(0);
    expect(traceMemoTree(12, [1, 2]).nodes).toHaveLength(24); // 2n calls with the memo
    expect(() => traceMemoTree(13, [1, 2])).toThrow();
  });
});
