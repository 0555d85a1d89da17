// The shared place to write and run a solution: editor, Run / Submit, custom cases, report, give
// up. Every puzzle page renders it with its own cases; it owns the saved code, the sandbox runs
// and the review grading of the attempt (card id `puzzle-<id>`).
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { nextAttempt, startAttempt, type Attempt, type AttemptEvent } from './attempt.ts';
import { CodeEditor, type CodeEditorApi } from './CodeEditor.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { parseCustomCase } from './custom-case.ts';
import { CustomCases } from './CustomCases.tsx';
import type { Report, RunCase } from './judge-report.ts';
import { puzzleCardId } from './puzzle-card-id.ts';
import type { PuzzleCases } from './puzzle-cases.ts';
import { recordGrade } from './record-grade.ts';
import { ReviewStatus } from './ReviewStatus.tsx';
import { runCode } from './run-code.ts';
import { RunReport } from './RunReport.tsx';
import type { TypeState } from './TypeReport.tsx';
import { typeCheck } from '../typecheck/type-check-client.ts';
import type { EditorDiagnostic } from './codemirror-setup.ts';
import { S } from './strings.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { useSavedCode } from './use-saved-code.ts';
import './workbench.css';

export interface PuzzleWorkbenchProps {
  readonly puzzleId: string;
  /** Any puzzle's cases: judge() is a method, so PuzzleCases<[n: number], number> is assignable. */
  readonly cases: PuzzleCases<readonly unknown[], unknown>;
}

export function PuzzleWorkbench({ puzzleId, cases }: PuzzleWorkbenchProps) {
  const titleId = useId();
  const saved = useSavedCode(puzzleId, currentLanguage() === 'en' ? cases.starterEn : cases.starter);
  const editor = useRef<CodeEditorApi | null>(null);
  const [running, setRunning] = useState<{ done: number; total: number } | null>(null);
  const stopRun = useRef<AbortController | null>(null);
  const [result, setResult] = useState<{ report: Report; skippedCustom: number } | null>(null);
  // The type check of the code last run: undefined = not part of this report (a syntax error).
  const [types, setTypes] = useState<TypeState | undefined>(undefined);
  const runSeq = useRef(0);
  const attemptRef = useRef<Attempt>(startAttempt(Date.now()));
  const [attempt, setAttempt] = useState<Attempt>(attemptRef.current);
  // The grade counts as given once the progress store has committed it (data-saved on the line).
  const [gradeSaved, setGradeSaved] = useState(false);
  const first = cases.visible[0];

  const dispatch = useCallback(
    (event: AttemptEvent) => {
      const before = attemptRef.current;
      const after = nextAttempt(before, event);
      attemptRef.current = after;
      setAttempt(after);
      if (after.grade === null) setGradeSaved(false);
      if (before.grade === null && after.grade !== null) {
        // A storage failure is shown by the storage banner; the line just never says saved.
        recordGrade(puzzleCardId(puzzleId), after.grade, Date.now() - after.startedAt).then(
          () => setGradeSaved(true),
          () => undefined,
        );
      }
    },
    [puzzleId],
  );

  const execute = async (mode: Report['mode']) => {
    if (running) return;
    saved.flush();
    const filled = mode === 'run' ? saved.custom.filter((r) => r.args.trim() !== '' || r.expected.trim() !== '') : [];
    const parsed = filled.map((r) => parseCustomCase(r, first?.args ?? [], first?.expected, currentLanguage()));
    const custom: RunCase[] = [];
    parsed.forEach((p, i) => {
      if (!p.ok) return;
      const name = `#${i + 1}`;
      custom.push(
        p.hasExpected
          ? { kind: 'custom', name, args: p.args, hasExpected: true, expected: p.expected }
          : { kind: 'custom', name, args: p.args, hasExpected: false },
      );
    });
    const toRun =
      (kind: 'example' | 'hidden') =>
      (c: (typeof cases.visible)[number]): RunCase => ({
        kind,
        name: currentLanguage() === 'en' ? (c.nameEn ?? c.name) : c.name,
        args: c.args,
        hasExpected: true,
        expected: c.expected,
      });
    const list: RunCase[] = [...cases.visible.map(toRun('example')), ...(mode === 'submit' ? cases.hidden.map(toRun('hidden')) : []), ...custom];
    setRunning({ done: 0, total: list.length });
    const seq = ++runSeq.current;
    // Checked beside the run, never before it: a run goes ahead with type errors, as in a playground.
    setTypes(null);
    editor.current?.lintNow();
    void typeCheck({ source: saved.code.current, prelude: cases.prelude, signature: cases.signature }).then((r) => {
      if (runSeq.current === seq) setTypes((t) => (t === undefined ? t : r));
    });
    const controller = new AbortController();
    stopRun.current = controller;
    try {
      const report = await runCode(
        cases,
        { mode, source: saved.code.current, cases: list },
        (done) => setRunning({ done, total: list.length }),
        controller.signal,
      );
      setResult({ report, skippedCustom: parsed.length - custom.length });
      if (report.status === 'compile-error') setTypes(undefined);
      editor.current?.markErrorLine(report.status === 'compile-error' ? report.line : null);
      // A stopped Submit judged nothing: it neither passes nor counts as a failed attempt.
      if (mode === 'submit' && report.status !== 'compile-error' && report.status !== 'stopped')
        dispatch({ kind: report.status === 'passed' ? 'submit-passed' : 'submit-failed' });
    } finally {
      stopRun.current = null;
      setRunning(null);
    }
  };
  const stop = () => stopRun.current?.abort();
  const lint = useCallback(
    async (text: string): Promise<readonly EditorDiagnostic[]> => {
      const r = await typeCheck({ source: text, prelude: cases.prelude, signature: cases.signature });
      return r.ok ? r.diagnostics : [];
    },
    [cases.prelude, cases.signature],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && stopRun.current) {
      e.preventDefault();
      stop();
      return;
    }
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    e.stopPropagation();
    void execute(e.shiftKey ? 'submit' : 'run');
  };

  return (
    <section className="panel workbench" aria-labelledby={titleId} data-testid="workbench">
      <div className="workbench-head">
        <h2 id={titleId}>{S.title}</h2>
        <ReviewStatus puzzleId={puzzleId} />
      </div>
      <p className="small workbench-meta">
        <span className="muted">{S.signature}</span> <code>{cases.signature}</code>
        <span className="muted">
          {' '}
          · {S.limit(cases.timeLimitMs)} · {S.savedHere}
        </span>
      </p>
      {saved.problem && (
        <div className="banner warning" role="alert" data-testid="code-unreadable">
          <p>{S.unreadable(S.unreadableReason(saved.problem.reason))}</p>
          <details>
            <summary>{S.unreadableShow}</summary>
            <pre className="raw-saved">{saved.problem.raw.slice(0, 5000)}</pre>
          </details>
        </div>
      )}
      {saved.saveFailed && (
        <p className="banner warning" role="alert">
          {S.saveFailed}
        </p>
      )}
      <div onKeyDownCapture={onKeyDown}>
        <CodeEditor initialText={saved.initialCode} label={S.editorLabel(cases.functionName)} onChange={saved.setCode} apiRef={editor} lint={lint} />
      </div>
      <p className="muted small">{S.editorKeys}</p>
      <div className="row workbench-actions">
        <button type="button" className="primary" onClick={() => void execute('run')} disabled={running !== null} data-testid="run">
          {S.run}
          <span className="button-hint">{S.runHint}</span>
        </button>
        <button type="button" onClick={() => void execute('submit')} disabled={running !== null} data-testid="submit">
          {S.submit}
          <span className="button-hint">{S.submitHint}</span>
        </button>
        {running && (
          <button type="button" onClick={stop} data-testid="stop">
            {S.stop}
            <span className="button-hint">{S.stopHint}</span>
          </button>
        )}
        <ConfirmButton label={S.reset} question={S.resetConfirm} onConfirm={() => editor.current?.setText(cases.starter)} testId="reset-code" />
        {attempt.grade === null && (
          <ConfirmButton label={S.giveUp} question={S.giveUpConfirm} onConfirm={() => dispatch({ kind: 'give-up' })} testId="give-up" />
        )}
        <span className="workbench-progress" aria-live="polite" data-testid="run-progress">
          {running ? S.running(running.done, running.total) : ''}
        </span>
      </div>
      <div className="attempt-line small">
        {attempt.grade !== null ? (
          <p data-testid="attempt-graded" data-saved={gradeSaved}>
            <strong>{S.graded(attempt.grade)}</strong>{' '}
            <button type="button" className="link-button" onClick={() => dispatch({ kind: 'restart', now: Date.now() })}>
              {S.practiseAgain}
            </button>
          </p>
        ) : attempt.failedSubmits > 0 ? (
          <p>{S.failedSubmits(attempt.failedSubmits)}</p>
        ) : null}
        <p className="muted">{S.reviewHelp}</p>
      </div>
      {result && <RunReport report={result.report} skippedCustom={result.skippedCustom} types={types} />}
      <CustomCases
        rows={saved.custom}
        exampleArgs={first?.args ?? []}
        exampleExpected={first?.expected}
        onChange={saved.setCustom}
        onAdd={() => saved.setCustom([...saved.custom, { id: Math.max(0, ...saved.custom.map((r) => r.id)) + 1, args: '', expected: '' }])}
      />
    </section>
  );
}
