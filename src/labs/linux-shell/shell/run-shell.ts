// The thin wrapper around just-bash (vercel-labs/just-bash 3.4.2, bash and the text tools in
// TypeScript over an in-memory filesystem). Every run gets a fresh shell on the seeded files in
// /home/ops, so a command cannot change what the next one sees and the expected output is always
// computed on the same bytes.
//
// Differences from GNU, corrected here (shell/reference-vs-gnu.test.ts checks every exercise's
// reference pipeline byte for byte against bash, coreutils, grep, sed and mawk under LC_ALL=C):
// - `uniq -c` pads the count to 4 columns; GNU coreutils prints it with "%7lu " (uniq.c). The
//   `uniq` below runs the built-in one and re-pads each count to 7.
// - `wc` pads to the widest count; GNU pads to the digits of the input files' total size (see
//   gnu-wc.ts). The `wc` below runs the built-in one and re-pads.
// (shell/common-pipelines-vs-gnu.test.ts runs more everyday pipelines against GNU as well.)
// Limits: just-bash stops a run past its execution deadline (exit 124), past an output cap or a
// command/loop count; the worker (shell-worker.ts) adds a hard stop in case a run never yields.
import { Bash, defineCommand, type BashOptions } from 'just-bash';

type ExecutionLimits = NonNullable<BashOptions['executionLimits']>;
import { HOME } from '../core/lab-files.ts';
import { gnuWcWidth, padWcOutput, parseWcArgs } from './gnu-wc.ts';

export const RUN_LIMITS = {
  maxExecutionTimeMs: 5000,
  maxOutputSize: 2_000_000,
  maxCommandCount: 200_000,
  maxLoopIterations: 200_000,
  maxAwkIterations: 2_000_000,
} as const;

export type LimitHit = 'time' | 'output' | 'count';

export interface ShellResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly limit: LimitHit | null;
}

const COUNT = /^( *)(\d+) /;

/** "   3 a" → "      3 a": GNU's "%7lu " (counts wider than 7 digits stay as they are). */
export function gnuUniqCounts(stdout: string): string {
  return stdout.replace(/^.*$/gm, (line) => {
    const m = COUNT.exec(line);
    return m ? `${(m[2] as string).padStart(7)} ${line.slice(m[0].length)}` : line;
  });
}

function hasCountFlag(args: readonly string[]): boolean {
  return args.some((a) => a === '--count' || /^-[a-zA-Z]*c/.test(a));
}

const uniq = defineCommand('uniq', async (args, ctx) => {
  if (!ctx.origCommand) return { stdout: '', stderr: 'uniq: built-in missing\n', exitCode: 2 };
  const result = await ctx.origCommand(args);
  return hasCountFlag(args) ? { ...result, stdout: gnuUniqCounts(result.stdout) } : result;
});

const wc = defineCommand('wc', async (args, ctx) => {
  if (!ctx.origCommand) return { stdout: '', stderr: 'wc: built-in missing\n', exitCode: 2 };
  const result = await ctx.origCommand(args);
  const call = parseWcArgs(args);
  const sizes = await Promise.all(
    call.files.map(async (file) => {
      if (file === '-') return null;
      try {
        const stat = await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, file));
        return stat.isFile ? stat.size : null;
      } catch {
        return 0; // a missing file: wc reports it and leaves it out of the total
      }
    }),
  );
  return { ...result, stdout: padWcOutput(result.stdout, call.counts, gnuWcWidth(call, sizes)) };
});

// A browser has no processes: `ps aux` prints the snapshot the exercises use (ps-aux.txt), so the
// command people type first works, and says so for the options it does not simulate.
const ps = defineCommand('ps', async (args, ctx) => {
  if (args.length > 0 && !args.every((a) => /^-?(aux|ef|e|ax)$/.test(a))) {
    return { stdout: '', stderr: 'ps: only `ps aux` is simulated here (a snapshot, also in ps-aux.txt)\n', exitCode: 1 };
  }
  try {
    return { stdout: await ctx.fs.readFile(`${HOME}/ps-aux.txt`), stderr: '', exitCode: 0 };
  } catch {
    return { stdout: '', stderr: 'ps: no snapshot\n', exitCode: 1 };
  }
});

function limitOf(result: { exitCode: number; stderr: string }): LimitHit | null {
  if (/execution deadline/.test(result.stderr)) return 'time';
  if (/output size exceeded/.test(result.stderr)) return 'output';
  if (/too many commands|exceeded maximum iterations|too many .*iterations/.test(result.stderr)) return 'count';
  return null;
}

/** `limits` overrides RUN_LIMITS (the bench lifts the deadline to time a 100k-line log). */
export function createLabShell(files: Readonly<Record<string, string>>, limits: ExecutionLimits = {}): Bash {
  const absolute: Record<string, string> = {};
  for (const [path, content] of Object.entries(files)) {
    absolute[`${HOME}/${path}`] = content;
    // The /proc snapshot also where the kernel puts it, so `cat /proc/loadavg` works.
    if (path.startsWith('proc/')) absolute[`/${path}`] = content;
  }
  return new Bash({
    files: absolute,
    cwd: HOME,
    env: { HOME, USER: 'ops', LC_ALL: 'C' },
    customCommands: [uniq, wc, ps],
    executionLimits: { ...RUN_LIMITS, ...limits },
  });
}

export async function runInShell(files: Readonly<Record<string, string>>, command: string, limits: ExecutionLimits = {}): Promise<ShellResult> {
  const result = await createLabShell(files, limits).exec(command);
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, limit: limitOf(result) };
}
