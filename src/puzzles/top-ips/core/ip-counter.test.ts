import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIpCounter } from './ip-counter.ts';
import { generateLog } from './log-generator.ts';
import { topIps } from './reference.ts';
import { compareTop } from './top-n.ts';

/** The obvious count: split into lines, take the first field, validate, tally. */
function naive(text: string): { counts: Map<string, number>; lines: number; malformed: number } {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  const counts = new Map<string, number>();
  const valid = topIps(all, Number.MAX_SAFE_INTEGER);
  for (const [ip, n] of valid) counts.set(ip, n);
  const tallied = valid.reduce((s, [, n]) => s + n, 0);
  return { counts, lines: all.length, malformed: all.length - tallied };
}

function countInChunks(text: string, cuts: number[], asBytes: boolean): ReturnType<typeof createIpCounter> {
  const c = createIpCounter();
  const data = asBytes ? new TextEncoder().encode(text) : text;
  const points = [...new Set(cuts.map((x) => Math.floor(x * data.length)))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of [...points, data.length]) {
    c.push(data.slice(prev, p));
    prev = p;
  }
  c.end();
  return c;
}

describe('streaming IP counter', () => {
  it('counts a small log, with lines, malformed lines and bytes', () => {
    const text = '1.1.1.1 - - a\n2.2.2.2 - - b\n- - - c\n\n1.1.1.1 x\n2001:db8::1 y\n2001:db8::1';
    const c = createIpCounter();
    c.push(text);
    c.end();
    expect(c.stats()).toEqual({ lines: 7, malformedLines: 2, bytes: text.length, distinctIps: 3 });
    expect(c.top(10)).toEqual([
      ['2001:db8::1', 2],
      ['1.1.1.1', 2],
      ['2.2.2.2', 1],
    ]);
    expect(c.countOf('2001:db8::1')).toBe(2);
    expect(c.countOf('9.9.9.9')).toBe(0);
  });

  it('handles a line split anywhere, even inside the IP', () => {
    const c = createIpCounter();
    for (const piece of ['19', '2.168.', '0.1 - - [x] "GET', ' /"\n192.16', '8.0.1', '\n', '10.0.0.1']) c.push(piece);
    c.end();
    expect(c.top(5)).toEqual([
      ['192.168.0.1', 2],
      ['10.0.0.1', 1],
    ]);
    expect(c.stats().lines).toBe(3);
  });

  it('treats CR, tabs, over-long and empty fields as the rules say; skips leading blanks as awk does', () => {
    const c = createIpCounter();
    c.push(`1.2.3.4\r\n1.2.3.4\tx\n${'9'.repeat(100)} x\n\n 1.2.3.4 leading-space\n\t \t5.6.7.8 tabs\n \t \n`);
    c.end();
    expect(c.top(3)).toEqual([
      ['1.2.3.4', 3],
      ['5.6.7.8', 1],
    ]);
    expect(c.stats()).toMatchObject({ lines: 7, malformedLines: 3 });
  });

  it('an empty file has no lines; a single newline is one empty (malformed) line', () => {
    const empty = createIpCounter();
    empty.push('');
    empty.end();
    expect(empty.stats()).toMatchObject({ lines: 0, malformedLines: 0 });
    const one = createIpCounter();
    one.push('\n');
    one.end();
    expect(one.stats()).toMatchObject({ lines: 1, malformedLines: 1 });
  });

  it('counts multi-byte UTF-8 in bytes, not characters', () => {
    const c = createIpCounter();
    c.push('1.2.3.4 "Mozilla/5.0 (中文)"\n');
    expect(c.stats().bytes).toBe(new TextEncoder().encode('1.2.3.4 "Mozilla/5.0 (中文)"\n').length);
  });

  it('equals a naive count for random logs split at random chunk boundaries (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (seed, lines, cuts, asBytes, trailingNewline) => {
          let text = generateLog({ seed, lines, distinctIps: 40, malformedShare: 0.2, ipv6Share: 0.3 });
          if (!trailingNewline) text = text.slice(0, -1);
          const c = countInChunks(text, cuts, asBytes);
          // A last line without its newline still counts; an empty file (one empty line, newline
          // dropped) has no lines at all.
          const want = naive(text === '' || text.endsWith('\n') ? text : `${text}\n`);
          expect(c.stats()).toMatchObject({ lines: want.lines, malformedLines: want.malformed, distinctIps: want.counts.size });
          expect(c.entries()).toEqual([...want.counts.entries()].sort(compareTop));
          expect(c.top(10)).toEqual(topIps(text.split('\n'), 10));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic in its tie-break: count desc, then IP desc bytewise (as LC_ALL=C sort -rn)', () => {
    const c = createIpCounter();
    c.push(['9.9.9.9', '10.0.0.2', '10.0.0.10', '10.0.0.2', '9.9.9.9', '10.0.0.10', '1.1.1.1'].join('\n'));
    c.end();
    expect(c.top(3)).toEqual([
      ['9.9.9.9', 2],
      ['10.0.0.2', 2],
      ['10.0.0.10', 2],
    ]);
    expect(c.top(0)).toEqual([]);
  });
});
