// Positions for drawing: x is the node's rank in in-order traversal, y its depth (the classic
// layout of Knuth's "Optimum binary search trees", 1971). Every left descendant sits left of its
// parent and every right descendant right of it, no two nodes share an x, and no edges cross.
// Iterative in-order walk: a 10,000-node chain must not overflow the stack.
import type { BinaryTree, TreeNodeData } from './tree.ts';

export interface LaidOutNode {
  readonly id: number;
  readonly value: number;
  /** 0 … width−1 */
  readonly x: number;
  /** depth, 0 … height−1 */
  readonly y: number;
}

export interface TreeLayout {
  /** Indexed by node id. */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly { readonly from: number; readonly to: number; readonly side: 'left' | 'right' }[];
  readonly width: number;
  readonly height: number;
}

export function layoutTree(tree: BinaryTree): TreeLayout {
  const xs = new Array<number>(tree.nodes.length).fill(0);
  const stack: number[] = [];
  let cur: number | null = tree.root;
  let rank = 0;
  while (cur !== null || stack.length > 0) {
    while (cur !== null) {
      stack.push(cur);
      cur = (tree.nodes[cur] as TreeNodeData).left;
    }
    const id = stack.pop() as number;
    xs[id] = rank++;
    cur = (tree.nodes[id] as TreeNodeData).right;
  }
  const nodes = tree.nodes.map((n) => ({ id: n.id, value: n.value, x: xs[n.id] ?? 0, y: n.depth }));
  const edges = tree.nodes.flatMap((n) => [
    ...(n.left !== null ? [{ from: n.id, to: n.left, side: 'left' as const }] : []),
    ...(n.right !== null ? [{ from: n.id, to: n.right, side: 'right' as const }] : []),
  ]);
  const height = tree.nodes.reduce((h, n) => Math.max(h, n.depth + 1), 0);
  return { nodes, edges, width: tree.nodes.length, height };
}
