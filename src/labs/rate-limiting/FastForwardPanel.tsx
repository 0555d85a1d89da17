// "Fast-forward": the same traffic rule and seed for one hour, counted by core/fast-forward.ts in a
// worker (no rows, no snapshots), to see the long-run admitted / delayed / rejected split.
import { memo, useEffect, useMemo } from 'react';
import { arrivalBound } from '../kernel/traffic.ts';
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { getAlgorithm } from './algorithm-text.ts';
import { formatMs, formatNumber } from './explain-text.ts';
import { toRunEntries, toTrafficSpec, type RateLimitValues } from './core/params.ts';
import type { FastForwardDone, FastForwardRequest } from './ff-worker.ts';
import { s } from './strings.ts';
import { useWorkerRun } from '../../ui/use-worker-run.ts';

const HOUR_MS = 3_600_000;
/** An hour's arrivals are held in memory once; beyond this the worker would need hundreds of MB. */
export const MAX_FF_ARRIVALS = 10_000_000;

/** The most requests an hour of this traffic makes (the fast-forward plays the generated traffic only). */
export function hourArrivals(values: RateLimitValues): number {
  return arrivalBound(toTrafficSpec(values.traffic), HOUR_MS);
}

export const FastForwardPanel = memo(function FastForwardPanel({ values, query }: { values: RateLimitValues; query: string }) {
  const { state, run, stop } = useWorkerRun<FastForwardRequest, FastForwardDone>(
    () => new Worker(new URL('./ff-worker.ts', import.meta.url), { type: 'module' }),
  );
  // Other values: the old counts no longer apply, and a run still going is for the old ones.
  useEffect(() => stop(), [query, stop]);
  const expected = useMemo(() => hourArrivals(values), [values]);
  const tooMany = expected > MAX_FF_ARRIVALS;

  const request = (): FastForwardRequest => ({ entries: toRunEntries(values), spec: toTrafficSpec(values.traffic), durationMs: HOUR_MS, seed: values.seed });

  return (
    <section className="panel rl-ff" aria-labelledby="rl-ff-title" data-testid="fast-forward">
      <div className="row">
        <h2 id="rl-ff-title" className="rl-h">
          {s.ffTitle}
        </h2>
        <button type="button" onClick={() => run(request())} disabled={state.kind === 'running' || tooMany} data-testid="ff-run">
          {state.kind === 'running' ? s.ffRunning : s.ffRun}
        </button>
      </div>
      <p className="muted small">{tooMany ? s.ffTooMany(expected, MAX_FF_ARRIVALS) : s.ffHelp}</p>
      {values.traffic.kind === 'trace' && <p className="muted small">{s.ffTraceNote}</p>}
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {s.ffError}
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div className="table-scroll">
          <table className="rl-ff-table" data-testid="ff-table">
            <caption>{s.ffCaption(formatNumber(state.reply.ms / 1000))}</caption>
            <thead>
              <tr>
                <th scope="col">{s.algorithmLabel}</th>
                <th scope="col">{s.total}</th>
                <th scope="col">{s.admitted}</th>
                <th scope="col">{s.delayed}</th>
                <th scope="col">{s.rejected}</th>
                <th scope="col">{s.ffAdmitShare}</th>
                <th scope="col">{s.ffAvgDelay}</th>
              </tr>
            </thead>
            <tbody>
              {state.reply.counts.map((c, i) => {
                const lane = values.lanes[i];
                return (
                  <tr key={i}>
                    <th scope="row">
                      {values.lanes.length > 1 ? `${'ABCD'[i] ?? ''} ` : ''}
                      {lane ? getAlgorithm(lane.algorithm).name : ''}
                    </th>
                    <td>{c.total.toLocaleString(localeOf(currentLanguage()))}</td>
                    <td className="outcome-admit">{c.admitted.toLocaleString(localeOf(currentLanguage()))}</td>
                    <td className="outcome-delay">{c.delayed.toLocaleString(localeOf(currentLanguage()))}</td>
                    <td className="outcome-reject">{c.rejected.toLocaleString(localeOf(currentLanguage()))}</td>
                    <td>{c.total > 0 ? `${formatNumber(((c.admitted + c.delayed) / c.total) * 100)}%` : '–'}</td>
                    <td>{c.delayed > 0 ? formatMs(c.totalDelayMs / c.delayed) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
