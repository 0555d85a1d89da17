// Every user-facing string of the BFS page, in Chinese and English.
import type { BfsStep } from './core/bfs-trace.ts';
import type { BfsVariant } from './core/levels.ts';
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';

const zhS = {
  title: '二叉树按层输出（BFS）',
  intro:
    '广度优先遍历用一个队列：每一层开始时，队列里恰好是这一层的全部节点，先记下个数 size，本轮只出队 size 个，同时把它们的孩子入队——这些孩子就是下一层。输入一棵树（LeetCode 的数组写法，或直接点击搭一棵），看每一层的输出，再单步看队列怎么变化。',
  statementTitle: '题目',
  statement: '给定二叉树的根节点 root，返回按层遍历的结果：每层一个数组，层内从左到右（LeetCode 102）。笔记里的说法是“输出各层的值”：每层打印一行。',
  signatureLabel: '函数签名',
  inputTitle: '输入一棵树',
  arrayLabel: '层序数组',
  arrayHelp: '例如 [3,9,20,null,null,15,7]：先根，再按层从左到右，空位写 null；空树写 []。',
  examplesLabel: '示例',
  examples: { leetcode: 'LeetCode 例子', full: '满二叉树', chain: '左斜链', empty: '空树', random: '随机树' },
  variantLegend: '输出方式（变体）',
  variants: {
    levels: '每层一行（102）',
    zigzag: '之字形（103）',
    'right-side': '右视图（199）',
    averages: '每层平均值（637）',
  } satisfies Record<BfsVariant, string>,
  variantNotes: {
    levels: '每层从左到右输出。',
    zigzag: '第 1 层从左到右，第 2 层从右到左，交替；遍历本身不变，只是偶数层输出前反转。',
    'right-side': '站在树的右边看到的节点：每层最后一个出队的节点。',
    averages: '每层的和除以个数（最多保留 5 位小数）。',
  } satisfies Record<BfsVariant, string>,
  outputTitle: '输出（每层一行）',
  outputEmpty: '（空树，没有输出）',
  treeTitle: '树与动画',
  editToggle: '✎ 点击编辑树',
  editDone: '完成编辑',
  editHint: '点虚线的 “+” 空位添加孩子，点节点修改值或删除。Tab 在节点和空位之间移动，Enter 选中，Esc 取消。',
  tooBigToDraw: (n: number, max: number) => `这棵树有 ${n} 个节点，超过 ${max} 个不再画出（也不能点击编辑，请改数组）；下面的队列、当前层和输出照常播放。`,
  treePictureLabel: (n: number, what: string) => `二叉树，${n} 个节点。${what}`,
  treeEditLabel: '二叉树编辑器',
  nodeButton: (value: number, depth: number) => `节点 ${value}（第 ${depth + 1} 层）：修改或删除`,
  slotButton: (parent: number | null, side: 'left' | 'right') =>
    parent === null ? '添加根节点' : `在 ${parent} 的${side === 'left' ? '左' : '右'}孩子位置添加节点`,
  addRoot: '+ 添加根节点',
  editorAddTitle: (parent: number | null, side: 'left' | 'right') => (parent === null ? '添加根节点' : `给 ${parent} 添加${side === 'left' ? '左' : '右'}孩子`),
  editorEditTitle: (value: number) => `节点 ${value}`,
  valueLabel: '节点值',
  add: '添加',
  save: '保存',
  remove: (n: number) => (n > 1 ? `删除（连同 ${n - 1} 个子孙）` : '删除'),
  cancel: '取消',
  valueError: '节点值必须是 −2147483648 到 2147483647 之间的整数',
  treeFull: (max: number) => `最多 ${max} 个节点`,
  legend: { current: '正在处理', queued: '在队列中', visited: '已出队', level: '当前层（圆环）', idle: '未访问', nextLevel: '虚线框：下一层' },
  queueTitle: '队列（队头 → 队尾）',
  queueEmpty: '（空）',
  queueNote: '实线框：当前层的节点；虚线框：已入队的下一层节点；实心：刚入队。',
  queueMore: (n: number) => `…还有 ${n} 个`,
  levelNow: (level: number, size: number) => `当前层：第 ${level + 1} 层，共 ${size} 个节点`,
  visitedNow: (k: number, n: number) => `已出队 ${k} / ${n}`,
  printedTitle: '已输出',
  printedNone: '（还没有）',
  traceCaption: 'BFS 的每一步',
  colStep: '步',
  colAction: '动作',
  colWhy: '说明',
  colQueue: '之后的队列',
  referenceTitle: '参考解法',
  referenceComplexity: '时间 O(n)：每个节点入队、出队各一次。空间 O(w)：队列最多装下最宽的一层（完全二叉树约 n/2），另加输出。',
  actions: { start: '准备', 'level-start': '层开始', dequeue: '出队', enqueue: '入队', 'level-end': '层结束', done: '结束' } satisfies Record<
    BfsStep['kind'],
    string
  >,
  queueMoreShort: (n: number) => `, …共 ${n} 个`,
  outputMore: (n: number) => `…（共 ${n} 行）`,
  colon: '：',
};

/** One sentence for a step, in the UI language: what happened and why. */
export function describeStep(step: BfsStep, valueOf: (id: number) => number, variant: BfsVariant): string {
  return currentLanguage() === 'en' ? describeStepEn(step, valueOf, variant) : describeStepZh(step, valueOf, variant);
}

function describeStepZh(step: BfsStep, valueOf: (id: number) => number, variant: BfsVariant): string {
  switch (step.kind) {
    case 'start':
      return step.queueEnd === 0 && step.queueStart === 0 ? '准备：队列为空；树不空时先把根节点放进队列。' : '准备。';
    case 'level-start':
      return `第 ${step.level + 1} 层开始：队列里正好是这一层的 ${step.size} 个节点，记下 size = ${step.size}，本轮只出队 ${step.size} 个。`;
    case 'dequeue':
      return `出队 ${valueOf(step.node)}，记入第 ${step.level + 1} 层；接着把它的孩子依次入队。`;
    case 'enqueue':
      return `${valueOf(step.parent)} 的${step.side === 'left' ? '左' : '右'}孩子 ${valueOf(step.node)} 入队，排在队尾，属于第 ${step.level + 2} 层。`;
    case 'level-end':
      return `第 ${step.level + 1} 层的 ${step.ids.length} 个节点都出队了，输出一行：${step.line}${variantNote(variant, step.level, step.values)}`;
    case 'done':
      return step.lines.length === 0 ? '空树：队列一开始就是空的，没有输出。' : `队列空了，BFS 结束：共 ${step.lines.length} 层，${step.lines.length} 行输出。`;
  }
}

function variantNote(variant: BfsVariant, level: number, values: readonly number[]): string {
  switch (variant) {
    case 'levels':
      return '。';
    case 'zigzag':
      return level % 2 === 1 ? '（之字形：这是第偶数层，反过来输出）。' : '（之字形：这是第奇数层，从左到右）。';
    case 'right-side':
      return '（右视图：只输出本层最后一个出队的节点）。';
    case 'averages':
      return `（平均值：${values.length <= 6 ? values.join(' + ') : `${values.length} 个值`} 的和 ${values.reduce((a, b) => a + b, 0)} 除以 ${values.length}）。`;
  }
}

const enS: typeof zhS = {
  title: 'Binary tree level order (BFS)',
  intro:
    "Breadth-first traversal uses a queue: when a level starts, the queue holds exactly that level's nodes, so record their count as size, dequeue exactly size nodes this round, and enqueue their children, which make up the next level. Enter a tree (LeetCode's array form, or build one by clicking), see each level's output, then step through to watch the queue change.",
  statementTitle: 'Problem',
  statement:
    'Given the root of a binary tree, return its level order traversal: one array per level, left to right within a level (LeetCode 102). The notes put it as "print the values of each level": one line per level.',
  signatureLabel: 'Signature',
  inputTitle: 'Enter a tree',
  arrayLabel: 'Level-order array',
  arrayHelp: 'e.g. [3,9,20,null,null,15,7]: the root first, then level by level left to right, null for a gap; [] for an empty tree.',
  examplesLabel: 'Examples',
  examples: { leetcode: 'LeetCode example', full: 'Full tree', chain: 'Left chain', empty: 'Empty tree', random: 'Random tree' },
  variantLegend: 'Output (variant)',
  variants: {
    levels: 'One line per level (102)',
    zigzag: 'Zigzag (103)',
    'right-side': 'Right side view (199)',
    averages: 'Level averages (637)',
  },
  variantNotes: {
    levels: 'Each level left to right.',
    zigzag: 'Level 1 left to right, level 2 right to left, alternating; the traversal is the same, even levels are reversed before output.',
    'right-side': 'The nodes you see standing on the right of the tree: the last node dequeued on each level.',
    averages: "Each level's sum divided by its count (up to 5 decimals).",
  },
  outputTitle: 'Output (one line per level)',
  outputEmpty: '(empty tree, no output)',
  treeTitle: 'Tree and animation',
  editToggle: '✎ Edit the tree by clicking',
  editDone: 'Done editing',
  editHint:
    'Click a dashed "+" slot to add a child, click a node to change its value or remove it. Tab moves between nodes and slots, Enter selects, Esc cancels.',
  tooBigToDraw: (n: number, max: number) =>
    `This tree has ${n} nodes; beyond ${max} it is not drawn (nor editable by clicking; edit the array). The queue, current level and output below still play.`,
  treePictureLabel: (n: number, what: string) => `Binary tree, ${n} nodes. ${what}`,
  treeEditLabel: 'Binary tree editor',
  nodeButton: (value: number, depth: number) => `Node ${value} (level ${depth + 1}): change or remove`,
  slotButton: (parent: number | null, side: 'left' | 'right') => (parent === null ? 'Add the root' : `Add a node as the ${side} child of ${parent}`),
  addRoot: '+ Add the root',
  editorAddTitle: (parent: number | null, side: 'left' | 'right') => (parent === null ? 'Add the root' : `Add a ${side} child to ${parent}`),
  editorEditTitle: (value: number) => `Node ${value}`,
  valueLabel: 'Value',
  add: 'Add',
  save: 'Save',
  remove: (n: number) => (n > 1 ? `Remove (with ${n - 1} descendant${n > 2 ? 's' : ''})` : 'Remove'),
  cancel: 'Cancel',
  valueError: 'A node value must be a whole number from −2147483648 to 2147483647',
  treeFull: (max: number) => `At most ${max} nodes`,
  legend: {
    current: 'being processed',
    queued: 'in the queue',
    visited: 'dequeued',
    level: 'current level (ring)',
    idle: 'not visited',
    nextLevel: 'dashed box: next level',
  },
  queueTitle: 'Queue (head → tail)',
  queueEmpty: '(empty)',
  queueNote: 'Solid box: nodes of the current level; dashed box: next-level nodes already queued; filled: just enqueued.',
  queueMore: (n: number) => `…${n} more`,
  levelNow: (level: number, size: number) => `Current level: level ${level + 1}, ${size} node(s)`,
  visitedNow: (k: number, n: number) => `Dequeued ${k} / ${n}`,
  printedTitle: 'Output so far',
  printedNone: '(nothing yet)',
  traceCaption: 'Every step of the BFS',
  colStep: 'Step',
  colAction: 'Action',
  colWhy: 'Why',
  colQueue: 'Queue after',
  referenceTitle: 'Reference solution',
  referenceComplexity:
    'Time O(n): each node is enqueued and dequeued once. Space O(w): the queue holds at most the widest level (about n/2 for a complete tree), plus the output.',
  actions: { start: 'prepare', 'level-start': 'level starts', dequeue: 'dequeue', enqueue: 'enqueue', 'level-end': 'level ends', done: 'done' },
  queueMoreShort: (n: number) => `, … ${n} in all`,
  outputMore: (n: number) => `… (${n} lines in all)`,
  colon: ': ',
};

function describeStepEn(step: BfsStep, valueOf: (id: number) => number, variant: BfsVariant): string {
  switch (step.kind) {
    case 'start':
      return step.queueEnd === 0 && step.queueStart === 0 ? 'Prepare: the queue is empty; if the tree is not, the root goes in first.' : 'Prepare.';
    case 'level-start':
      return `Level ${step.level + 1} starts: the queue holds exactly this level's ${step.size} node(s); note size = ${step.size} and dequeue only ${step.size} this round.`;
    case 'dequeue':
      return `Dequeue ${valueOf(step.node)} and add it to level ${step.level + 1}; then enqueue its children in order.`;
    case 'enqueue':
      return `${valueOf(step.parent)}'s ${step.side} child ${valueOf(step.node)} joins the tail of the queue; it belongs to level ${step.level + 2}.`;
    case 'level-end':
      return `All ${step.ids.length} node(s) of level ${step.level + 1} are dequeued; output one line: ${step.line}${variantNoteEn(variant, step.level, step.values)}`;
    case 'done':
      return step.lines.length === 0
        ? 'Empty tree: the queue is empty from the start, no output.'
        : `The queue is empty and BFS is done: ${step.lines.length} level(s), ${step.lines.length} line(s) of output.`;
  }
}

function variantNoteEn(variant: BfsVariant, level: number, values: readonly number[]): string {
  switch (variant) {
    case 'levels':
      return '.';
    case 'zigzag':
      return level % 2 === 1 ? ' (zigzag: an even level, output reversed).' : ' (zigzag: an odd level, left to right).';
    case 'right-side':
      return ' (right side view: only the last node dequeued on this level).';
    case 'averages':
      return ` (average: the sum ${values.reduce((a, b) => a + b, 0)} of ${values.length <= 6 ? values.join(' + ') : `${values.length} values`}, divided by ${values.length}).`;
  }
}

export const zh = { s: zhS };
export const en: typeof zh = { s: enS };
export const s = liveStrings({ zh: zhS, en: enS });
