// Every user-facing string of the 24-game page, in Chinese and English.
import type { Op } from './core/expression.ts';
import type { ExpressionErrorCode } from './core/parse-expression.ts';
import type { Trace24Step } from './core/trace.ts';
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';

export const OP_SIGN: Record<Op, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' };

const list = (xs: readonly { value: string }[]) => xs.map((x) => x.value).join('、');
const listEn = (xs: readonly { value: string }[]) => xs.map((x) => x.value).join(', ');

/** One sentence per step of the search, for the picture and the trace table. */
export function explainStep(step: Trace24Step, target: string): string {
  return currentLanguage() === 'en' ? explainStepEn(step, target) : explainStepZh(step, target);
}

function explainStepZh(step: Trace24Step, target: string): string {
  switch (step.kind) {
    case 'start':
      return `开始：手里有 ${list(step.items)}，目标 ${target}。每一步挑两个数，用 + − × ÷ 合成一个。`;
    case 'combine':
      return `取 ${step.left.value} 和 ${step.right.value}，${step.left.value} ${OP_SIGN[step.op]} ${step.right.value} = ${step.result.value}；剩下 ${list(step.items)}。`;
    case 'divide-by-zero':
      return `${step.left.value} ÷ ${step.right.value}：除数是 0，跳过这一种。`;
    case 'memo-hit':
      return `${list(step.items)} 这组数之前已经试过，凑不出 ${target}，直接跳过（记忆）。`;
    case 'dead-end':
      return `只剩 ${step.items[0]?.value ?? ''}，不等于 ${target}：此路不通。`;
    case 'found':
      return `找到了：${step.expression} = ${target}。`;
    case 'backtrack':
      return `回退：撤销上一次合并，回到 ${list(step.items)}，试下一种。`;
    case 'exhausted':
      return `所有挑法和运算都试过了，没有一种能得到 ${target}：无解。`;
  }
}

const zhStepNames: Record<Trace24Step['kind'], string> = {
  start: '开始',
  combine: '合并',
  'divide-by-zero': '跳过 ÷0',
  'memo-hit': '记忆命中',
  'dead-end': '不通',
  found: '找到',
  backtrack: '回退',
  exhausted: '无解',
};

const zhT = {
  title: '24 点',
  intro:
    '给几个数（经典玩法是 4 张 1–13 的牌），用 + − × ÷ 和括号，每个数恰好用一次，凑出目标值（通常是 24）。这里用精确的分数运算穷举：8 ÷ (3 − 8 ÷ 3) = 24 这种需要分数的解能找到，浮点数的 23.999999999999996 不会被当成 24。无解时给出的是证明：所有组合都试过了。',
  params: '数字和目标',
  numLabel: (i: number) => `第 ${i} 个数`,
  numsHelp: '整数、小数或分数（如 8/3），−1000000 到 1000000。',
  addNumber: '＋ 再加一个数',
  removeNumber: (i: number) => `去掉第 ${i} 个数`,
  maxNumbers: (max: number) => `最多 ${max} 个数`,
  targetLabel: '目标',
  presets: '经典题目',
  bad: {
    notNumber: '不是数：可以写整数、小数或分数（如 8/3）',
    range: '必须在 −1000000 到 1000000 之间（分母不超过 1000000）',
  },
  solutionsTitle: '解',
  solvable: (n: number, complete: boolean, target: string) =>
    complete ? `能凑出 ${target}：共 ${n} 种不同的算式（只差交换律、结合律的算作同一种）。` : `能凑出 ${target}：下面列出前 ${n} 种（太多了，没有列全）。`,
  unsolvable: (target: string) => `无解：不存在任何算式能得到 ${target}。`,
  proof: (states: number, ops: number, hits: number) =>
    `证明：穷举了 ${states.toLocaleString('zh-CN')} 组数，做了 ${ops.toLocaleString('zh-CN')} 次运算，${hits.toLocaleString('zh-CN')} 次记忆命中——每种挑两个数、每种运算都试过了。`,
  searchStats: (states: number, ops: number, hits: number) =>
    `搜索：${states.toLocaleString('zh-CN')} 组数，${ops.toLocaleString('zh-CN')} 次运算，${hits.toLocaleString('zh-CN')} 次记忆命中。`,
  solving: '在后台求解中…',
  cancel: '取消',
  cancelled: '已取消。改一下数字会重新求解。',
  workerNote: '求解在 Web Worker 里进行：6 个数也不会卡住页面。',
  traceTitle: '搜索过程',
  traceIntro: '搜索每次挑两个数合成一个，直到只剩一个数；不等于目标就回退，换一种挑法或运算。同一组数（不管顺序）失败过一次就记住，再遇到直接跳过。',
  traceTruncated: (n: number) => `搜索太长，这里只播放前 ${n} 步（上面的结论仍然来自完整的穷举）。`,
  traceAria: (values: string) => `当前手里的数：${values}`,
  pathTitle: '已经做的合并',
  pathEmpty: '（还没合并）',
  depth: (d: number) => `第 ${d} 层`,
  colStep: '步',
  colDepth: '层',
  colKind: '动作',
  colWhy: '说明',
  colItems: '手里的数',
  checkTitle: '检查我的算式',
  checkLabel: '算式',
  checkPlaceholder: '例如 (8-4)*(7-1)，也可以用 × ÷ −',
  checkHelp: '用上面的数字写一个算式，按精确分数计算。',
  check: {
    syntax: (at: number, message: string) => `第 ${at + 1} 个字符：${message}`,
    wrongNumbers: (missing: readonly string[], extra: readonly string[]) =>
      [missing.length > 0 ? `少用了 ${missing.join('、')}` : '', extra.length > 0 ? `多出了 ${extra.join('、')}（手里没有或用了不止一次）` : '']
        .filter(Boolean)
        .join('；'),
    wrongValue: (value: string, target: string) => `结果是 ${value}，不等于 ${target}。`,
    ok: (value: string, nums: string) => `正确：结果恰好是 ${value}，每个数（${nums}）各用了一次。`,
  },
  referenceComplexity:
    '时间：n 个数时，每层要挑一对数（C(n,2) 种）和 6 种运算，共 n−1 层，最多 ∏ 6·C(k,2) = 3^(n−1)·n!·(n−1)! 个叶子——4 个数时 3,888 个，对固定大小的题是常数。空间：递归 n−1 层，每层 O(n) 个数。',
  presetNotes: { fraction: '要用分数', none: '无解', five: '5 个数', six: '6 个数' } as Record<string, string>,
  colon: '：',
  listSep: '、',
  exprErrors: {
    'missing-paren': () => '缺少右括号 )',
    incomplete: () => '表达式不完整：这里应该是一个数',
    'not-a-number': (c: string) => `这里应该是一个数，而不是“${c}”`,
    'divide-by-zero': () => '除数为 0',
    empty: () => '表达式是空的',
    'extra-char': (c: string) => `多余的字符“${c}”`,
  } as Record<ExpressionErrorCode, (char: string) => string>,
};

function explainStepEn(step: Trace24Step, target: string): string {
  switch (step.kind) {
    case 'start':
      return `Start: holding ${listEn(step.items)}, target ${target}. Each step picks two numbers and combines them with + − × ÷.`;
    case 'combine':
      return `Take ${step.left.value} and ${step.right.value}: ${step.left.value} ${OP_SIGN[step.op]} ${step.right.value} = ${step.result.value}; left with ${listEn(step.items)}.`;
    case 'divide-by-zero':
      return `${step.left.value} ÷ ${step.right.value}: division by 0, skip this one.`;
    case 'memo-hit':
      return `${listEn(step.items)} was tried before and cannot make ${target}: skipped (memo).`;
    case 'dead-end':
      return `Only ${step.items[0]?.value ?? ''} is left, not ${target}: dead end.`;
    case 'found':
      return `Found: ${step.expression} = ${target}.`;
    case 'backtrack':
      return `Backtrack: undo the last combination, back to ${listEn(step.items)}, try the next one.`;
    case 'exhausted':
      return `Every pick and every operation has been tried and none makes ${target}: no solution.`;
  }
}

const enStepNames: typeof zhStepNames = {
  start: 'start',
  combine: 'combine',
  'divide-by-zero': 'skip ÷0',
  'memo-hit': 'memo hit',
  'dead-end': 'dead end',
  found: 'found',
  backtrack: 'backtrack',
  exhausted: 'no solution',
};

const enT: typeof zhT = {
  title: '24 game',
  intro:
    "Given a few numbers (classically 4 cards from 1 to 13), use + − × ÷ and parentheses, each number exactly once, to reach the target (usually 24). The search here uses exact fractions: a solution that needs a fraction, like 8 ÷ (3 − 8 ÷ 3) = 24, is found, and floating point's 23.999999999999996 is never taken for 24. When there is no solution, the answer is a proof: every combination was tried.",
  params: 'Numbers and target',
  numLabel: (i: number) => `Number ${i}`,
  numsHelp: 'Whole numbers, decimals or fractions (like 8/3), from −1000000 to 1000000.',
  addNumber: '+ Add a number',
  removeNumber: (i: number) => `Remove number ${i}`,
  maxNumbers: (max: number) => `At most ${max} numbers`,
  targetLabel: 'Target',
  presets: 'Classic puzzles',
  bad: {
    notNumber: 'Not a number: write a whole number, a decimal or a fraction (like 8/3)',
    range: 'Must be between −1000000 and 1000000 (denominator at most 1000000)',
  },
  solutionsTitle: 'Solutions',
  solvable: (n: number, complete: boolean, target: string) =>
    complete
      ? `${target} is reachable: ${n} distinct expression${n === 1 ? '' : 's'} (ones that differ only by commutativity or associativity count once).`
      : `${target} is reachable: the first ${n} are listed below (too many to list them all).`,
  unsolvable: (target: string) => `No solution: no expression reaches ${target}.`,
  proof: (states: number, ops: number, hits: number) =>
    `Proof: searched ${states.toLocaleString('en-US')} sets of numbers with ${ops.toLocaleString('en-US')} operations and ${hits.toLocaleString('en-US')} memo hits; every pair and every operation was tried.`,
  searchStats: (states: number, ops: number, hits: number) =>
    `Search: ${states.toLocaleString('en-US')} sets of numbers, ${ops.toLocaleString('en-US')} operations, ${hits.toLocaleString('en-US')} memo hits.`,
  solving: 'Solving in the background…',
  cancel: 'Cancel',
  cancelled: 'Cancelled. Changing a number solves again.',
  workerNote: 'The solver runs in a Web Worker: even 6 numbers will not freeze the page.',
  traceTitle: 'The search',
  traceIntro:
    'Each step picks two numbers and combines them into one until a single number is left; if it is not the target, backtrack and try another pair or operation. A set of numbers (in any order) that failed once is remembered and skipped the next time.',
  traceTruncated: (n: number) => `The search is long; only its first ${n} steps are played here (the verdict above still comes from the full search).`,
  traceAria: (values: string) => `Numbers in hand: ${values}`,
  pathTitle: 'Combinations so far',
  pathEmpty: '(none yet)',
  depth: (d: number) => `level ${d}`,
  colStep: 'Step',
  colDepth: 'Level',
  colKind: 'Action',
  colWhy: 'Why',
  colItems: 'Numbers in hand',
  checkTitle: 'Check my expression',
  checkLabel: 'Expression',
  checkPlaceholder: 'e.g. (8-4)*(7-1); × ÷ − work too',
  checkHelp: 'Write an expression with the numbers above; it is evaluated with exact fractions.',
  check: {
    syntax: (at: number, message: string) => `character ${at + 1}: ${message}`,
    wrongNumbers: (missing: readonly string[], extra: readonly string[]) =>
      [missing.length > 0 ? `${missing.join(', ')} not used` : '', extra.length > 0 ? `${extra.join(', ')} extra (not in hand, or used more than once)` : '']
        .filter(Boolean)
        .join('; '),
    wrongValue: (value: string, target: string) => `The result is ${value}, not ${target}.`,
    ok: (value: string, nums: string) => `Correct: the result is exactly ${value}, and each number (${nums}) is used once.`,
  },
  referenceComplexity:
    'Time: with n numbers each level picks a pair (C(n,2) ways) and one of 6 operations, over n−1 levels, so at most ∏ 6·C(k,2) = 3^(n−1)·n!·(n−1)! leaves: 3,888 for 4 numbers, a constant for a fixed-size puzzle. Space: n−1 levels of recursion with O(n) numbers each.',
  presetNotes: { fraction: 'needs a fraction', none: 'no solution', five: '5 numbers', six: '6 numbers' },
  colon: ': ',
  listSep: ', ',
  exprErrors: {
    'missing-paren': () => 'missing closing parenthesis )',
    incomplete: () => 'the expression is incomplete: a number should come here',
    'not-a-number': (c: string) => `a number should come here, not "${c}"`,
    'divide-by-zero': () => 'division by 0',
    empty: () => 'the expression is empty',
    'extra-char': (c: string) => `unexpected character "${c}"`,
  },
};

export const zh = { T: zhT, stepNames: zhStepNames };
export const en: typeof zh = { T: enT, stepNames: enStepNames };
export const T = liveStrings({ zh: zhT, en: enT });
export const STEP_NAMES = liveStrings({ zh: zhStepNames, en: enStepNames });
