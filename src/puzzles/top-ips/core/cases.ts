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

const c = (name: string, lines: string[], n: number, expected: Pair[]): PuzzleCase<Args, Pair[]> => ({ name, args: [lines, n], expected });

function generated(name: string, seed: number, lines: number, n: number): PuzzleCase<Args, Pair[]> {
  const text = generateLog({ seed, lines, distinctIps: 300, malformedShare: 0.01 });
  const counter = createIpCounter();
  counter.push(text);
  counter.end();
  return { name, args: [text.slice(0, -1).split('\n'), n], expected: counter.top(n).map(([ip, count]) => [ip, count]) };
}

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
  prelude: '',
  invoke: '(fn, args) => fn([...args[0]], args[1])',
  visible: [
    c('最简单的例子', [L('1.1.1.1'), L('2.2.2.2'), L('1.1.1.1')], 1, [['1.1.1.1', 2]]),
    c('次数相同按 IP 字符串降序（同 sort -rn）', [L('9.9.9.9'), L('10.0.0.2'), L('10.0.0.2'), L('9.9.9.9'), L('8.8.8.8')], 3, [
      ['9.9.9.9', 2],
      ['10.0.0.2', 2],
      ['8.8.8.8', 1],
    ]),
    c('跳过不合法的行', [L('-'), '', L('unknown'), L('300.1.2.3'), L('1.2.3'), L('5.6.7.8')], 10, [['5.6.7.8', 1]]),
  ],
  hidden: [
    c('空日志', [], 10, []),
    c('n 大于不同 IP 数', [L('1.2.3.4'), L('4.3.2.1')], 5, [
      ['4.3.2.1', 1],
      ['1.2.3.4', 1],
    ]),
    c('行首有空格或 Tab（awk 会跳过）', [`  ${L('8.8.4.4')}`, `\t${L('8.8.4.4')}`, L('1.0.0.1'), '   '], 2, [
      ['8.8.4.4', 2],
      ['1.0.0.1', 1],
    ]),
    c('IPv6', [L('2001:db8::1'), L('::1'), L('2001:db8::1'), L('127.0.0.1')], 2, [
      ['2001:db8::1', 2],
      ['::1', 1],
    ]),
    c('只有 IP 没有其余字段', ['7.7.7.7', '7.7.7.7', L('6.6.6.6')], 2, [
      ['7.7.7.7', 2],
      ['6.6.6.6', 1],
    ]),
    c('全是不合法的行', [L('-'), L('-'), '', L('unknown')], 3, []),
    c('Windows 换行 \\r', ['3.3.3.3\r', `${L('3.3.3.3')}\r`, L('4.4.4.4')], 1, [['3.3.3.3', 2]]),
    c('同次数多个 IP，只取前 2', [L('5.5.5.5'), L('1.1.1.1'), L('3.3.3.3')], 2, [
      ['5.5.5.5', 1],
      ['3.3.3.3', 1],
    ]),
    generated('生成的日志，3000 行', 11, 3000, 10),
    generated('生成的日志，20000 行，前 20', 12, 20_000, 20),
  ],
  timeLimitMs: 3000,
  judge(actual, expected) {
    if (!Array.isArray(actual)) return { pass: false, message: `应返回 [string, number][]，实际返回了 ${actual === undefined ? 'undefined（是不是忘了 return？）' : typeof actual}` };
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      const got: unknown = actual[i];
      const want = expected[i];
      const shown = JSON.stringify(got) ?? String(got);
      if (!want) return { pass: false, message: `多返回了第 ${i + 1} 项 ${shown}：期望只有 ${expected.length} 项` };
      if (got === undefined) return { pass: false, message: `第 ${i + 1} 项缺失：期望 ${JSON.stringify(want)}（共 ${expected.length} 项，实际 ${actual.length} 项）` };
      if (!Array.isArray(got) || got.length !== 2 || got[0] !== want[0] || got[1] !== want[1]) {
        return { pass: false, message: `第 ${i + 1} 项不对：期望 ${JSON.stringify(want)}，实际 ${shown}（次数降序，相同按 IP 字符串降序）` };
      }
    }
    return { pass: true };
  },
};
