// "Fast-forward an hour": the same setup, traffic and seed for 3600 seconds, counted in the
// background worker without rows.
import { useEffect } from 'react';
import type { UpstreamEvent } from './core/events.ts';
import { labRequestBound } from './core/lab-run.ts';
import type { LoadBalancingValues } from './core/params.ts';
import { S } from './strings.ts';
import { useLbWorker } from './use-lb-worker.ts';

const MAX_HOUR_REQUESTS = 5_000_000;

export function HourPanel({ values, presetEvents, query }: { values: LoadBalancingValues; presetEvents: readonly UpstreamEvent[]; query: string }) {
  const { state, run, reset } = useLbWorker();
  useEffect(() => reset(), [query, reset]);
  const expected = labRequestBound({ ...values, durationS: 3600 });
  const tooMany = expected > MAX_HOUR_REQUESTS;
  const result = state.kind === 'done' ? state.runs[0] : undefined;
  return (
    <section className="lab-box lb-hour" aria-labelledby="lb-hour-title">
      <h3 id="lb-hour-title" className="lb-h">
        {S.hourTitle}
      </h3>
      <p className="muted small">{S.hourHelp}</p>
      <button
        type="button"
        disabled={tooMany || state.kind === 'running'}
        onClick={() => run({ kind: 'hour', values, presetEvents })}
        data-testid="hour-button"
      >
        {state.kind === 'running' ? S.hourBusy : S.hourButton}
      </button>
      {tooMany && <p className="muted small">{S.hourTooMany(expected)}</p>}
      <p role="status" data-testid="hour-result">
        {result && state.kind === 'done' ? S.hourResult(result.requests, result.dropped, result.p50Ms, result.p99Ms, state.ms) : ''}
        {state.kind === 'error' ? S.compareError(state.message) : ''}
      </p>
    </section>
  );
}
