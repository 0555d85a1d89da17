// Every exercise's reference pipeline, run by the wrapper (just-bash + its patches) and by the real
// tools of this machine (bash, coreutils, grep, sed, awk = mawk on Debian, findutils) on the same
// generated files under LC_ALL=C: the outputs must be the same bytes. The outputs for the default
// seed are also pinned, so the check still means something where a GNU tool is missing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exercises } from '../core/exercises.ts';
import { labFiles } from '../core/lab-files.ts';
import { DEFAULT_SEED } from '../core/params.ts';
import { runInShell } from './run-shell.ts';

// A loaded test machine must not turn a slow run into a failure: the deadline is for the page.
const NO_DEADLINE = { maxExecutionTimeMs: 600_000 };
const TOOLS = ['bash', 'awk', 'sort', 'uniq', 'head', 'wc', 'grep', 'find'];
const hasTools = TOOLS.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'linux-shell-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function gnu(dir: string, command: string): string {
  const run = spawnSync('bash', ['-c', command], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command}: ${run.stderr}`);
  return run.stdout;
}

describe.each([DEFAULT_SEED, 7, 2024])('seed %i', (seed) => {
  const files = labFiles(seed);
  it.runIf(hasTools).each(exercises.map((e) => [e.id, e.reference] as const))(
    '%s: just-bash = GNU',
    async (_id, reference) => {
      const dir = writeFiles(files);
      const mine = await runInShell(files, reference, NO_DEADLINE);
      expect(mine.stderr).toBe('');
      expect(mine.stdout).toBe(gnu(dir, reference));
    },
    60_000,
  );
});

describe('the default seed, pinned', () => {
  const files = labFiles(DEFAULT_SEED);
  it.each(exercises.map((e) => [e.id, e.reference] as const))(
    '%s',
    async (id, reference) => {
      const { stdout } = await runInShell(files, reference, NO_DEADLINE);
      expect(stdout).toMatchSnapshot(id);
    },
    60_000,
  );
});
