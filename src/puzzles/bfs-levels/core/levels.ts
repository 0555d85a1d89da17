// Breadth-first traversal by level, and the three classic variants built on it.
// Model: a FIFO queue; at the start of each level the queue holds exactly that level's nodes, so
// taking `size = queue.length` nodes and enqueueing their children yields one level per round.
// The queue is an array with a moving head (no shift(), which is O(n) per call): O(n) time and
// O(width) live queue. Sources: LeetCode 102 (level order), 103 (zigzag), 199 (right side view),
// 637 (level averages).
import type { BinaryTree, TreeNodeData } from './tree.ts';

/** Node ids, level by level. */
export function levelIds(tree: BinaryTree): number[][] {
  const out: number[][] = [];
  if (tree.root === null) return out;
  const queue: number[] = [tree.root];
  let head = 0;
  while (head < queue.length) {
    const size = queue.length - head;
    const level: number[] = [];
    for (let k = 0; k < size; k++) {
      const id = queue[head++] as number;
      level.push(id);
      const node = tree.nodes[id] as TreeNodeData;
      if (node.left !== null) queue.push(node.left);
      if (node.right !== null) queue.push(node.right);
    }
    out.push(level);
  }
  return out;
}

const valuesOf = (tree: BinaryTree, ids: readonly number[]): number[] => ids.map((id) => (tree.nodes[id] as TreeNodeData).value);

/** LeetCode 102: [[3],[9,20],[15,7]]. */
export function levelOrder(tree: BinaryTree): number[][] {
  return levelIds(tree).map((ids) => valuesOf(tree, ids));
}

/** LeetCode 103: every other level right to left, starting with the second. */
export function zigzagLevelOrder(tree: BinaryTree): number[][] {
  return levelOrder(tree).map((level, i) => (i % 2 === 1 ? level.reverse() : level));
}

/** LeetCode 199: the last node of each level. */
export function rightSideView(tree: BinaryTree): number[] {
  return levelOrder(tree).map((level) => level[level.length - 1] as number);
}

/** LeetCode 637: exact for 32-bit values (a level sum of ≤ 10,000 of them stays below 2^53). */
export function levelAverages(tree: BinaryTree): number[] {
  return levelOrder(tree).map((level) => level.reduce((a, b) => a + b, 0) / level.length);
}

export type BfsVariant = 'levels' | 'zigzag' | 'right-side' | 'averages';
export const BFS_VARIANTS: readonly BfsVariant[] = ['levels', 'zigzag', 'right-side', 'averages'];

/** The line printed for one level in a variant: "9 20", "20", "14.5". */
export function formatLevel(variant: BfsVariant, values: readonly number[], level: number): string {
  switch (variant) {
    case 'levels':
      return values.join(' ');
    case 'zigzag':
      return (level % 2 === 1 ? [...values].reverse() : values).join(' ');
    case 'right-side':
      return String(values[values.length - 1]);
    case 'averages':
      return formatAverage(values.reduce((a, b) => a + b, 0) / values.length);
  }
}

/** Up to 5 decimals, no trailing zeros: 14.5, 3.33333. */
export function formatAverage(x: number): string {
  return String(Number(x.toFixed(5)));
}

/** One line per level: the answer to "输出各层的值". */
export function formatLevels(tree: BinaryTree, variant: BfsVariant = 'levels'): string[] {
  return levelOrder(tree).map((values, level) => formatLevel(variant, values, level));
}
