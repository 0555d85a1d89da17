// What the user's checkChar is judged against. The scheme is spelled out in the starter so it
// can be written in a few minutes; expected values come from the core (check-char.ts), a few
// hand-checked (e.g. "A": value 8 → 8·2 = 16 → 'J').
import type { PuzzleCase, PuzzleCases } from '../../workbench/puzzle-cases.ts';
import { createRandom, randomInt } from '../../../labs/kernel/random.ts';
import { ALPHABET } from './alphabet.ts';
import { checkChar } from './check-char.ts';

type Args = readonly [body: string];

const c = (body: string, name = `"${body}"`, nameEn = name): PuzzleCase<Args, string> => ({ name, nameEn, args: [body], expected: checkChar(body) });

function randomBodies(seed: number, count: number): PuzzleCase<Args, string>[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const len = 1 + randomInt(random, 30);
    let body = '';
    for (let k = 0; k < len; k++) body += ALPHABET[randomInt(random, 32)];
    return c(body, `随机 ${i + 1}：“${body}”`, `random ${i + 1}: "${body}"`);
  });
}

export const codesCases: PuzzleCases<Args, string> = {
  functionName: 'checkChar',
  signature: 'function checkChar(body: string): string',
  starter: `/**
 * 兑换码的校验字符。字母表 32 个字符（去掉了易混的 0 O 1 I）：
 *   '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'，字符的值 = 它在字母表中的下标（0–31）。
 * 算法（GF(32) 上的 Horner 求值，能发现任何一个字符写错、以及任意两个字符互换）：
 *   times2(x) = x < 16 ? x * 2 : (x * 2) XOR 37      // 37 = 0b100101，即 x⁵ + x² + 1
 *   c = 0
 *   对 body 的每个字符 ch：c = times2(c) XOR value(ch)
 *   返回字母表中下标为 times2(c) 的字符
 * 例：checkChar("A") → "J"（A 的值是 8，8 × 2 = 16，下标 16 是 J）
 * body 非空，只含字母表中的字符。
 */
function checkChar(body: string): string {
  // 你的代码
  return '';
}
`,
  starterEn: `/**
 * The check character of a redemption code. The alphabet has 32 characters (without the look-alikes 0 O 1 I):
 *   '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; a character's value is its index in the alphabet (0–31).
 * Algorithm (Horner evaluation over GF(32); catches any one wrong character and any swap of two):
 *   times2(x) = x < 16 ? x * 2 : (x * 2) XOR 37      // 37 = 0b100101, i.e. x⁵ + x² + 1
 *   c = 0
 *   for each character ch of body: c = times2(c) XOR value(ch)
 *   return the alphabet character at index times2(c)
 * E.g. checkChar("A") → "J" (A has value 8, 8 × 2 = 16, index 16 is J)
 * body is non-empty and holds alphabet characters only.
 */
function checkChar(body: string): string {
  // your code
  return '';
}
`,
  prelude: '',
  invoke: '(fn, args) => fn(args[0])',
  visible: [
    c('A', '"A" → "J"'),
    c('ABCD'),
    c('SPRTNLUGPBN', '"SPRTNLUGPBN"：一个真实批次的码（前缀 SPR）', '"SPRTNLUGPBN": a code from a real batch (prefix SPR)'),
  ],
  hidden: [
    c('2', '"2"：值为 0', '"2": value 0'),
    c('Z'),
    c('22'),
    c('2222222222'),
    c('ZZZZZZZZZZ', '"ZZZZZZZZZZ"：需要模约减', '"ZZZZZZZZZZ": needs the modular reduction'),
    c('K7M2Q9'),
    c('23456789ABCDEFGHJKLMNPQRSTUVWX', '30 个字符', '30 characters'),
    c('ABDC', '"ABDC"：与 "ABCD" 互换两个字符，校验字符必须不同', '"ABDC": "ABCD" with two characters swapped, the check character must differ'),
    ...randomBodies(2024, 12),
  ],
  timeLimitMs: 1000,
  judge(actual, expected, _args, language = 'zh') {
    const en = language === 'en';
    if (typeof actual !== 'string') {
      const got = actual === undefined ? (en ? 'undefined (a missing return?)' : 'undefined（是不是忘了 return？）') : typeof actual;
      return { pass: false, message: en ? `should return one character (a string), returned ${got}` : `应返回一个字符（string），实际返回了 ${got}` };
    }
    if (actual.length !== 1)
      return {
        pass: false,
        message: en
          ? `should return exactly one character, returned ${JSON.stringify(actual.slice(0, 40))}`
          : `应返回恰好一个字符，实际返回了 ${JSON.stringify(actual.slice(0, 40))}`,
      };
    return actual === expected
      ? { pass: true }
      : { pass: false, message: en ? `expected "${expected}", got "${actual}"` : `期望 "${expected}"，实际 "${actual}"` };
  },
};
