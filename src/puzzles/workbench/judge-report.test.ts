import { describe, expect, it } from 'vitest';
import { buildReport, compileErrorReport, errorMessage, type Judge, type RunCase } from './judge-report.ts';

const judge: Judge = (actual, expected) =>
  actual === expected ? { pass: true } : { pass: false, message: `期望 ${String(expected)}，实际 ${String(actual)}` };
const cases: RunCase[] = [
  { kind: 'example', name: 'a', args: [1], hasExpected: true, expected: 1 },
  { kind: 'example', name: 'b', args: [2], hasExpected: true, expected: 2 },
  { kind: 'hidden', name: 'c', args: [3], hasExpected: true, expected: 3 },
  { kind: 'custom', name: 'd', args: [4], hasExpected: false },
];
const ok = (index: number, output: unknown) => ({ index, output, timeMs: 1.5, logs: [], logsDropped: 0, logsCut: false });

describe('buildReport', () => {
  it('passes when every judged case passes; a custom case without expected only shows output', () => {
    const r = buildReport('submit', cases, { kind: 'done', results: [ok(0, 1), ok(1, 2), ok(2, 3), ok(3, 'x')] }, judge, 2000);
    expect(r).toMatchObject({ status: 'passed', passed: 3, judged: 3, firstFailure: null, totalMs: 6 });
    expect(r.rows.map((x) => x.label)).toEqual(['示例 1', '示例 2', '隐藏 1', '自定义 1']);
    expect(r.rows[3]).toMatchObject({ status: 'output', actual: '"x"', expected: null });
  });

  it('points at the first failure and keeps the judge’s message', () => {
    const r = buildReport('run', cases, { kind: 'done', results: [ok(0, 1), ok(1, 5), ok(2, 9), ok(3, 0)] }, judge, 2000);
    expect(r).toMatchObject({ status: 'failed', passed: 1, firstFailure: 1 });
    expect(r.rows[1]).toMatchObject({ status: 'fail', expected: '2', actual: '5', message: '期望 2，实际 5' });
  });

  it('reports a thrown error by its first line', () => {
    const r = buildReport(
      'run',
      cases,
      {
        kind: 'done',
        results: [{ index: 0, error: 'ReferenceError: localStorage is not defined\n    at solve', timeMs: 0, logs: [], logsDropped: 0, logsCut: false }],
      },
      judge,
      2000,
    );
    expect(r.rows[0]).toMatchObject({ status: 'error', message: '抛出了异常：ReferenceError: localStorage is not defined' });
    expect(r.firstFailure).toBe(0);
  });

  it('marks the case that timed out and the ones that never ran', () => {
    const r = buildReport('submit', cases, { kind: 'timeout', index: 1, results: [ok(0, 1)] }, judge, 2000);
    expect(r.status).toBe('timeout');
    expect(r.rows.map((x) => x.status)).toEqual(['pass', 'timeout', 'not-run', 'not-run']);
    expect(r.rows[1]?.message).toContain('2 s');
    expect(r.firstFailure).toBe(1);
    expect(r.totalMs).toBe(2001.5);
  });

  it('a stopped run keeps the cases that finished and marks the rest not run', () => {
    const r = buildReport('submit', cases, { kind: 'stopped', results: [ok(0, 1), ok(1, 2)] }, judge, 2000);
    expect(r.status).toBe('stopped');
    expect(r.rows.map((x) => x.status)).toEqual(['pass', 'pass', 'not-run', 'not-run']);
    expect(r.firstFailure).toBeNull();
  });

  it('reports a load error without running any case', () => {
    const r = buildReport('run', cases, { kind: 'load-error', message: '没有找到函数 f' }, judge, 2000);
    expect(r).toMatchObject({ status: 'load-error', error: '没有找到函数 f', passed: 0 });
    expect(r.rows.every((x) => x.status === 'not-run')).toBe(true);
  });

  it('fails a finished run that is missing results, whatever else was sent', () => {
    const r = buildReport('submit', cases, { kind: 'done', results: [] }, judge, 2000);
    expect(r.status).toBe('failed');
    expect(r.passed).toBe(0);
    expect(r.firstFailure).toBe(0);
  });

  it('fails a value too large or impossible to copy out, with a note, and notes cut console output', () => {
    const base = { timeMs: 1, logs: ['a'], logsDropped: 0, logsCut: false };
    const r = buildReport(
      'run',
      cases.slice(0, 3),
      {
        kind: 'done',
        results: [
          { index: 0, ...base, outputProblem: 'too-large', logsDropped: 7 },
          { index: 1, ...base, outputProblem: 'unclonable', logsCut: true },
          { index: 2, ...base, outputProblem: 'threw', error: 'Error: getter\n at x' },
        ],
      },
      judge,
      2000,
    );
    expect(r.status).toBe('failed');
    expect(r.rows.map((x) => x.status)).toEqual(['fail', 'fail', 'error']);
    expect(r.rows[0]?.message).toContain('返回值太大');
    expect(r.rows[0]?.logNote).toContain('另有 7 行');
    expect(r.rows[1]?.message).toContain('无法传出沙箱');
    expect(r.rows[1]?.logNote).toContain('已截断');
    expect(r.rows[2]?.message).toBe('读取返回值时抛出了异常：Error: getter');
  });

  it('survives a judge that throws on a strange custom expected value', () => {
    const throwing: Judge = () => {
      throw new TypeError('expected.map is not a function');
    };
    const r = buildReport(
      'run',
      [{ kind: 'custom', name: 'x', args: [], hasExpected: true, expected: 1 }],
      { kind: 'done', results: [ok(0, 1)] },
      throwing,
      2000,
    );
    expect(r.rows[0]).toMatchObject({ status: 'fail', message: '无法比较输出：expected.map is not a function' });
  });

  it('prints values the way JavaScript would', () => {
    const r = buildReport('run', [{ kind: 'custom', name: 'x', args: [], hasExpected: false }], { kind: 'done', results: [ok(0, undefined)] }, judge, 2000);
    expect(r.rows[0]?.actual).toBe('undefined');
    const big = buildReport('run', [{ kind: 'custom', name: 'x', args: [], hasExpected: false }], { kind: 'done', results: [ok(0, 12n)] }, judge, 2000);
    expect(big.rows[0]?.actual).toBe('12n');
  });
});

describe('compileErrorReport and errorMessage', () => {
  it('keeps line and column', () => {
    expect(compileErrorReport('run', 'Unexpected token', 3, 7, 2000)).toMatchObject({ status: 'compile-error', line: 3, column: 7, rows: [] });
  });
  it('takes the first line of a stack', () => {
    expect(errorMessage('Error: boom\n  at x')).toBe('Error: boom');
  });
});
