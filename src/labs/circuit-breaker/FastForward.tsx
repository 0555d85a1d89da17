// "Simulate an hour at once": the same breaker, backend script, traffic and seed run for 3600 s
// with fastForwardBreaker (counts only, no rows) in a worker (ff-worker.ts), and its totals.
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { BREAKER_STATES, type BreakerState, type RejectReason } from './core/breaker-types.ts';
import type { CircuitBreakerParams } from './core/params.ts';
import type { FastForwardDone } from './ff-worker.ts';
import { S } from './strings.ts';
import { useWorkerRun } from '../../ui/use-worker-run.ts';

const REASONS: readonly RejectReason[] = ['open', 'half-open-full', 'forced-open'];

export function FastForward({ values, states }: { values: CircuitBreakerParams; states: readonly BreakerState[] }) {
  // The view remounts this panel for other values (key = query): a run still going is dropped.
  const { state, run, stop } = useWorkerRun<CircuitBreakerParams, FastForwardDone>(
    () => new Worker(new URL('./ff-worker.ts', import.meta.url), { type: 'module' }),
  );
  const busy = state.kind === 'running';
  const totals = state.kind === 'done' ? state.reply.totals : null;
  const n = (v: number) => v.toLocaleString(localeOf(currentLanguage()));
  return (
    <section className="cb-ff panel" aria-labelledby="cb-ff-title" data-testid="fast-forward">
      <h2 id="cb-ff-title">{S.ffTitle}</h2>
      <p className="muted small">{S.ffHelp}</p>
      <div className="row">
        <button type="button" onClick={() => run(values)} disabled={busy} aria-busy={busy}>
          {busy ? S.ffBusy : S.ffButton}
        </button>
        {busy && (
          <button type="button" onClick={stop} data-testid="ff-stop">
            {S.ffStop}
          </button>
        )}
      </div>
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {S.ffError(state.message)}
        </p>
      )}
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
