// The verdict and the distinct solutions, or the proof that there is none; the search runs in a
// worker, with a cancel button while it works.
import { formatMs } from '../workbench/strings.ts';
import { T } from './strings.ts';
import type { Solve24State } from './use-solve24.ts';

export function SolutionsPanel({ state, target, onCancel }: { state: Solve24State; target: string; onCancel: () => void }) {
  const r = state.result;
  return (
    <section className="panel game24-solutions" aria-labelledby="game24-solutions-title" data-testid="solutions">
      <h2 id="game24-solutions-title">{T.solutionsTitle}</h2>
      {state.running && (
        <p className="row" role="status">
          <span>{T.solving}</span>
          <button type="button" onClick={onCancel} data-testid="solve-cancel">
            {T.cancel}
          </button>
        </p>
      )}
      {state.cancelled && <p role="status">{T.cancelled}</p>}
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {r && (
        <>
          <p className={`game24-verdict ${r.solvable ? 'ok' : 'error'}`} data-testid="verdict" data-solvable={r.solvable}>
            <strong>{r.solvable ? T.solvable(r.solutions.length, r.complete, target) : T.unsolvable(target)}</strong>
          </p>
          <p className="muted small">
            {r.solvable ? T.searchStats(r.stats.states, r.stats.operations, r.stats.memoHits) : T.proof(r.stats.states, r.stats.operations, r.stats.memoHits)}
            {state.ms !== null && ` ${formatMs(state.ms)}`}
          </p>
          {r.solutions.length > 0 && (
            <ol className="game24-solution-list" data-testid="solution-list">
              {r.solutions.map((s) => (
                <li key={s.key}>
                  <code>
                    {s.text} = {target}
                  </code>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <p className="muted small">{T.workerNote}</p>
    </section>
  );
}
