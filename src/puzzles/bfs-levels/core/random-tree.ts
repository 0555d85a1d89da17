// Seeded random trees for the "random" button, the hidden cases and the property tests.
// Shape: grow from the root by attaching each new node to a uniformly chosen free child slot
// (random binary trees of this kind are bushy, depth O(log n) on average); `chain` makes the
// degenerate path that breaks recursive solutions and tall layouts.
import { type Random, randomInt } from '../../../labs/kernel/random.ts';
import { type BinaryTree, EMPTY_TREE, type TreeNodeData, fromLevelArray, toLevelArray } from './tree.ts';

export interface RandomTreeOptions {
  readonly minValue?: number;
  readonly maxValue?: number;
  /** 'bushy' (default) or 'chain' (each node one child, side chosen at random). */
  readonly shape?: 'bushy' | 'chain';
}

export function randomTree(random: Random, size: number, options: RandomTreeOptions = {}): BinaryTree {
  const lo = options.minValue ?? -99;
  const hi = options.maxValue ?? 99;
  type Mutable = { -readonly [K in keyof TreeNodeData]: TreeNodeData[K] };
  const nodes: Mutable[] = [];
  const slots: { parent: number; side: 'left' | 'right' }[] = [];
  for (let i = 0; i < size; i++) {
    const value = lo + randomInt(random, hi - lo + 1);
    if (i === 0) {
      nodes.push({ id: 0, value, left: null, right: null, parent: null, depth: 0 });
    } else {
      const pick = options.shape === 'chain' ? slots.length - 1 - randomInt(random, Math.min(2, slots.length)) : randomInt(random, slots.length);
      const slot = slots[pick] as (typeof slots)[number];
      slots.splice(pick, 1);
      const parent = nodes[slot.parent] as Mutable;
      nodes.push({ id: i, value, left: null, right: null, parent: slot.parent, depth: parent.depth + 1 });
      parent[slot.side] = i;
      if (options.shape === 'chain') slots.length = 0;
    }
    slots.push({ parent: i, side: 'left' }, { parent: i, side: 'right' });
  }
  // Ids here follow creation order; a round trip through the level array renumbers them into
  // level order, the invariant of tree.ts.
  const built = fromLevelArray(toLevelArray({ root: size > 0 ? 0 : null, nodes }));
  return 'tree' in built ? built.tree : EMPTY_TREE;
}
