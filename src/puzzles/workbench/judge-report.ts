// Turns what the sandbox sent back into the report the user reads: one row per case (input,
// expected, actual, verdict, time), the first failure, and totals. Pure: the sandbox result and
// the judge come in, plain data goes out, so every verdict path is unit-tested.
import type { CaseResult, SandboxOutcome } from '../runner/run-in-sandbox.ts';
import { formatValue } from './format-value.ts';
import type { Verdict } from './puzzle-cases.ts';
import { S } from './strings.ts';

export type CaseKind = 'example' | 'hidden' | 'custom';

/** A case to run: a puzzle case, or a custom one (expected optional). */
export interface RunCase {
  readonly kind: CaseKind;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly hasExpected: boolean;
  readonly expected?: unknown;
}

export type RowStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'not-run' | 'output';

export interface ReportRow {
  readonly index: number;
  readonly kind: CaseKind;
  /** "示例 1" / "Example 1", "隐藏 3", "自定义 1". */
  readonly label: string;
  readonly name: string;
  readonly input: string;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly status: RowStatus;
  readonly message: string | null;
  readonly timeMs: number | null;
  readonly logs: readonly string[];
  /** Said when console output went past the per-case limits and was cut. */
  readonly logNote: string | null;
}

export type ReportStatus = 'passed' | 'failed' | 'timeout' | 'stopped' | 'load-error' | 'compile-error';

export interface Report {
  readonly mode: 'run' | 'submit';
  readonly status: ReportStatus;
  readonly rows: readonly ReportRow[];
  /** Cases with an expected output that passed / that have an expected output. */
  readonly passed: number;
  readonly judged: number;
  /** Index of the first row that is not pass/output, or null. */
  readonly firstFailure: number | null;
  readonly totalMs: number;
  /** Load or compile error text. */
  readonly error: string | null;
  /** 1-based, compile errors only. */
  readonly line: number | null;
  readonly column: number | null;
  readonly timeLimitMs: number;
}

export type Judge = (actual: unknown, expected: unknown, args: readonly unknown[]) => Verdict;

function labels(cases: readonly RunCase[]): string[] {
  const seen: Record<CaseKind, number> = { example: 0, hidden: 0, custom: 0 };
  return cases.map((c) => `${S.caseKind[c.kind]} ${++seen[c.kind]}`);
}

function safeJudge(judge: Judge, actual: unknown, expected: unknown, args: readonly unknown[]): Verdict {
  try {
    return judge(actual, expected, args);
  } catch (error) {
    return { pass: false, message: S.cantCompare(error instanceof Error ? error.message : String(error)) };
  }
}

/** The first line of a thrown error is the message; the stack lines point into the sandbox. */
export function errorMessage(error: string): string {
  const first = error.split('\n')[0] ?? error;
  return first.trim() === '' ? error : first;
}

function row(c: RunCase, index: number, label: string, result: CaseResult | undefined, judge: Judge, timedOut: boolean, timeLimitMs: number): ReportRow {
  const base = {
    index,
    kind: c.kind,
    label,
    name: c.name,
    input: formatValue(c.args),
    expected: c.hasExpected ? formatValue(c.expected) : null,
  };
  if (timedOut) {
    return { ...base, actual: null, status: 'timeout', message: S.overTime(timeLimitMs / 1000), timeMs: timeLimitMs, logs: [], logNote: null };
  }
  if (!result) return { ...base, actual: null, status: 'not-run', message: null, timeMs: null, logs: [], logNote: null };
  const common = { timeMs: result.timeMs, logs: result.logs, logNote: logNote(result) };
  if (result.outputProblem === 'too-large' || result.outputProblem === 'unclonable') {
    return { ...base, ...common, actual: null, status: 'fail', message: S.outputProblem[result.outputProblem] };
  }
  if (result.outputProblem === 'threw') {
    return { ...base, ...common, actual: null, status: 'error', message: S.outputThrew(errorMessage(result.error ?? '')) };
  }
  if (result.error !== undefined) {
    return { ...base, ...common, actual: null, status: 'error', message: S.threw(errorMessage(result.error)) };
  }
  const actual = formatValue(result.output);
  if (!c.hasExpected) return { ...base, ...common, actual, status: 'output', message: null };
  const verdict = safeJudge(judge, result.output, c.expected, c.args);
  return verdict.pass
    ? { ...base, ...common, actual, status: 'pass', message: null }
    : { ...base, ...common, actual, status: 'fail', message: verdict.message };
}

function logNote(result: CaseResult): string | null {
  if (result.logsDropped > 0) return S.logsDropped(result.logsDropped);
  return result.logsCut ? S.logsCut : null;
}

export function buildReport(mode: Report['mode'], cases: readonly RunCase[], outcome: SandboxOutcome, judge: Judge, timeLimitMs: number): Report {
  const names = labels(cases);
  const empty = { line: null, column: null, timeLimitMs, mode };
  if (outcome.kind === 'load-error') {
    const rows = cases.map((c, i) => row(c, i, names[i] ?? '', undefined, judge, false, timeLimitMs));
    return {
      ...empty,
      status: 'load-error',
      rows,
      passed: 0,
      judged: cases.filter((c) => c.hasExpected).length,
      firstFailure: null,
      totalMs: 0,
      error: outcome.message,
    };
  }
  const byIndex = new Map(outcome.results.map((r) => [r.index, r]));
  const timeoutAt = outcome.kind === 'timeout' ? outcome.index : -1;
  const rows = cases.map((c, i) => row(c, i, names[i] ?? '', byIndex.get(i), judge, i === timeoutAt, timeLimitMs));
  const judgedRows = rows.filter((r) => cases[r.index]?.hasExpected);
  const passed = judgedRows.filter((r) => r.status === 'pass').length;
  // A finished run must have run every case: a case with no result fails, whatever was sent.
  const failure = rows.find((r) => r.status !== 'pass' && r.status !== 'output' && (r.status !== 'not-run' || outcome.kind === 'done'));
  const totalMs = outcome.results.reduce((sum, r) => sum + r.timeMs, 0) + (timeoutAt >= 0 ? timeLimitMs : 0);
  const status: ReportStatus = outcome.kind === 'timeout' ? 'timeout' : outcome.kind === 'stopped' ? 'stopped' : failure ? 'failed' : 'passed';
  return { ...empty, status, rows, passed, judged: judgedRows.length, firstFailure: failure?.index ?? null, totalMs, error: null };
}

export function compileErrorReport(mode: Report['mode'], message: string, line: number, column: number, timeLimitMs: number): Report {
  return { mode, status: 'compile-error', rows: [], passed: 0, judged: 0, firstFailure: null, totalMs: 0, error: message, line, column, timeLimitMs };
}
