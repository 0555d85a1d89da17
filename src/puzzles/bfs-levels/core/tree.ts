// A binary tree as flat data: nodes in an array, children by id. The views draw it, the trace
// names nodes by id, and nothing recurses (a 10,000-node chain must not overflow the stack).
// Built from LeetCode's level-order array: the root, then for each non-null node in order, its
// left and right child slots; a null fills a slot and gets no slots of its own.
// Invariant: ids are assigned in level order, nodes[id].id === id.

export interface TreeNodeData {
  readonly id: number;
  readonly value: number;
  readonly left: number | null;
  readonly right: number | null;
  readonly parent: number | null;
  readonly depth: number;
}

export interface BinaryTree {
  readonly root: number | null;
  readonly nodes: readonly TreeNodeData[];
}

export type LevelArray = readonly (number | null)[];

export const EMPTY_TREE: BinaryTree = { root: null, nodes: [] };

/** Where building stopped: a non-null value at `index` had no slot left (its parent would be a null). */
export interface Orphan {
  readonly index: number;
  readonly value: number;
}

/**
 * LeetCode deserialisation. Extra trailing nulls past the last slot are ignored (they describe
 * nothing); a non-null value past the last slot is reported as an orphan.
 */
export function fromLevelArray(values: LevelArray): { tree: BinaryTree } | { orphan: Orphan } {
  const first = values[0];
  if (first === undefined || first === null) {
    const stray = values.findIndex((v) => v !== null);
    return stray === -1 ? { tree: EMPTY_TREE } : { orphan: { index: stray, value: values[stray] as number } };
  }
  const nodes: { id: number; value: number; left: number | null; right: number | null; parent: number | null; depth: number }[] = [
    { id: 0, value: first, left: null, right: null, parent: null, depth: 0 },
  ];
  let parent = 0; // next node whose child slots are being filled (nodes are in level order)
  let side: 'left' | 'right' = 'left';
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (parent >= nodes.length) {
      if (v === null || v === undefined) continue;
      return { orphan: { index: i, value: v } };
    }
    const p = nodes[parent] as (typeof nodes)[number];
    if (v !== null && v !== undefined) {
      const id = nodes.length;
      nodes.push({ id, value: v, left: null, right: null, parent, depth: p.depth + 1 });
      if (side === 'left') p.left = id;
      else p.right = id;
    }
    if (side === 'left') side = 'right';
    else {
      side = 'left';
      parent++;
    }
  }
  return { tree: { root: 0, nodes } };
}

/** LeetCode serialisation, trailing nulls trimmed: [3,9,20,null,null,15,7]. */
export function toLevelArray(tree: BinaryTree): (number | null)[] {
  if (tree.root === null) return [];
  const out: (number | null)[] = [];
  const queue: (number | null)[] = [tree.root];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    if (id === null || id === undefined) {
      out.push(null);
      continue;
    }
    const node = tree.nodes[id] as TreeNodeData;
    out.push(node.value);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
