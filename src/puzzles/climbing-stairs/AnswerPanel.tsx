// The answer for the chosen n: a shortened form and its digit count, the full number to copy,
// whether the methods agree, and the worker's progress with a cancel button.
import { useEffect, useRef, useState } from 'react';
import { summarizeBigInt } from './core/steps.ts';
import { T, withDigits } from './strings.ts';
import type { StairsAnswer } from './use-stairs-answer.ts';

function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return <>{((now - since) / 1000).toFixed(1)}</>;
}

export function AnswerPanel({ answer, onCancel }: { answer: StairsAnswer; onCancel: () => void }) {
  const first = answer.results[0];
  const full = useRef<HTMLTextAreaElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => setCopy('idle'), [first]);
  const text = first ? first.ways.toString() : '';
  const summary = first ? summarizeBigInt(first.ways, 40) : null;
  const agree = answer.results.every((r) => r.ways === first?.ways);

  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('done');
    } catch {
      setCopy('failed');
      if (details.current) details.current.open = true;
      full.current?.focus();
      full.current?.select();
    }
  };

  const running = answer.running;
  return (
    <section className="panel stairs-answer" aria-labelledby="stairs-answer-title" data-testid="stairs-answer">
      <h2 id="stairs-answer-title">{T.answerTitle}</h2>
      <p className="muted small">{T.answerFor(answer.n, answer.steps.join(','))}</p>
      {summary ? (
        <>
          <p className="stairs-number" data-testid="stairs-short">
            {withDigits(summary.text)}
          </p>
          <p className="row small">
            <span className="badge" data-testid="stairs-digits">
              {T.digits(summary.digits)}
            </span>
            {answer.results.length > 1 && (
              <span className={agree ? 'ok' : 'error'} data-testid="stairs-agree">
                {agree ? `✓ ${answer.results.length === 3 ? T.agree : T.agreeTwo}` : T.disagree}
              </span>
            )}
          </p>
          <div className="row">
            <button type="button" onClick={() => void doCopy()} data-testid="stairs-copy">
              {T.copy}
            </button>
            <span role="status" className="small">
              {copy === 'done' ? T.copied : copy === 'failed' ? T.copyFailed : ''}
            </span>
          </div>
          <details ref={details} className="stairs-full">
            <summary>{T.showFull}</summary>
            <label className="visually-hidden" htmlFor="stairs-full-number">
              {T.fullNumberLabel}
            </label>
            <textarea id="stairs-full-number" ref={full} readOnly rows={4} value={text} data-testid="stairs-full" />
          </details>
        </>
      ) : !running && !answer.cancelled ? null : !answer.cancelled ? (
        <p className="stairs-number muted">…</p>
      ) : null}
      {running && (
        <p className="row small stairs-progress" data-testid="stairs-progress">
          <span>
            <span role="status">{T.computing(running.method === 'trace' ? T.tracing : T.methods[running.method], running.index, running.total)}</span>
            <Elapsed since={running.startedAt} /> s
          </span>
          <button type="button" onClick={onCancel} data-testid="stairs-cancel">
            {T.cancel}
          </button>
        </p>
      )}
      {answer.cancelled && (
        <p className="small" role="status" data-testid="stairs-cancelled">
          {T.cancelled}
        </p>
      )}
      {answer.error && (
        <p className="error small" role="alert">
          {answer.error}
        </p>
      )}
      <p className="muted small">{T.workerNote}</p>
    </section>
  );
}
