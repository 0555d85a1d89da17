import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { randomTree } from './random-tree.ts';
import { type BinaryTree, EMPTY_TREE, fromLevelArray, toLevelArray } from './tree.ts';
import { editTree, subtreeSize } from './tree-edit.ts';

const build = (values: (number | null)[]): BinaryTree => {
  const r = fromLevelArray(values);
  if (!('tree' in r)) throw new Error('orphan');
  return r.tree;
};

describe('editTree', () => {
  const t = build([3, 9, 20, null, null, 15, 7]);

  it('adds a child in an empty slot and renumbers in level order', () => {
    expect(toLevelArray(editTree(t, { kind: 'add', parent: 1, side: 'right', value: 4 }))).toEqual([3, 9, 20, null, 4, 15, 7]);
    expect(toLevelArray(editTree(EMPTY_TREE, { kind: 'add', parent: null, side: 'left', value: 1 }))).toEqual([1]);
    expect(() => editTree(t, { kind: 'add', parent: 0, side: 'left', value: 1 })).toThrow();
    expect(() => editTree(t, { kind: 'add', parent: null, side: 'left', value: 1 })).toThrow();
  });

  it('changes a value and deletes a subtree', () => {
    expect(toLevelArray(editTree(t, { kind: 'set', node: 4, value: -7 }))).toEqual([3, 9, 20, null, null, 15, -7]);
    expect(toLevelArray(editTree(t, { kind: 'delete', node: 2 }))).toEqual([3, 9]);
    expect(editTree(t, { kind: 'delete', node: 0 })).toEqual(EMPTY_TREE);
    expect(subtreeSize(t, 2)).toBe(3);
    expect(subtreeSize(t, 0)).toBe(5);
  });

  it('keeps the tree invariants after random edits (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), fc.nat(), (seed, size, pick) => {
        const tree = randomTree(createRandom(seed), size);
        const id = pick % size;
        const removed = subtreeSize(tree, id);
        const after = editTree(tree, { kind: 'delete', node: id });
        expect(after.nodes).toHaveLength(size - removed);
        after.nodes.forEach((n, i) => expect(n.id).toBe(i));
        const node = tree.nodes[id];
        if (!node) throw new Error('node');
        const side = node.left === null ? 'left' : node.right === null ? 'right' : null;
        if (side) {
          const grown = editTree(tree, { kind: 'add', parent: id, side, value: 1234 });
          expect(grown.nodes).toHaveLength(size + 1);
          expect(toLevelArray(grown).filter((v) => v === 1234).length).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
