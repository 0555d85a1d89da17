// "Simulate an hour at once": the same breaker, backend script, traffic and seed run for 3600 s
// with fastForwardBreaker (counts only, no rows), and its totals.
import { useState } from 'react';
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { BREAKER_STATES, type BreakerState, type RejectReason } from './core/breaker-types.ts';
import type { CircuitBreakerParams } from './core/params.ts';
import type { RunTotals } from './core/run-breaker.ts';
import { fastForwardHour } from './build-run.ts';
import { S } from './strings.ts';

const REASONS: readonly RejectReason[] = ['open', 'half-open-full', 'forced-open'];

export function FastForward({ values, states }: { values: CircuitBreakerParams; states: readonly BreakerState[] }) {
  const [totals, setTotals] = useState<RunTotals | null>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    // Let the "computing" text paint before the (up to a few seconds) run blocks the thread.
    window.setTimeout(() => {
      setTotals(fastForwardHour(values));
      setBusy(false);
    }, 30);
  };
  const n = (v: number) => v.toLocaleString(localeOf(currentLanguage()));
  return (
    <section className="cb-ff panel" aria-labelledby="cb-ff-title" data-testid="fast-forward">
      <h2 id="cb-ff-title">{S.ffTitle}</h2>
      <p className="muted small">{S.ffHelp}</p>
      <button type="button" onClick={run} disabled={busy} aria-busy={busy}>
        {busy ? S.ffBusy : S.ffButton}
      </button>
      {totals && (
        <dl className="cb-totals" data-testid="ff-totals" aria-label={S.ffTotals}>
          <div>
            <dt>{S.ffArrivals}</dt>
            <dd data-testid="ff-arrivals">{n(totals.arrivals)}</dd>
          </div>
          <div>
            <dt>{S.ffPermitted}</dt>
            <dd>{n(totals.permitted)}</dd>
          </div>
          <div>
            <dt>{S.ffRejected}</dt>
            <dd>{n(totals.rejected)}</dd>
          </div>
          {REASONS.filter((r) => totals.rejectedByReason[r] > 0).map((r) => (
            <div key={r}>
              <dt>{S.ffRejectedBy[r]}</dt>
              <dd>{n(totals.rejectedByReason[r])}</dd>
            </div>
          ))}
          <div>
            <dt>{S.ffCompleted}</dt>
            <dd>{n(totals.completed)}</dd>
          </div>
          <div>
            <dt>{S.ffSuccesses}</dt>
            <dd>{n(totals.successes)}</dd>
          </div>
          <div>
            <dt>{S.ffFailures}</dt>
            <dd>{n(totals.failures)}</dd>
          </div>
          <div>
            <dt>{S.ffSlow}</dt>
            <dd>{n(totals.slow)}</dd>
          </div>
          {totals.timeouts > 0 && (
            <div>
              <dt>{S.ffTimeouts}</dt>
              <dd>{n(totals.timeouts)}</dd>
            </div>
          )}
          <div>
            <dt>{S.ffInFlight}</dt>
            <dd>{n(totals.inFlightAtEnd)}</dd>
          </div>
          <div>
            <dt>{S.ffTransitions}</dt>
            <dd>{n(totals.transitions)}</dd>
          </div>
          {BREAKER_STATES.filter((s) => states.includes(s) && s !== 'CLOSED').map((s) => (
            <div key={`e-${s}`}>
              <dt>{S.ffEntered(s)}</dt>
              <dd>{S.times(n(totals.entered[s]))}</dd>
            </div>
          ))}
          {BREAKER_STATES.filter((s) => states.includes(s)).map((s) => (
            <div key={`t-${s}`}>
              <dt>{S.ffTimeIn(s)}</dt>
              <dd>{S.minutes(totals.timeInStateMs[s])}</dd>
            </div>
          ))}
          <div>
            <dt>{S.ffFinal}</dt>
            <dd className={`cb-state-text state-${totals.finalState}`}>{totals.finalState}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
