// Editing a tree by clicking: add a child in an empty slot, change a value, delete a subtree.
// The tree stays flat data in level order (tree.ts's invariant), so an edit applies to a
// copy of the nodes and round-trips through the level array, which renumbers the ids.
// A deleted subtree simply becomes unreachable from the root and is dropped by toLevelArray.
import { MAX_NODES } from './parse-tree.ts';
import { type BinaryTree, EMPTY_TREE, fromLevelArray, toLevelArray } from './tree.ts';

export type TreeEdit =
  | { readonly kind: 'add'; readonly parent: number | null; readonly side: 'left' | 'right'; readonly value: number }
  | { readonly kind: 'set'; readonly node: number; readonly value: number }
  | { readonly kind: 'delete'; readonly node: number };

type MutableNode = { id: number; value: number; left: number | null; right: number | null; parent: number | null; depth: number };

/** Applies one edit; throws on an edit that does not fit the tree (occupied slot, unknown node). */
export function editTree(tree: BinaryTree, edit: TreeEdit): BinaryTree {
  const nodes: MutableNode[] = tree.nodes.map((n) => ({ ...n }));
  let root = tree.root;
  const nodeAt = (id: number): MutableNode => {
    const n = nodes[id];
    if (!n) throw new RangeError(`no node ${id}`);
    return n;
  };
  switch (edit.kind) {
    case 'add': {
      if (nodes.length >= MAX_NODES) throw new RangeError('tree is full');
      const id = nodes.length;
      if (edit.parent === null) {
        if (root !== null) throw new RangeError('the tree already has a root');
        nodes.push({ id, value: edit.value, left: null, right: null, parent: null, depth: 0 });
        root = id;
        break;
      }
      const parent = nodeAt(edit.parent);
      if (parent[edit.side] !== null) throw new RangeError('slot is taken');
      nodes.push({ id, value: edit.value, left: null, right: null, parent: parent.id, depth: parent.depth + 1 });
      parent[edit.side] = id;
      break;
    }
    case 'set':
      nodeAt(edit.node).value = edit.value;
      break;
    case 'delete': {
      const node = nodeAt(edit.node);
      if (node.parent === null) return EMPTY_TREE;
      const parent = nodeAt(node.parent);
      if (parent.left === node.id) parent.left = null;
      else parent.right = null;
      break;
    }
  }
  const built = fromLevelArray(toLevelArray({ root, nodes }));
  if (!('tree' in built)) throw new Error('unreachable: a serialised tree always rebuilds');
  return built.tree;
}

/** How many nodes a delete removes (the node and its descendants), for the confirmation text. */
export function subtreeSize(tree: BinaryTree, id: number): number {
  let count = 0;
  const stack = [id];
  while (stack.length > 0) {
    const n = tree.nodes[stack.pop() as number];
    if (!n) continue;
    count++;
    if (n.left !== null) stack.push(n.left);
    if (n.right !== null) stack.push(n.right);
  }
  return count;
}
