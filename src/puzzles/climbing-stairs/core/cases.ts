// What the user's climbStairs is judged against: LeetCode 70 (steps of 1 or 2, 1 ≤ n ≤ 45, so the
// answer fits a JS number exactly). Expected values are the Fibonacci numbers ways(n) = F(n+1),
// computed with BigInt by the DP core and re-checked in cases.test.ts.
import type { PuzzleCase, PuzzleCases } from '../../workbench/puzzle-cases.ts';
import { waysDp } from './dp.ts';

type Args = readonly [n: number];

const c = (n: number, name = `n = ${n}`, nameEn = name): PuzzleCase<Args, number> => ({ name, nameEn, args: [n], expected: Number(waysDp(n, [1, 2])) });

export const stairsCases: PuzzleCases<Args, number> = {
  functionName: 'climbStairs',
  signature: 'function climbStairs(n: number): number',
  starter: `/**
 * 爬楼梯：每次可以上 1 阶或 2 阶，上到第 n 阶共有多少种不同的走法？（1 ≤ n ≤ 45）
 * 例：n = 3 → 3（1+1+1、1+2、2+1）
 */
function climbStairs(n: number): number {
  // 你的代码
  return 0;
}
`,
  starterEn: `/**
 * Climbing stairs: you climb 1 or 2 steps at a time. In how many distinct ways can you reach step n? (1 ≤ n ≤ 45)
 * E.g. n = 3 → 3 (1+1+1, 1+2, 2+1)
 */
function climbStairs(n: number): number {
  // your code
  return 0;
}
`,
  prelude: '',
  invoke: '(fn, args) => fn(args[0])',
  visible: [c(1), c(2), c(3, 'n = 3：1+1+1、1+2、2+1', 'n = 3: 1+1+1, 1+2, 2+1'), c(5)],
  hidden: [
    c(4),
    c(6),
    c(10),
    c(20),
    c(30),
    c(35, 'n = 35：不加记忆的递归会超时', 'n = 35: recursion without a memo times out'),
    c(40),
    c(44),
    c(45, 'n = 45：最大值 1836311903', 'n = 45: the largest, 1836311903'),
  ],
  timeLimitMs: 1000,
  judge(actual, expected, _args, language = 'zh') {
    const en = language === 'en';
    const differs = (got: string) => (en ? `expected ${expected}, got ${got}` : `期望 ${expected}，实际 ${got}`);
    if (typeof actual === 'bigint') return actual === BigInt(expected) ? { pass: true } : { pass: false, message: differs(`${actual}n`) };
    if (typeof actual !== 'number') {
      const got = actual === undefined ? (en ? 'undefined (a missing return?)' : 'undefined（是不是忘了 return？）') : typeof actual;
      return { pass: false, message: en ? `should return a number, returned ${got}` : `应返回 number，实际返回了 ${got}` };
    }
    return actual === expected ? { pass: true } : { pass: false, message: differs(String(actual)) };
  },
};
