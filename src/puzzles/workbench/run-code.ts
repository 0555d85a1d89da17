// One Run or Submit: compile the user's TypeScript (separately from the prelude, so error lines
// are the user's lines), run every case in the sandbox, and judge. Progress arrives per case.
import { runInSandbox, SANDBOX_UNAVAILABLE, type CaseResult, type SandboxOutcome } from '../runner/run-in-sandbox.ts';
import { transpileTs } from '../runner/transpile.ts';
import { buildReport, compileErrorReport, type Judge, type Report, type RunCase } from './judge-report.ts';
import type { PuzzleCases } from './puzzle-cases.ts';
import { S } from './strings.ts';
import { currentLanguage } from '../../ui/use-language.ts';

export interface RunRequest {
  readonly mode: Report['mode'];
  readonly source: string;
  readonly cases: readonly RunCase[];
}

export async function runCode(
  puzzle: PuzzleCases<readonly unknown[], unknown>,
  request: RunRequest,
  onCase?: (done: number) => void,
  signal?: AbortSignal,
): Promise<Report> {
  const { mode, source, cases } = request;
  const user = transpileTs(source);
  if (!user.ok) return compileErrorReport(mode, user.message, user.line, user.column, puzzle.timeLimitMs);
  const prelude = puzzle.prelude === '' ? { ok: true as const, code: '' } : transpileTs(puzzle.prelude);
  if (!prelude.ok) throw new Error(`prelude does not compile: ${prelude.message}`);
  let done = 0;
  const outcome = await runInSandbox(
    {
      program: `${prelude.code}\n${user.code}`,
      functionName: puzzle.functionName,
      invoke: puzzle.invoke,
      cases: cases.map((c) => c.args),
      timeLimitMs: puzzle.timeLimitMs,
    },
    (_result: CaseResult) => onCase?.(++done),
    signal,
  );
  // The judge runs here, on the page, over a copy the harness made: nothing in the worker can touch it.
  const language = currentLanguage();
  const judge: Judge = (actual, expected, args) => puzzle.judge(actual, expected, args, language);
  return buildReport(mode, cases, loadMessage(outcome, puzzle.functionName), judge, puzzle.timeLimitMs);
}

/** The harness reports a missing function by a code; the words are the UI's. */
function loadMessage(outcome: SandboxOutcome, functionName: string): SandboxOutcome {
  if (outcome.kind !== 'load-error') return outcome;
  if (outcome.message === 'missing-function') return { ...outcome, message: S.missingFunction(functionName) };
  if (outcome.message === 'incomplete') return { ...outcome, message: S.incomplete };
  if (outcome.message === SANDBOX_UNAVAILABLE) return { ...outcome, message: S.sandboxUnavailable };
  return outcome;
}
