// The type-check part of a run's report: TypeScript's diagnostics with line and column. It
// arrives after the cases when TypeScript is still loading; the run never waits for it.
import type { CheckResult } from '../typecheck/type-check-client.ts';
import { S } from './strings.ts';

/** null while the check is running. */
export type TypeState = CheckResult | null;

export function TypeReport({ state }: { state: TypeState }) {
  const status = state === null ? 'checking' : !state.ok ? 'failed' : state.diagnostics.length === 0 ? 'ok' : 'errors';
  return (
    <div className="report-types" data-testid="report-types" data-state={status}>
      <h3 className="report-types-title">{S.typesTitle}</h3>
      {state === null && (
        <p className="muted small" aria-busy="true">
          {S.typesChecking}
        </p>
      )}
      {state !== null && !state.ok && <p className="muted small">{S.typesFailed(state.error)}</p>}
      {state?.ok && state.diagnostics.length === 0 && <p className="small">✓ {S.typesOk}</p>}
      {state?.ok && state.diagnostics.length > 0 && (
        <>
          <p className="small tone-bad">{S.typesErrors(state.diagnostics.length)}</p>
          <ul className="report-type-list">
            {state.diagnostics.map((d, i) => (
              <li key={i} data-testid="type-error">
                <span className="report-type-at">{S.compileAt(d.line, d.column)}</span>
                {d.kind === 'signature' && <span className="report-badge status-fail">{S.typesSignature}</span>}
                <code className="report-type-message">{d.message}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
