import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { layoutTree } from './layout.ts';
import { parseTree } from './parse-tree.ts';
import { randomTree } from './random-tree.ts';

describe('layoutTree', () => {
  it('places the LeetCode example in in-order columns', () => {
    const r = parseTree('[3,9,20,null,null,15,7]');
    if (!r.ok) throw new Error('parse');
    const l = layoutTree(r.tree);
    expect(l.nodes.map((n) => [n.value, n.x, n.y])).toEqual([
      [3, 1, 0],
      [9, 0, 1],
      [20, 3, 1],
      [15, 2, 2],
      [7, 4, 2],
    ]);
    expect(l).toMatchObject({ width: 5, height: 3 });
    expect(l.edges).toHaveLength(4);
  });

  it('gives distinct columns with left children left and right children right (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 80 }), (seed, size) => {
        const tree = randomTree(createRandom(seed), size);
        const l = layoutTree(tree);
        expect(new Set(l.nodes.map((n) => n.x)).size).toBe(size);
        for (const e of l.edges) {
          const from = l.nodes[e.from];
          const to = l.nodes[e.to];
          if (!from || !to) throw new Error('edge');
          expect(to.y).toBe(from.y + 1);
          expect(e.side === 'left' ? to.x < from.x : to.x > from.x).toBe(true);
        }
      }),
    );
  });

  it('lays out a 10,000-deep chain without recursion', () => {
    const tree = randomTree(createRandom(1), 10_000, { shape: 'chain' });
    expect(layoutTree(tree).height).toBe(10_000);
  });
});
