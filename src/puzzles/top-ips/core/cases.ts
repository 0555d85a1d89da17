// What the user's topIps is judged against: lines of an access log, the n most frequent client
// IPs with their counts, count descending then, for equal counts, IP descending in byte order
// ("9.9.9.9" comes before "10.0.0.2"), exactly as `LC_ALL=C sort -rn` orders `uniq -c` lines. Malformed first fields in the cases are unmistakable ("-", "", "unknown",
// "300.1.2.3", "1.2.3"), so any sensible validation passes. Small cases are hand-counted; the
// generated log's answer comes from the streaming counter.
import type { PuzzleCase, PuzzleCases } from '../../workbench/puzzle-cases.ts';
import { createIpCounter } from './ip-counter.ts';
import { generateLog } from './log-generator.ts';

type Pair = [string, number];
type Args = readonly [lines: string[], n: number];

const L = (ip: string): string => `${ip} - - [01/Mar/2024:00:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"`;

type Names = readonly [zh: string, en: string];
const c = ([name, nameEn]: Names, lines: string[], n: number, expected: Pair[]): PuzzleCase<Args, Pair[]> => ({ name, nameEn, args: [lines, n], expected });

function generated([name, nameEn]: Names, seed: number, lines: number, n: number): PuzzleCase<Args, Pair[]> {
  const text = generateLog({ seed, lines, distinctIps: 300, malformedShare: 0.01 });
  const counter = createIpCounter();
  counter.push(text);
  counter.end();
  return { name, nameEn, args: [text.slice(0, -1).split('\n'), n], expected: counter.top(n).map(([ip, count]) => [ip, count]) };
}

const JUDGE_ZH = {
  undef: 'undefined（是不是忘了 return？）',
  type: (got: string) => `应返回 [string, number][]，实际返回了 ${got}`,
  extra: (i: number, shown: string, want: number) => `多返回了第 ${i} 项 ${shown}：期望只有 ${want} 项`,
  missing: (i: number, want: string, wantN: number, gotN: number) => `第 ${i} 项缺失：期望 ${want}（共 ${wantN} 项，实际 ${gotN} 项）`,
  wrong: (i: number, want: string, got: string) => `第 ${i} 项不对：期望 ${want}，实际 ${got}（次数降序，相同按 IP 字符串降序）`,
};
const JUDGE_EN: typeof JUDGE_ZH = {
  undef: 'undefined (a missing return?)',
  type: (got: string) => `should return [string, number][], returned ${got}`,
  extra: (i: number, shown: string, want: number) => `extra item ${i}, ${shown}: expected only ${want}`,
  missing: (i: number, want: string, wantN: number, gotN: number) => `item ${i} is missing: expected ${want} (${wantN} items expected, ${gotN} returned)`,
  wrong: (i: number, want: string, got: string) => `item ${i} is wrong: expected ${want}, got ${got} (count descending, ties by IP string descending)`,
};

export const topIpsCases: PuzzleCases<Args, Pair[]> = {
  functionName: 'topIps',
  signature: 'function topIps(lines: string[], n: number): [string, number][]',
  starter: `/**
 * nginx access log（combined 格式）中请求数前 n 的客户端 IP。
 * 每行第一个字段是客户端 IP：和 awk 一样先跳过行首的空格和 Tab，到下一个空格、Tab 或 \r 为止。
 * 不是合法 IPv4（四段 0–255 的十进制数）或 IPv6 的行跳过（例如 "-"、"unknown"、空行）。
 * 返回 [ip, 次数] 数组：次数从大到小；次数相同按 IP 字符串降序（逐字节比较，"9.9.9.9" 排在
 * "10.0.0.2" 前），和 LC_ALL=C sort -rn 排 uniq -c 输出的顺序一样。
 * 例：["1.1.1.1 - - ...", "2.2.2.2 - - ...", "1.1.1.1 - - ..."], n = 1 → [["1.1.1.1", 2]]
 */
function topIps(lines: string[], n: number): [string, number][] {
  // 你的代码
  return [];
}
`,
  starterEn: `/**
 * The top n client IPs by request count in an nginx access log (combined format).
 * The first field of each line is the client IP: like awk, skip leading spaces and tabs, up to the next space, tab or \r.
 * Skip lines that are not a valid IPv4 (four decimal parts 0–255) or IPv6 address (e.g. "-", "unknown", empty lines).
 * Return [ip, count] pairs: count descending; equal counts by IP string descending (byte order, "9.9.9.9" before
 * "10.0.0.2"), the order LC_ALL=C sort -rn gives the output of uniq -c.
 * E.g. ["1.1.1.1 - - ...", "2.2.2.2 - - ...", "1.1.1.1 - - ..."], n = 1 → [["1.1.1.1", 2]]
 */
function topIps(lines: string[], n: number): [string, number][] {
  // your code
  return [];
}
`,
  prelude: '',
  invoke: '(fn, args) => fn([...args[0]], args[1])',
  visible: [
    c(['最简单的例子', 'the simplest example'], [L('1.1.1.1'), L('2.2.2.2'), L('1.1.1.1')], 1, [['1.1.1.1', 2]]),
    c(
      ['次数相同按 IP 字符串降序（同 sort -rn）', 'equal counts by IP string, descending (as sort -rn)'],
      [L('9.9.9.9'), L('10.0.0.2'), L('10.0.0.2'), L('9.9.9.9'), L('8.8.8.8')],
      3,
      [
        ['9.9.9.9', 2],
        ['10.0.0.2', 2],
        ['8.8.8.8', 1],
      ],
    ),
    c(['跳过不合法的行', 'skips invalid lines'], [L('-'), '', L('unknown'), L('300.1.2.3'), L('1.2.3'), L('5.6.7.8')], 10, [['5.6.7.8', 1]]),
  ],
  hidden: [
    c(['空日志', 'empty log'], [], 10, []),
    c(['n 大于不同 IP 数', 'n larger than the number of distinct IPs'], [L('1.2.3.4'), L('4.3.2.1')], 5, [
      ['4.3.2.1', 1],
      ['1.2.3.4', 1],
    ]),
    c(['行首有空格或 Tab（awk 会跳过）', 'leading spaces or tabs (awk skips them)'], [`  ${L('8.8.4.4')}`, `\t${L('8.8.4.4')}`, L('1.0.0.1'), '   '], 2, [
      ['8.8.4.4', 2],
      ['1.0.0.1', 1],
    ]),
    c(['IPv6', 'IPv6'], [L('2001:db8::1'), L('::1'), L('2001:db8::1'), L('127.0.0.1')], 2, [
      ['2001:db8::1', 2],
      ['::1', 1],
    ]),
    c(['只有 IP 没有其余字段', 'only an IP, no other fields'], ['7.7.7.7', '7.7.7.7', L('6.6.6.6')], 2, [
      ['7.7.7.7', 2],
      ['6.6.6.6', 1],
    ]),
    c(['全是不合法的行', 'nothing but invalid lines'], [L('-'), L('-'), '', L('unknown')], 3, []),
    c(['Windows 换行 \\r', 'Windows line ends \\r'], ['3.3.3.3\r', `${L('3.3.3.3')}\r`, L('4.4.4.4')], 1, [['3.3.3.3', 2]]),
    c(['同次数多个 IP，只取前 2', 'several IPs with equal counts, top 2 only'], [L('5.5.5.5'), L('1.1.1.1'), L('3.3.3.3')], 2, [
      ['5.5.5.5', 1],
      ['3.3.3.3', 1],
    ]),
    generated(['生成的日志，3000 行', 'generated log, 3000 lines'], 11, 3000, 10),
    generated(['生成的日志，20000 行，前 20', 'generated log, 20000 lines, top 20'], 12, 20_000, 20),
  ],
  timeLimitMs: 3000,
  judge(actual, expected, _args, language = 'zh') {
    const m = language === 'en' ? JUDGE_EN : JUDGE_ZH;
    if (!Array.isArray(actual)) return { pass: false, message: m.type(actual === undefined ? m.undef : typeof actual) };
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      const got: unknown = actual[i];
      const want = expected[i];
      const shown = JSON.stringify(got) ?? String(got);
      if (!want) return { pass: false, message: m.extra(i + 1, shown, expected.length) };
      if (got === undefined) return { pass: false, message: m.missing(i + 1, JSON.stringify(want), expected.length, actual.length) };
      if (!Array.isArray(got) || got.length !== 2 || got[0] !== want[0] || got[1] !== want[1]) {
        return { pass: false, message: m.wrong(i + 1, JSON.stringify(want), shown) };
      }
    }
    return { pass: true };
  },
};
