// Beyond the exercises' reference pipelines: the other ways people answer the same questions
// (cut instead of awk, sed ranges, grep -c/-o/-B, sort -k, xargs, tail -n +2, tr), run by the
// wrapper and by the real GNU tools on the same files under LC_ALL=C: the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labFiles } from '../core/lab-files.ts';
import { runInShell } from './run-shell.ts';

const COMMON_PIPELINES: readonly string[] = [
  "cut -d' ' -f1 access.log | sort | uniq -c | sort -rn | head -3",
  "awk -F'\"' '{print $2}' access.log | cut -d' ' -f2 | sort | uniq -c | sort -rn",
  "grep -o 'HTTP/1\\.[01]\" [0-9]*' access.log | sort | uniq -c",
  "awk '$9 >= 500' access.log | wc -l",
  "awk '$9 == 404 {print $7}' access.log | sort | uniq -c | sort -rn | head -3",
  'sort -k10,10nr access.log | head -2 | cut -c1-60',
  "awk '{print $NF}' access.log | sort -n | tail -1",
  'grep -c ERROR app.log',
  'grep -B 1 -A 2 NullPointer app.log | head -8',
  "sed -n '/10:15:0/,/10:15:2/p' app.log | grep -v '^\\s' | head -5",
  "awk '/ 10:14:5/,/ 10:15:1/' app.log | grep ERROR | cut -c1-40",
  "grep ERROR app.log | awk '{print substr($2, 1, 5)}' | uniq -c",
  "tail -n +2 ps-aux.txt | sort -k6,6nr | head -3 | awk '{print $2, $11}'",
  "awk 'NR > 1 {sum += $6} END {print sum}' ps-aux.txt",
  "cut -d' ' -f1-3 proc/loadavg",
  'awk \'/MemTotal|MemAvailable/ {print $1, int($2 / 1024) " MiB"}\' proc/meminfo',
  "find var -name '*.log' | sort | xargs wc -l | tail -1",
  'find var -type f | xargs -n 1 basename | sort | head -3',
  'ls var/log | sort',
  "head -3 access.log | tr ' ' '\\n' | head -4",
  "sed 's/ - - \\[.*//' access.log | sort -u | wc -l",
  'sort access.log | uniq -d | wc -l',
  'wc access.log app.log',
  'cat ps-aux.txt | wc',
  'wc -lc proc/loadavg',
  'wc -l < access.log',
];

const hasTools = ['bash', 'awk', 'sed', 'find', 'xargs', 'cut', 'tr'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.runIf(hasTools)('common pipelines: just-bash = GNU', () => {
  const files = labFiles(42);
  const dir = mkdtempSync(join(tmpdir(), 'linux-shell-common-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  it.each(COMMON_PIPELINES.map((p) => [p]))(
    '%s',
    async (pipeline) => {
      const real = spawnSync('bash', ['-c', pipeline], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' }, encoding: 'utf8' });
      const mine = await runInShell(files, pipeline, { maxExecutionTimeMs: 600_000 });
      expect(mine.stdout).toBe(real.stdout);
    },
    60_000,
  );
});
