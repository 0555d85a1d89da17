// Puzzle solvers: the numbers the issue asks for.
//  - 24 game: all 1,820 four-card hands from 1..13 for 24 (budget < 1 s; 1,362 solvable), and
//    the proof that six long fractions (the page's largest input, all in BigInt) cannot make 24.
//  - Redemption codes: 1,000,000 codes (budget < 1 s).
//  - Climbing stairs: n = 100,000 by each method.
//  - BFS: parse and traverse a 10,000-node tree.
//  - Top IPs: a generated 200 MB access log (BENCH_LOG_MB to change), streamed through the
//    counter, against `awk '{print $1}' FILE | sort | uniq -c | sort -rn | head -10` (LC_ALL=C)
//    in the same run; both times, the ratio, and whether the two top-10 lists agree.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRandom } from '../src/labs/kernel/random.ts';
import { canReach, survey } from '../src/puzzles/24-game/core/can-reach.ts';
import { levelOrder } from '../src/puzzles/bfs-levels/core/levels.ts';
import { parseTree } from '../src/puzzles/bfs-levels/core/parse-tree.ts';
import { randomTree } from '../src/puzzles/bfs-levels/core/random-tree.ts';
import { toLevelArray } from '../src/puzzles/bfs-levels/core/tree.ts';
import { countWays } from '../src/puzzles/climbing-stairs/core/ways.ts';
import { createCodeBatch } from '../src/puzzles/redemption-codes/core/codes.ts';
import { generateCodeChunks } from '../src/puzzles/redemption-codes/core/generate.ts';
import { type IpCounter, createIpCounter } from '../src/puzzles/top-ips/core/ip-counter.ts';
import { generateLogChunks } from '../src/puzzles/top-ips/core/log-generator.ts';
import { bestTimeMs, report } from './measure.ts';

function bench24(): void {
  let solvable = 0;
  const ms = bestTimeMs(() => {
    const s = survey(4, 1, 13, 24);
    solvable = s.solvable;
    if (s.total !== 1820) throw new Error(`expected 1,820 hands, got ${s.total}`);
  });
  report('24 game: all 1,820 hands of 1..13 → 24', ms, 'ms', { max: 1000 });
  console.log(`  solvable: ${solvable.toLocaleString('en-US')} of 1,820 (known answer 1,362) ${solvable === 1362 ? 'ok' : 'WRONG'}`);

  // The worker runs it with a Stop button; it took 26 s before the last pair was compared by
  // cross-multiplying (field.ts opEquals). Once: it is seconds long.
  const fractions = ['999999/999998', '999997/999995', '999993/999991', '999989/999987', '999983/999981', '999979/999977'];
  const start = performance.now();
  const reachable = canReach(fractions, 24);
  report('24 game: six 6-digit fractions → 24, proof of none', performance.now() - start, 'ms', { max: 5000 });
  if (reachable) console.log('  WRONG: found a way');
}

function benchCodes(): void {
  const batch = createCodeBatch({ count: 1_000_000, secret: 'bench', prefix: 'SPR' });
  let bytes = 0;
  const chunked = bestTimeMs(() => {
    bytes = 0;
    for (const chunk of generateCodeChunks(batch)) bytes += chunk.text.length;
  });
  report('redemption codes: 1,000,000 as download text chunks', chunked, 'ms', { max: 1000 });
  const strings = bestTimeMs(() => {
    for (const chunk of generateCodeChunks(batch)) if (chunk.codes().length !== chunk.size) throw new Error('chunk');
  });
  report('redemption codes: 1,000,000 as strings (chunk.codes())', strings, 'ms', { max: 1000 });
  const single = bestTimeMs(() => {
    for (let i = 0; i < 1_000_000; i++) batch.codeAt(i);
  });
  report('redemption codes: 1,000,000 × codeAt(i)', single, 'ms');
  console.log(`  ${batch.codeLength}-character codes, ${(bytes / 1e6).toFixed(1)} MB of text, e.g. ${batch.codeAt(0)}`);
}

function benchStairs(): void {
  const n = 100_000;
  for (const [label, steps, method, plain] of [
    ['DP, {1,2}', [1, 2], 'dp', false],
    ['fast doubling, {1,2}', [1, 2], 'matrix', false],
    ['2×2 matrix power, {1,2}', [1, 2], 'matrix', true],
    ['DP, {1,2,3}', [1, 2, 3], 'dp', false],
    ['3×3 matrix power, {1,2,3}', [1, 2, 3], 'matrix', false],
  ] as const) {
    const ms = bestTimeMs(() => countWays(n, steps, method, { plainMatrix: plain }), 2);
    report(`climbing stairs n = 100,000: ${label}`, ms, 'ms');
  }
  const memo = bestTimeMs(() => countWays(20_000, [1, 2], 'memo'), 2);
  report('climbing stairs n = 20,000: memo (explicit stack)', memo, 'ms');
}

function benchBfs(): void {
  const text = JSON.stringify(toLevelArray(randomTree(createRandom(1), 10_000)));
  const ms = bestTimeMs(() => {
    const r = parseTree(text);
    if (!r.ok) throw new Error(r.error.message);
    levelOrder(r.tree);
  });
  report('BFS: parse + level order, 10,000 nodes', ms, 'ms');
}

function writeLog(path: string, megabytes: number): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of generateLogChunks({ seed: 2024, bytes: megabytes * 1e6, chunkLines: 20_000 })) {
      writeSync(fd, chunk);
      bytes += chunk.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function countFile(path: string): IpCounter {
  const counter = createIpCounter();
  // A plain Uint8Array, not a Buffer: Buffer overrides indexOf with a slower JS wrapper.
  const buf = new Uint8Array(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      counter.push(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  counter.end();
  return counter;
}

function benchTopIps(): void {
  const mb = Number(process.env['BENCH_LOG_MB'] ?? 200);
  const dir = mkdtempSync(join(tmpdir(), 'top-ips-'));
  const file = join(dir, 'access.log');
  try {
    const genStart = performance.now();
    const bytes = writeLog(file, mb);
    console.log(`  generated ${(bytes / 1e6).toFixed(0)} MB log in ${((performance.now() - genStart) / 1000).toFixed(1)} s (${file})`);

    countFile(file); // warm the JIT and the page cache for both contenders
    let counter = createIpCounter();
    const ours = bestTimeMs(() => {
      counter = countFile(file);
    }, 2);
    const s = counter.stats();
    report('top IPs: streaming counter (read + count)', bytes / 1e6 / (ours / 1000), 'MB/s');
    console.log(
      `  ${s.lines.toLocaleString('en-US')} lines, ${s.malformedLines.toLocaleString('en-US')} malformed, ${s.distinctIps.toLocaleString('en-US')} distinct IPs, ${ours.toFixed(0)} ms`,
    );

    const cmd = `awk '{print $1}' '${file}' | sort | uniq -c | sort -rn | head -10`;
    const shStart = performance.now();
    const sh = spawnSync('sh', ['-c', cmd], { env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8', maxBuffer: 1 << 20 });
    const shell = performance.now() - shStart;
    if (sh.status !== 0) {
      console.log(`  pipeline failed (${sh.status}): ${sh.stderr}`);
      return;
    }
    report('top IPs: awk | sort | uniq -c | sort -rn | head', bytes / 1e6 / (shell / 1000), 'MB/s');
    console.log(`  pipeline ${shell.toFixed(0)} ms; counter is ${(shell / ours).toFixed(1)}× faster`);

    const theirs = sh.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const m = /^\s*(\d+)\s+(\S*)$/.exec(line);
        return m ? ([m[2] ?? '', Number(m[1])] as const) : (['?', -1] as const);
      });
    const top = counter.top(10);
    // Equal when the count sequences match and every IP the pipeline lists has that count here
    // (the two may order equal counts differently: sort -rn breaks ties by IP descending).
    const agree = theirs.length === top.length && theirs.every(([ip, n], i) => n === top[i]?.[1] && counter.countOf(ip) === n);
    console.log(`  top-10 lists agree: ${agree ? 'yes' : 'NO'}`);
    for (let i = 0; i < Math.max(top.length, theirs.length); i++) {
      const a = top[i];
      const b = theirs[i];
      console.log(`    ${String(i + 1).padStart(2)}. ${(a ? `${a[0]} ${a[1]}` : '').padEnd(42)} ${b ? `${b[0]} ${b[1]}` : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  bench24();
  benchCodes();
  benchStairs();
  benchBfs();
  benchTopIps();
}
