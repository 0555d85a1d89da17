// What the user's levelOrder is judged against. Trees travel as LeetCode arrays (they must cross
// into the worker as plain data); the prelude's __buildTree turns them into TreeNode objects.
// Small cases are hand-checked; the large ones are seeded and their answers come from the core.
import type { PuzzleCase, PuzzleCases } from '../../workbench/puzzle-cases.ts';
import { createRandom } from '../../../labs/kernel/random.ts';
import { levelOrder } from './levels.ts';
import { randomTree } from './random-tree.ts';
import { toLevelArray } from './tree.ts';

type Args = readonly [tree: (number | null)[]];

/** Same behaviour as tree-node.ts (checked by cases.test.ts). */
export const BFS_PRELUDE = `class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val = 0, left: TreeNode | null = null, right: TreeNode | null = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

function __buildTree(values: (number | null)[]): TreeNode | null {
  if (values.length === 0 || values[0] === null || values[0] === undefined) return null;
  const root = new TreeNode(values[0]);
  const queue: TreeNode[] = [root];
  let head = 0;
  let i = 1;
  while (i < values.length && head < queue.length) {
    const node = queue[head++];
    const l = values[i++];
    if (l !== null && l !== undefined) queue.push((node.left = new TreeNode(l)));
    const r = values[i++];
    if (r !== null && r !== undefined) queue.push((node.right = new TreeNode(r)));
  }
  return root;
}
`;

const c = (tree: (number | null)[], expected: number[][], name = JSON.stringify(tree), nameEn = name): PuzzleCase<Args, number[][]> => ({
  name,
  nameEn,
  args: [tree],
  expected,
});

function generated(name: string, nameEn: string, seed: number, size: number, shape: 'bushy' | 'chain'): PuzzleCase<Args, number[][]> {
  const tree = randomTree(createRandom(seed), size, { shape, minValue: -1000, maxValue: 1000 });
  return { name, nameEn, args: [toLevelArray(tree)], expected: levelOrder(tree) };
}

export const bfsCases: PuzzleCases<Args, number[][]> = {
  functionName: 'levelOrder',
  signature: 'function levelOrder(root: TreeNode | null): number[][]',
  starter: `/**
 * 二叉树按层输出：返回每一层节点值组成的数组，层内从左到右。
 * 例：[3,9,20,null,null,15,7] → [[3],[9,20],[15,7]]
 *
 * 已定义（可直接使用）：
 * class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
 */
function levelOrder(root: TreeNode | null): number[][] {
  // 你的代码
  return [];
}
`,
  starterEn: `/**
 * Binary tree level order: return an array of each level's node values, left to right within a level.
 * E.g. [3,9,20,null,null,15,7] → [[3],[9,20],[15,7]]
 *
 * Already defined (use it as is):
 * class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }
 */
function levelOrder(root: TreeNode | null): number[][] {
  // your code
  return [];
}
`,
  prelude: BFS_PRELUDE,
  invoke: '(fn, args) => fn(__buildTree(args[0]))',
  visible: [
    c(
      [3, 9, 20, null, null, 15, 7],
      [[3], [9, 20], [15, 7]],
      '[3,9,20,null,null,15,7]：LeetCode 102 的例子',
      '[3,9,20,null,null,15,7]: the LeetCode 102 example',
    ),
    c([1], [[1]]),
    c([], [], '[]：空树', '[]: empty tree'),
  ],
  hidden: [
    c([1, 2], [[1], [2]]),
    c([1, null, 2], [[1], [2]]),
    c([1, 2, 3, 4, 5, 6, 7], [[1], [2, 3], [4, 5, 6, 7]], '满二叉树', 'full tree'),
    c([1, 2, 3, 4, null, null, 5], [[1], [2, 3], [4, 5]]),
    c([1, 2, null, 3, null, 4, null, 5], [[1], [2], [3], [4], [5]], '只有左孩子的链', 'left children only'),
    c([1, null, 2, null, 3, null, 4], [[1], [2], [3], [4]], '只有右孩子的链', 'right children only'),
    c([-10, 9, 20, null, null, -15, 7], [[-10], [9, 20], [-15, 7]], '负数', 'negative values'),
    c([0, 0, 0, 0, null, null, 0], [[0], [0, 0], [0, 0]], '重复的值', 'repeated values'),
    c([1, 2, 3, null, 4, 5, null, 6, null, null, 7], [[1], [2, 3], [4, 5], [6, 7]]),
    c([2147483647, -2147483648], [[2147483647], [-2147483648]], '32 位整数边界', '32-bit integer limits'),
    c([null], [], '[null]：空树', '[null]: empty tree'),
    generated('随机树，2000 个节点', 'random tree, 2000 nodes', 102, 2000, 'bushy'),
    generated('随机链，深 3000', 'random chain, 3000 deep', 103, 3000, 'chain'),
  ],
  timeLimitMs: 2000,
  judge(actual, expected, _args, language = 'zh') {
    const m = language === 'en' ? JUDGE_EN : JUDGE_ZH;
    if (!Array.isArray(actual)) return { pass: false, message: m.type(describe(actual, m)) };
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      const got: unknown = actual[i];
      const want = expected[i];
      if (want === undefined) return { pass: false, message: m.extra(expected.length, actual.length, i + 1, describe(got, m)) };
      if (got === undefined) return { pass: false, message: m.missing(expected.length, actual.length, i + 1, JSON.stringify(want)) };
      if (!Array.isArray(got) || got.length !== want.length || got.some((v, k) => v !== want[k])) {
        return { pass: false, message: m.wrong(i + 1, JSON.stringify(want), describe(got, m)) };
      }
    }
    return { pass: true };
  },
};

const JUDGE_ZH = {
  undef: 'undefined（是不是忘了 return？）',
  type: (got: string) => `应返回 number[][]，实际返回了 ${got}`,
  extra: (want: number, got: number, level: number, shown: string) => `层数不对：期望 ${want} 层，实际 ${got} 层（第 ${level} 层是多出来的：${shown}）`,
  missing: (want: number, got: number, level: number, shown: string) => `层数不对：期望 ${want} 层，实际 ${got} 层（缺少第 ${level} 层 ${shown}）`,
  wrong: (level: number, want: string, got: string) => `第 ${level} 层不对：期望 ${want}，实际 ${got}（层内顺序必须从左到右）`,
};
const JUDGE_EN: typeof JUDGE_ZH = {
  undef: 'undefined (a missing return?)',
  type: (got: string) => `should return number[][], returned ${got}`,
  extra: (want: number, got: number, level: number, shown: string) =>
    `wrong number of levels: expected ${want}, got ${got} (level ${level} is extra: ${shown})`,
  missing: (want: number, got: number, level: number, shown: string) =>
    `wrong number of levels: expected ${want}, got ${got} (level ${level}, ${shown}, is missing)`,
  wrong: (level: number, want: string, got: string) => `level ${level} is wrong: expected ${want}, got ${got} (left to right within a level)`,
};

function describe(x: unknown, m: typeof JUDGE_ZH = JUDGE_ZH): string {
  if (x === undefined) return m.undef;
  let text: string;
  try {
    text = JSON.stringify(x) ?? String(x);
  } catch {
    text = String(x);
  }
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
