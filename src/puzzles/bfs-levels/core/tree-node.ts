// The pointer-based TreeNode the user's code receives (LeetCode's definition), and the
// deserialiser that builds it from the level-order array. cases.ts carries the same two as source
// text (the runner's prelude); cases.test.ts checks that both build the same trees.

export class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

/** LeetCode deserialisation: [3,9,20,null,null,15,7] → root 3 with children 9 and 20, … */
export function buildTree(values: readonly (number | null)[]): TreeNode | null {
  if (values.length === 0 || values[0] === null || values[0] === undefined) return null;
  const root = new TreeNode(values[0]);
  const queue: TreeNode[] = [root];
  let head = 0;
  let i = 1;
  while (i < values.length && head < queue.length) {
    const node = queue[head++] as TreeNode;
    const l = values[i++];
    if (l !== null && l !== undefined) queue.push((node.left = new TreeNode(l)));
    const r = values[i++];
    if (r !== null && r !== undefined) queue.push((node.right = new TreeNode(r)));
  }
  return root;
}
