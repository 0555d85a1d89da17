// The page says its top list is the output of the shell pipelines it shows. This runs those
// exact pipelines with the real tools (Debian: mawk or gawk, GNU coreutils) on logs with the edge
// cases that matter (blanks before the address, ties, IPv6) and compares byte for byte; a
// recording of the same run is pinned in fixtures/ so the claim is checked even where the tools
// are missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpCounter } from './core/ip-counter.ts';
import { generateLog } from './core/log-generator.ts';
import { topIps } from './core/reference.ts';
import { FASTER, PIPELINE, toUniqCount } from './shell-pipelines.ts';

const L = (ip: string, path = '/'): string => `${ip} - - [01/Mar/2024:00:00:01 +0000] "GET ${path} HTTP/1.1" 200 612 "-" "curl/8.5.0"`;

/** Every first field is an IP, so awk's output and the counter's must agree exactly. */
function edgeLog(): string {
  const lines: string[] = [];
  const ties = [
    '9.9.9.9',
    '10.0.0.2',
    '10.0.0.10',
    '2001:db8::1',
    '2001:db8::a',
    '1.1.1.1',
    '100.64.0.1',
    '::1',
    '8.8.8.8',
    '192.168.1.1',
    '192.168.1.10',
    '172.16.0.1',
  ];
  for (const ip of ties) for (let i = 0; i < 600; i++) lines.push(L(ip, `/t${i % 7}`));
  lines.push(`  ${L('10.0.0.2')}`, `\t${L('9.9.9.9')}`, ` \t ${L('1.1.1.1')}`); // blanks before the address
  for (let i = 0; i < 5; i++) lines.push(L('203.0.113.7', `/p${i}`));
  for (let i = 0; i < 4; i++) lines.push(i % 2 ? `   ${L('198.51.100.4')}` : L('198.51.100.4'));
  return `${lines.join('\n')}\n${generateLog({ seed: 7, lines: 2000, distinctIps: 60, malformedShare: 0 })}`;
}

function counterTop(log: string, n: number): [string, number][] {
  const c = createIpCounter();
  c.push(log);
  c.end();
  expect(c.stats().malformedLines).toBe(0);
  return c.top(n).map(([ip, count]) => [ip, count]);
}

function hasTools(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v awk && command -v sort && command -v uniq && command -v head'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function runShell(pipeline: string, log: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'top-ips-'));
  writeFileSync(join(dir, 'access.log'), log);
  // A UTF-8 locale for the unprefixed stages, as on a typical server; the page's pipeline must not depend on it.
  return execFileSync('sh', ['-c', pipeline.replace(/\\\n/g, '')], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const log = edgeLog();
const top10 = counterTop(log, 10);
const fasterText = top10.map(([ip, n]) => `${n} ${ip}\n`).join('');

describe('the shell pipelines the page shows', () => {
  it('the counter and the reference solution agree on the edge log', () => {
    expect(topIps(log.slice(0, -1).split('\n'), 10)).toEqual(top10);
  });

  it('equal the pinned recording of the real tools (GNU coreutils 9.1, mawk 1.3.4)', () => {
    expect(toUniqCount(top10)).toBe(fixture('pipeline-top10.txt'));
    expect(fasterText).toBe(fixture('faster-top10.txt'));
  });

  it.runIf(hasTools())('equal what awk | sort | uniq -c | LC_ALL=C sort -rn | head prints here, byte for byte', () => {
    expect(runShell(PIPELINE, log)).toBe(toUniqCount(top10));
    expect(runShell(FASTER, log)).toBe(fasterText);
  });

  it.runIf(hasTools())('count every line awk counts when the log has malformed lines, and only those lines differ', () => {
    const messy = `${log}-\n\nunknown - - x\n  \n`;
    const c = createIpCounter();
    c.push(messy);
    c.end();
    const all = runShell("awk '{print $1}' access.log | sort | uniq -c | LC_ALL=C sort -rn", messy);
    const valid = all.split('\n').filter((line) => /^ *\d+ [0-9a-f:.]+$/i.test(line));
    const nonIp = all.split('\n').filter((line) => line !== '' && !valid.includes(line));
    expect(`${valid.join('\n')}\n`).toBe(toUniqCount(c.entries()));
    // awk counts "-", "unknown" and the two blank lines (an empty field); the page calls them malformed.
    expect(nonIp.map((l) => l.trim()).sort()).toEqual(['1 -', '1 unknown', '2']);
    expect(c.stats().malformedLines).toBe(4);
  });
});
