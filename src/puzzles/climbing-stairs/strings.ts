// Every user-facing string of the climbing-stairs page, in Chinese and English.
import type { MemoEvent } from './core/memo.ts';
import type { StairsMethod } from './core/ways.ts';
import { liveStrings } from '../../ui/use-language.ts';

const zhT = {
  title: '爬楼梯',
  intro:
    '每次可以上 1 阶或 2 阶（也可以换成任意步长集合），上到第 n 阶有多少种走法？最后一步要么是从 n−1 上 1 阶，要么是从 n−2 上 2 阶，所以 ways(n) = ways(n−1) + ways(n−2)，ways(0) = 1：这就是斐波那契数列。这里三种算法同时算：记忆化递归、自底向上 DP 和 O(log n) 的矩阵快速幂，结果用 BigInt，对任何 n 都精确。',
  params: '参数',
  nLabel: '台阶数',
  nHelp: '0–100000；大于 20000 时不跑记忆化递归。',
  stepsLabel: '每次可以上的阶数',
  stepsHelp: '1–10 之间的整数，用逗号分隔，例如 1,2 或 1,3,5。',
  methodLabel: '看哪种算法的过程',
  methodSwitched: '记忆化递归最多算到 n = 20000，已切换到矩阵快速幂。',
  methods: { memo: '记忆化递归', dp: '自底向上 DP', matrix: '矩阵快速幂' } satisfies Record<StairsMethod, string>,
  complexity: {
    memo: 'O(n·|S|) 次加法，O(n) 个数存在记忆表里',
    dp: 'O(n·|S|) 次加法，只留最后 max(S) 个数',
    matrix: 'O(k³·log n) 次乘法（k = 最大步长）；{1,2} 用快速倍增',
  } satisfies Record<StairsMethod, string>,
  answerTitle: '答案',
  answerFor: (n: number, steps: string) => `n = ${n}，步长 {${steps}}`,
  digits: (d: number) => `${d} 位数`,
  copy: '复制完整数字',
  copied: '已复制到剪贴板',
  copyFailed: '浏览器不让复制：下面的完整数字已经选中，按 Ctrl+C 复制。',
  showFull: '显示完整数字',
  fullNumberLabel: '完整数字',
  computing: (label: string, index: number, total: number) => `在后台计算：${label}（${index + 1}/${total}），已用 `,
  tracing: '记录矩阵步骤',
  cancel: '取消',
  cancelled: '已取消。改一下参数会重新计算。',
  agree: '三种方法结果一致',
  agreeTwo: '两种方法结果一致',
  disagree: '方法之间结果不一致！',
  workerNote: 'n > 200 时在 Web Worker 里计算（可以取消），页面不会卡住；小的 n 几毫秒就在页面里算完。',
  costTitle: '代价对比（同一个输入）',
  costCaption: (n: number) => `n = ${n} 时三种方法做了多少事`,
  costHead: ['方法与复杂度', '加法', '乘法', '调用', '记忆命中', '用时'],
  notRun: '不运行：n > 20000 时要记住太多中间结果',
  pending: '计算中…',
  treeTitle: '递归树',
  treeMemo: '使用记忆（memo）',
  treeIntro: (shown: number, n: number) => (shown === n ? `n = ${n} 的调用树。` : `调用树只画得下小的 n：这里画 n = ${shown}（你的 n = ${n}）。`),
  treeShrunk: (calls: number) => `不加记忆时调用数按指数增长，为了画得下，n 再减小一些（${calls} 次调用）。`,
  treeStats: (calls: number, hits: number) => `${calls} 次调用，${hits} 次记忆命中`,
  treeLegend: { computed: '计算', hit: '记忆命中', base: 'ways(0) = 1', stack: '当前调用栈' },
  treeAria: (n: number, calls: number) => `ways(${n}) 的递归树，${calls} 个调用`,
  event: (e: MemoEvent, n: number, value: string) =>
    e.kind === 'call'
      ? `调用 ways(${n})`
      : e.kind === 'memo-hit'
        ? `记忆命中：ways(${n}) = ${value}，不再往下算`
        : e.kind === 'base'
          ? `基础情况：ways(0) = 1`
          : `返回 ways(${n}) = ${value}`,
  dpTitle: 'DP 表',
  dpIntro: (shown: number, n: number) => (shown === n ? `从左到右填 ways[0..${n}]。` : `表格画到 n = ${shown}（你的 n = ${n}，DP 只需记住最后几格）。`),
  dpFill: (i: number, from: readonly number[], parts: readonly string[], value: string) =>
    i === 0
      ? 'ways[0] = 1：站着不动也算一种走法'
      : from.length === 0
        ? `ways[${i}] = 0：没有步长能到这里`
        : `ways[${i}] = ${from.map((j) => `ways[${j}]`).join(' + ')} = ${parts.join(' + ')} = ${value}`,
  dpAria: (n: number) => `DP 表 ways[0..${n}]`,
  matrixTitle: '矩阵快速幂',
  matrixIntro:
    'ways(n) 是 Mⁿ 左上角的元素，M 是递推式的伴随矩阵。Mⁿ 用二进制快速幂：从 n 的最高位往下，每一位先平方；这一位是 1 就再乘一次 M。总共 O(log n) 次矩阵乘法。',
  doublingIntro: '步长 {1,2} 时就是斐波那契：快速倍增 F(2m) = F(m)·(2F(m+1) − F(m))，F(2m+1) = F(m)² + F(m+1)²，每一位一步。',
  matrixBits: (n: number, bits: string) => `n = ${n} 的二进制：${bits}`,
  matrixView: '显示',
  matrixDoubling: '快速倍增',
  matrixPlain: '矩阵幂',
  matrixStep: {
    start: () => '起点：M¹',
    square: (e: number, bit: number | null) => (bit === 1 ? `这一位是 1：先平方 → M^${e}` : `这一位是 0：只平方 → M^${e}`),
    multiply: (e: number) => `这一位是 1：再乘 M → M^${e}`,
  },
  doublingStep: {
    start: () => '起点：F(0) = 0，F(1) = 1',
    double: (m: number) => `这一位是 0：倍增 → F(${m}), F(${m + 1})`,
    'double+1': (m: number) => `这一位是 1：倍增再进一 → F(${m}), F(${m + 1})`,
  },
  bigEntry: (digits: number) => `元素太大不显示（最大 ${digits} 位）`,
  waitingTrace: '矩阵步骤在后台计算中…',
  stepCol: '步',
  actionCol: '动作',
  whyCol: '说明',
  depthCol: '深度',
  referenceComplexity:
    '时间 O(n)：每一阶做一次加法；空间 O(1)：只留最后两个数。JS number 在 n ≤ 78 时精确（题目 n ≤ 45）；更大的 n 用 BigInt，特别大的 n 用 O(log n) 的矩阵快速幂。',
  vizTitle: '看算法怎么算',
  additions: (n: number) => `${n} 次加法`,
  colon: '：',
  // The engine abbreviates huge numbers as "…（N 位）"; the view rewords that suffix.
  digitsSuffix: (n: string) => `（${n} 位）`,
};

const enT: typeof zhT = {
  title: 'Climbing stairs',
  intro:
    'You climb 1 or 2 steps at a time (or any set of step sizes). How many ways are there to reach step n? The last move comes either from n−1 with 1 step or from n−2 with 2, so ways(n) = ways(n−1) + ways(n−2) with ways(0) = 1: the Fibonacci sequence. Three algorithms run side by side here: memoized recursion, bottom-up DP and O(log n) matrix exponentiation, all with BigInt, so the result is exact for any n.',
  params: 'Parameters',
  nLabel: 'Steps n',
  nHelp: '0–100000; above 20000 memoized recursion is skipped.',
  stepsLabel: 'Step sizes allowed',
  stepsHelp: 'Whole numbers from 1 to 10, comma-separated, e.g. 1,2 or 1,3,5.',
  methodLabel: 'Show the process of',
  methodSwitched: 'Memoized recursion goes up to n = 20000 only; switched to matrix exponentiation.',
  methods: { memo: 'Memoized recursion', dp: 'Bottom-up DP', matrix: 'Matrix exponentiation' },
  complexity: {
    memo: 'O(n·|S|) additions, O(n) numbers kept in the memo',
    dp: 'O(n·|S|) additions, keeps only the last max(S) numbers',
    matrix: 'O(k³·log n) multiplications (k = largest step); fast doubling for {1,2}',
  },
  answerTitle: 'Answer',
  answerFor: (n: number, steps: string) => `n = ${n}, steps {${steps}}`,
  digits: (d: number) => `${d.toLocaleString('en-US')} digits`,
  copy: 'Copy the full number',
  copied: 'Copied to the clipboard',
  copyFailed: 'The browser does not allow copying: the full number below is selected, press Ctrl+C.',
  showFull: 'Show the full number',
  fullNumberLabel: 'Full number',
  computing: (label: string, index: number, total: number) => `Computing in the background: ${label} (${index + 1}/${total}), elapsed `,
  tracing: 'recording the matrix steps',
  cancel: 'Cancel',
  cancelled: 'Cancelled. Changing a parameter computes again.',
  agree: 'All three methods agree',
  agreeTwo: 'Both methods agree',
  disagree: 'The methods disagree!',
  workerNote: 'For n > 200 the work runs in a Web Worker (and can be cancelled), so the page never freezes; small n take a few milliseconds on the page.',
  costTitle: 'Cost compared (same input)',
  costCaption: (n: number) => `How much work each method does for n = ${n}`,
  costHead: ['Method and complexity', 'Additions', 'Multiplications', 'Calls', 'Memo hits', 'Time'],
  notRun: 'Not run: for n > 20000 it would have to remember too many intermediate results',
  pending: 'Computing…',
  treeTitle: 'Recursion tree',
  treeMemo: 'Use the memo',
  treeIntro: (shown: number, n: number) =>
    shown === n ? `The call tree for n = ${n}.` : `The call tree only fits for small n: drawn for n = ${shown} (your n = ${n}).`,
  treeShrunk: (calls: number) => `Without the memo the calls grow exponentially, so n is reduced further to fit (${calls} calls).`,
  treeStats: (calls: number, hits: number) => `${calls} calls, ${hits} memo hits`,
  treeLegend: { computed: 'computed', hit: 'memo hit', base: 'ways(0) = 1', stack: 'current call stack' },
  treeAria: (n: number, calls: number) => `Recursion tree of ways(${n}), ${calls} calls`,
  event: (e: MemoEvent, n: number, value: string) =>
    e.kind === 'call'
      ? `call ways(${n})`
      : e.kind === 'memo-hit'
        ? `memo hit: ways(${n}) = ${value}, no need to go deeper`
        : e.kind === 'base'
          ? 'base case: ways(0) = 1'
          : `return ways(${n}) = ${value}`,
  dpTitle: 'DP table',
  dpIntro: (shown: number, n: number) =>
    shown === n ? `Fill ways[0..${n}] left to right.` : `The table is drawn up to n = ${shown} (your n = ${n}; DP only needs the last few cells).`,
  dpFill: (i: number, from: readonly number[], parts: readonly string[], value: string) =>
    i === 0
      ? 'ways[0] = 1: standing still counts as one way'
      : from.length === 0
        ? `ways[${i}] = 0: no step size lands here`
        : `ways[${i}] = ${from.map((j) => `ways[${j}]`).join(' + ')} = ${parts.join(' + ')} = ${value}`,
  dpAria: (n: number) => `DP table ways[0..${n}]`,
  matrixTitle: 'Matrix exponentiation',
  matrixIntro:
    'ways(n) is the top-left entry of Mⁿ, where M is the companion matrix of the recurrence. Mⁿ comes from binary exponentiation: from the highest bit of n down, square at every bit, and multiply by M once more when the bit is 1. O(log n) matrix multiplications in all.',
  doublingIntro: 'With steps {1,2} this is Fibonacci: fast doubling F(2m) = F(m)·(2F(m+1) − F(m)), F(2m+1) = F(m)² + F(m+1)², one step per bit.',
  matrixBits: (n: number, bits: string) => `n = ${n} in binary: ${bits}`,
  matrixView: 'Show',
  matrixDoubling: 'Fast doubling',
  matrixPlain: 'Matrix power',
  matrixStep: {
    start: () => 'Start: M¹',
    square: (e: number, bit: number | null) => (bit === 1 ? `this bit is 1: square first → M^${e}` : `this bit is 0: square only → M^${e}`),
    multiply: (e: number) => `this bit is 1: multiply by M → M^${e}`,
  },
  doublingStep: {
    start: () => 'Start: F(0) = 0, F(1) = 1',
    double: (m: number) => `this bit is 0: double → F(${m}), F(${m + 1})`,
    'double+1': (m: number) => `this bit is 1: double and add one → F(${m}), F(${m + 1})`,
  },
  bigEntry: (digits: number) => `entries too large to show (up to ${digits} digits)`,
  waitingTrace: 'Computing the matrix steps in the background…',
  stepCol: 'Step',
  actionCol: 'Action',
  whyCol: 'Why',
  depthCol: 'Depth',
  referenceComplexity:
    'Time O(n): one addition per step; space O(1): only the last two numbers. A JS number is exact up to n ≤ 78 (the problem has n ≤ 45); larger n need BigInt, and very large n the O(log n) matrix power.',
  vizTitle: 'How the algorithms compute it',
  additions: (n: number) => `${n} additions`,
  colon: ': ',
  digitsSuffix: (n: string) => ` (${n} digits)`,
};

export const zh = { T: zhT };
export const en: typeof zh = { T: enT };
export const T = liveStrings({ zh: zhT, en: enT });

/** Rewords the engine's "…（N 位）" digit-count suffix in the UI language. */
export const withDigits = (text: string): string => text.replace(/（(\d+) 位）/g, (_m, n: string) => T.digitsSuffix(n));
