import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { createIpCounter } from './ip-counter.ts';
import { clientPool, formatTimeLocal, generateLog, generateLogChunks, zipfCdf } from './log-generator.ts';

const COMBINED = /^(\S+) - - \[(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000)\] "(GET|POST|PUT) (\S+) HTTP\/1\.1" (\d{3}) (\d+) "([^"]*)" "([^"]*)"$/;

describe('access-log generator', () => {
  it('is deterministic for a seed', () => {
    expect(generateLog({ seed: 5, lines: 200 })).toBe(generateLog({ seed: 5, lines: 200 }));
    expect(generateLog({ seed: 5, lines: 200 })).not.toBe(generateLog({ seed: 6, lines: 200 }));
  });

  it('writes the combined format, with a few malformed lines', () => {
    const lines = generateLog({ seed: 1, lines: 5000, malformedShare: 0.01 }).split('\n').slice(0, -1);
    expect(lines).toHaveLength(5000);
    const wellFormed = lines.filter((l) => COMBINED.test(l)).length;
    expect(wellFormed).toBeGreaterThan(4900);
    expect(wellFormed).toBeLessThan(5000);
    expect(formatTimeLocal(Date.UTC(2024, 2, 1, 13, 5, 9))).toBe('01/Mar/2024:13:05:09 +0000');
  });

  it('skews clients by Zipf and mixes in IPv6', () => {
    const c = createIpCounter();
    c.push(generateLog({ seed: 3, lines: 20_000, distinctIps: 1000, zipf: 1.1, ipv6Share: 0.2 }));
    const top = c.top(1000);
    const first = top[0]?.[1] ?? 0;
    const tenth = top[9]?.[1] ?? 0;
    expect(first / tenth).toBeGreaterThan(5); // ≈ 10^1.1 ≈ 12.6 in expectation
    expect(top.some(([ip]) => ip.includes(':'))).toBe(true);
    const pool = clientPool(createRandom(1), 500, 0.5);
    expect(new Set(pool).size).toBe(500);
    expect(zipfCdf(10, 1).at(-1)).toBeCloseTo(1);
  });

  it('stops at a byte budget and yields chunks of whole lines', () => {
    const chunks = [...generateLogChunks({ seed: 2, bytes: 100_000, chunkLines: 100 })];
    const total = chunks.reduce((s, c) => s + c.length, 0);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(total).toBeLessThan(101_000);
    for (const c of chunks) expect(c.endsWith('\n')).toBe(true);
  });
});
