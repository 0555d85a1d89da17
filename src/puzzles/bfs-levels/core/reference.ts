// Reference solution: level-order traversal with a queue, one round per level.
//
// At the start of each round the queue holds exactly one level, so take `size` nodes off the
// front, record their values, and push their children: the children are the next level.
// A moving head index instead of queue.shift(): shift() moves every element, O(n) per call.
//
// Time: O(n), each node enqueued and dequeued once.
// Space: O(w) for the queue, w = the widest level (up to n/2 in a complete tree), plus the output.
import type { TreeNode } from './tree-node.ts';

export function levelOrder(root: TreeNode | null): number[][] {
  const result: number[][] = [];
  if (root === null) return result;
  const queue: TreeNode[] = [root];
  let head = 0;
  while (head < queue.length) {
    const size = queue.length - head;
    const level: number[] = [];
    for (let k = 0; k < size; k++) {
      const node = queue[head++] as TreeNode;
      level.push(node.val);
      if (node.left) queue.push(node.left);
      if (node.right) queue.push(node.right);
    }
    result.push(level);
  }
  return result;
}
