// Linux shell lab: the top-10 pipeline (`awk '{print $1}' access.log | sort | uniq -c | sort -rn |
// head`) on a 100,000-line access log through the lab's just-bash wrapper in Node, best of three
// after a warm-up; and the 3,000-line log the page uses. Budget: the page's log answers within the
// run deadline (5 s) with room to spare, so a user never meets the limit with the reference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { accessLog } from '../src/labs/linux-shell/core/access-log.ts';
import { findExercise } from '../src/labs/linux-shell/core/exercises.ts';
import { ACCESS_LOG_LINES, labFiles } from '../src/labs/linux-shell/core/lab-files.ts';
import { runInShell } from '../src/labs/linux-shell/shell/run-shell.ts';
import { report } from './measure.ts';

const TOP10 = findExercise('top-10-ips')?.reference ?? '';

async function bestMs(files: Record<string, string>, rounds = 3): Promise<{ ms: number; lines: number }> {
  let lines = 0;
  const once = async () => {
    const start = performance.now();
    const result = await runInShell(files, TOP10, { maxExecutionTimeMs: 600_000 });
    if (result.exitCode !== 0) throw new Error(result.stderr);
    lines = result.stdout.split('\n').length - 1;
    return performance.now() - start;
  };
  await once();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) best = Math.min(best, await once());
  return { ms: best, lines };
}

/** The real tools on the same bytes, for scale (null where bash is missing). */
function gnuMs(log: string): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'linux-shell-bench-'));
  try {
    writeFileSync(join(dir, 'access.log'), log);
    const start = performance.now();
    const run = spawnSync('bash', ['-c', TOP10], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } });
    return run.status === 0 ? performance.now() - start : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function linuxShellBench(): Promise<void> {
  const big = { 'access.log': accessLog(42, 100_000) };
  const bigRun = await bestMs(big);
  report(`top-10 pipeline, 100,000-line log (${(big['access.log'].length / 1e6).toFixed(1)} MB), just-bash in Node`, bigRun.ms, 'ms');
  report('  the same, per line', (bigRun.ms * 1000) / 100_000, 'µs');
  const gnu = gnuMs(big['access.log']);
  if (gnu !== null) report('  GNU tools on the same file (bash, mawk, coreutils)', gnu, 'ms');
  const page = await bestMs(labFiles(42));
  report(`top-10 pipeline, the page's ${ACCESS_LOG_LINES.toLocaleString('en-US')}-line log`, page.ms, 'ms', { max: 1500 });
}
