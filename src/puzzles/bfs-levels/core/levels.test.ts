import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { formatLevels, levelAverages, levelOrder, rightSideView, zigzagLevelOrder } from './levels.ts';
import { parseTree } from './parse-tree.ts';
import { randomTree } from './random-tree.ts';
import { levelOrder as referenceLevelOrder } from './reference.ts';
import { type BinaryTree, toLevelArray } from './tree.ts';
import { buildTree } from './tree-node.ts';

const tree = (text: string): BinaryTree => {
  const r = parseTree(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.tree;
};

describe('levels', () => {
  const t = tree('[3,9,20,null,null,15,7]');
  it('LeetCode 102 / 103 / 199 / 637 examples', () => {
    expect(levelOrder(t)).toEqual([[3], [9, 20], [15, 7]]);
    expect(zigzagLevelOrder(t)).toEqual([[3], [20, 9], [15, 7]]);
    expect(rightSideView(tree('[1,2,3,null,5,null,4]'))).toEqual([1, 3, 4]);
    expect(levelAverages(t)).toEqual([3, 14.5, 11]);
    expect(levelOrder(tree('[]'))).toEqual([]);
  });

  it('prints one line per level for each variant', () => {
    expect(formatLevels(t)).toEqual(['3', '9 20', '15 7']);
    expect(formatLevels(t, 'zigzag')).toEqual(['3', '20 9', '15 7']);
    expect(formatLevels(t, 'right-side')).toEqual(['3', '20', '7']);
    expect(formatLevels(tree('[1,2,2,1]'), 'averages')).toEqual(['1', '2', '1']);
    expect(formatLevels(tree('[1,1,2,1,1]'), 'averages')).toEqual(['1', '1.5', '1']);
  });

  it('handles a 10,000-deep chain without recursion', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => [i, null])
      .flat()
      .slice(0, -1);
    const r = parseTree(JSON.stringify(values));
    expect(r.ok && levelOrder(r.tree).length).toBe(10_000);
  });

  it('agrees with the reference on TreeNode, and the variants derive from it (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 80 }), (seed, size) => {
        const bt = randomTree(createRandom(seed), size);
        const levels = levelOrder(bt);
        expect(referenceLevelOrder(buildTree(toLevelArray(bt)))).toEqual(levels);
        expect(levels.flat()).toEqual(toLevelArray(bt).filter((v) => v !== null));
        expect(levels.length).toBe(bt.nodes.reduce((h, n) => Math.max(h, n.depth + 1), 0));
        expect(zigzagLevelOrder(bt).map((l, i) => (i % 2 ? [...l].reverse() : l))).toEqual(levels);
        expect(rightSideView(bt)).toEqual(levels.map((l) => l.at(-1)));
        levelAverages(bt).forEach((avg, i) => expect(avg * (levels[i]?.length ?? 0)).toBeCloseTo((levels[i] ?? []).reduce((a, b) => a + b, 0)));
      }),
    );
  });
});
