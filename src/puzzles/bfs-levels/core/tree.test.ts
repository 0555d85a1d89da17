import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { randomTree } from './random-tree.ts';
import { type BinaryTree, fromLevelArray, toLevelArray } from './tree.ts';

const build = (values: (number | null)[]): BinaryTree => {
  const r = fromLevelArray(values);
  if (!('tree' in r)) throw new Error('orphan');
  return r.tree;
};

describe('tree', () => {
  it('builds LeetCode 102 example', () => {
    const t = build([3, 9, 20, null, null, 15, 7]);
    expect(t.nodes.map((n) => [n.value, n.left, n.right, n.depth])).toEqual([
      [3, 1, 2, 0],
      [9, null, null, 1],
      [20, 3, 4, 1],
      [15, null, null, 2],
      [7, null, null, 2],
    ]);
  });

  it('reports a value with no slot left', () => {
    expect(fromLevelArray([1, null, null, 2])).toEqual({ orphan: { index: 3, value: 2 } });
    expect(fromLevelArray([null, 5])).toEqual({ orphan: { index: 1, value: 5 } });
    expect(fromLevelArray([1, null, null, null])).toHaveProperty('tree'); // extra nulls describe nothing
  });

  it('round-trips random trees through the level array (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), fc.constantFrom('bushy' as const, 'chain' as const), (seed, size, shape) => {
        const t = randomTree(createRandom(seed), size, { shape });
        expect(t.nodes).toHaveLength(size);
        t.nodes.forEach((n, i) => expect(n.id).toBe(i));
        const arr = toLevelArray(t);
        expect(build(arr)).toEqual(t);
        expect(arr.at(-1)).not.toBeNull();
      }),
    );
  });
});
