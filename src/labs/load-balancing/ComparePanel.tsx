// Compare mode: the same seeded stream, servers and events through every chosen algorithm, counted
// in the background worker: each algorithm's per-server shares, p50/p99 and dropped requests.
import { useEffect } from 'react';
import { ALGORITHM_TITLES } from './describe-live.ts';
import type { UpstreamEvent } from './core/events.ts';
import type { LoadBalancingValues } from './core/params.ts';
import type { AlgorithmId } from './core/types.ts';
import { ShareBar } from './ShareBar.tsx';
import { S } from './strings.ts';
import { parallelWorkers, useLbWorker } from './use-lb-worker.ts';
import { inListOrder, splitForWorkers } from './core/compare.ts';
import { ScrollBox } from './ScrollBox.tsx';

export interface ComparePanelProps {
  readonly values: LoadBalancingValues;
  readonly presetEvents: readonly UpstreamEvent[];
  readonly query: string;
  readonly onPlay: (algorithm: AlgorithmId) => void;
}

export function ComparePanel({ values, presetEvents, query, onPlay }: ComparePanelProps) {
  const { state, run } = useLbWorker();
  // The comparison follows the URL: new values, new counts.
  useEffect(() => {
    // One worker per core, each running its share of the algorithms: the table fills sooner.
    run(...splitForWorkers(values.compare, parallelWorkers()).map((algorithms) => ({ kind: 'compare' as const, values, presetEvents, algorithms })));
    // values and presetEvents are parsed from the query: they change exactly when it does.
  }, [query, run]);
  return (
    <section className="lb-compare panel" aria-labelledby="lb-compare-title" data-testid="compare-panel" aria-busy={state.kind === 'running'}>
      <h3 id="lb-compare-title" className="lb-h">
        {S.compareTitle}
      </h3>
      <p className="muted small">{S.compareCaption}</p>
      {state.kind === 'running' && <p role="status">{S.compareBusy}</p>}
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {S.compareError(state.message)}
        </p>
      )}
      {state.kind === 'done' && (
        <ScrollBox label={S.compareTitle}>
          <table className="lb-table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{S.colAlgorithm}</th>
                <th scope="col">{S.colShares}</th>
                <th scope="col">{S.colP50c}</th>
                <th scope="col">{S.colP99c}</th>
                <th scope="col">{S.colDropped}</th>
                <th scope="col">{S.colMaxShare}</th>
                <th scope="col">
                  <span className="visually-hidden">{S.playThis}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inListOrder(values.compare, state.runs).map((r) => {
                const id = r.algorithm as AlgorithmId;
                return (
                  <tr key={id} className={id === values.algorithm ? 'current' : ''} data-algorithm={id}>
                    <th scope="row">{ALGORITHM_TITLES[id] ?? id}</th>
                    <td>
                      <ShareBar servers={r.servers} />
                    </td>
                    <td>{r.p50Ms.toFixed(0)} ms</td>
                    <td>{r.p99Ms.toFixed(0)} ms</td>
                    <td data-testid="compare-dropped">{r.dropped}</td>
                    <td>{(r.maxShare * 100).toFixed(1)}%</td>
                    <td>
                      {id === values.algorithm ? (
                        <span className="badge">{S.playing}</span>
                      ) : (
                        <button type="button" className="link-button" onClick={() => onPlay(id)}>
                          {S.playThis}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
