// What the user's own solve24 is judged against. Expected answers were computed by the exact
// decider (can-reach.ts) and are re-checked against it by cases.test.ts; several are classics
// worth knowing by heart (8 3 8 3 needs a fraction, 1 1 1 1 has no solution).
import type { PuzzleCase, PuzzleCases } from '../../workbench/puzzle-cases.ts';

type Args = readonly [nums: number[], target: number];

const c = (nums: number[], target: number, expected: boolean, name = `[${nums.join(', ')}] → ${target}`, nameEn = name): PuzzleCase<Args, boolean> => ({
  name,
  nameEn,
  args: [nums, target],
  expected,
});

export const game24Cases: PuzzleCases<Args, boolean> = {
  functionName: 'solve24',
  signature: 'function solve24(nums: number[], target: number): boolean',
  starter: `/**
 * 给定 4 个整数 nums（1–13）和目标 target，用 + − × ÷ 和任意括号，
 * 每个数恰好用一次，能否算出 target？
 * 除法是实数除法（8 ÷ 3 = 8/3，不是整除）；中间结果可以是负数或分数。
 * 例：[8, 3, 8, 3] → 24 可以：8 ÷ (3 − 8 ÷ 3) = 24。
 */
function solve24(nums: number[], target: number): boolean {
  // 你的代码
  return false;
}
`,
  starterEn: `/**
 * Given 4 integers nums (1–13) and a target, can + − × ÷ and any parentheses,
 * using each number exactly once, make target?
 * Division is real division (8 ÷ 3 = 8/3, not integer division); intermediate results may be negative or fractions.
 * E.g. [8, 3, 8, 3] → 24 works: 8 ÷ (3 − 8 ÷ 3) = 24.
 */
function solve24(nums: number[], target: number): boolean {
  // your code
  return false;
}
`,
  prelude: '',
  invoke: '(fn, args) => fn([...args[0]], args[1])',
  visible: [
    c([4, 1, 8, 7], 24, true, '[4, 1, 8, 7] → 24：(8 − 4) × (7 − 1)', '[4, 1, 8, 7] → 24: (8 − 4) × (7 − 1)'),
    c([1, 1, 1, 1], 24, false, '[1, 1, 1, 1] → 24：无解', '[1, 1, 1, 1] → 24: no solution'),
    c([8, 3, 8, 3], 24, true, '[8, 3, 8, 3] → 24：需要分数', '[8, 3, 8, 3] → 24: needs a fraction'),
    c([1, 2, 3, 4], 10, true),
  ],
  hidden: [
    c([3, 3, 8, 8], 24, true),
    c([1, 5, 5, 5], 24, true),
    c([3, 3, 7, 7], 24, true),
    c([1, 3, 4, 6], 24, true),
    c([4, 4, 10, 10], 24, true),
    c([1, 4, 5, 6], 24, true),
    c([2, 2, 13, 13], 24, true),
    c([1, 1, 1, 2], 24, false),
    c([1, 1, 2, 2], 24, false),
    c([13, 13, 13, 13], 24, false),
    c([1, 1, 13, 13], 24, true),
    c([2, 7, 7, 10], 24, true),
    c([1, 6, 11, 13], 24, true),
    c([6, 6, 6, 6], 24, true),
    c([5, 5, 5, 5], 24, true),
    c([1, 1, 1, 13], 24, true),
    c([2, 4, 10, 10], 24, true),
    c([1, 2, 7, 7], 24, true),
    c([3, 8, 8, 10], 24, true),
    c([1, 7, 13, 13], 24, true),
    c([1, 3, 9, 10], 24, true),
    c([4, 7, 7, 7], 24, true),
    c([1, 1, 1, 1], 4, true),
    c([1, 1, 1, 1], 5, false),
    c([2, 3, 5, 7], 100, true),
    c([1, 2, 3, 4], -24, false),
    c([9, 9, 9, 9], 0, true),
    c([2, 2, 2, 2], 1, true),
    c([5, 6, 7, 8], 1000, false),
  ],
  timeLimitMs: 2000,
  judge(actual, expected, _args, language = 'zh') {
    const en = language === 'en';
    if (typeof actual !== 'boolean')
      return { pass: false, message: en ? `should return a boolean, returned ${describe(actual, en)}` : `应返回 boolean，实际返回了 ${describe(actual, en)}` };
    return actual === expected ? { pass: true } : { pass: false, message: en ? `expected ${expected}, got ${actual}` : `期望 ${expected}，实际 ${actual}` };
  },
};

function describe(x: unknown, en = false): string {
  if (x === undefined) return en ? 'undefined (a missing return?)' : 'undefined（是不是忘了 return？）';
  if (x === null) return 'null';
  let text: string;
  try {
    text = JSON.stringify(x) ?? String(x);
  } catch {
    text = String(x);
  }
  return `${typeof x} ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`;
}
