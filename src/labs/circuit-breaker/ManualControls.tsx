// Buttons that act at the player's current moment: Resilience4j's manual state changes
// (transitionToForcedOpenState() and friends) and "send one request now". Both are stored in the
// URL, so the run that follows is replayable and shareable; each can be removed again.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { MODEL_LABELS } from './explain-text.ts';
import type { ManualTarget } from './core/breaker-types.ts';
import type { CircuitBreakerParams, ParamErrors } from './core/params.ts';
import { addAction, addSend } from './edit-values.ts';
import { S } from './strings.ts';

export interface ManualControlsProps {
  readonly values: CircuitBreakerParams;
  readonly errors: ParamErrors;
  readonly nowMs: number;
  /** Applies new values and keeps the player at `atMs`. */
  readonly onChange: (edit: Edit<CircuitBreakerParams>, atMs: number) => void;
}

const TARGETS: readonly ManualTarget[] = ['FORCED_OPEN', 'DISABLED', 'CLOSED'];

export function ManualControls({ values, errors, nowMs, onChange }: ManualControlsProps) {
  const r4j = values.breaker.model === 'resilience4j';
  const at = Math.round(nowMs);
  const items = [
    ...values.actions.map((a, i) => ({
      key: `a${i}`,
      atMs: a.atMs,
      text: S.actionAt(S.at(a.atMs), `${S.manualLabels[a.target]}${S.paren(S.manualKeys[a.target])}`),
      remove: () => ({ actions: values.actions.filter((_, k) => k !== i) }),
    })),
    ...values.sends.map((t, i) => ({ key: `s${i}`, atMs: t, text: S.sendAt(S.at(t)), remove: () => ({ sends: values.sends.filter((_, k) => k !== i) }) })),
  ].sort((a, b) => a.atMs - b.atMs);
  return (
    <section className="cb-manual" aria-labelledby="cb-manual-title" data-testid="manual-controls">
      <h2 id="cb-manual-title">{S.manualTitle}</h2>
      <p className="muted small">{r4j ? S.manualHelp : S.manualOnlyR4j(MODEL_LABELS[values.breaker.model])}</p>
      <div className="row">
        {r4j &&
          TARGETS.map((target) => (
            <button
              key={target}
              type="button"
              className={target === 'FORCED_OPEN' ? 'cb-danger' : ''}
              title={S.manualKeys[target]}
              onClick={() => onChange((latest) => addAction(latest, at, target), at)}
            >
              {S.manualLabels[target]}
            </button>
          ))}
        <button type="button" onClick={() => onChange((latest) => addSend(latest, at), at)} title={S.sendHelp}>
          {S.sendOne}
        </button>
      </div>
      {(errors['actions'] || errors['send']) && (
        <p className="field-error" role="alert">
          {[errors['actions'], errors['send']].filter(Boolean).join(S.listSep)}
        </p>
      )}
      {items.length > 0 && (
        <>
          <ul className="cb-manual-list">
            {items.map((item) => (
              <li key={item.key}>
                <span>{item.text}</span>
                <button type="button" className="link-button" aria-label={S.removeItem(item.text)} onClick={() => onChange(item.remove(), nowMs)}>
                  {S.remove}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => onChange({ actions: [], sends: [] }, nowMs)}>
            {S.clearManual}
          </button>
        </>
      )}
      <p className="muted small">{S.sendHelp}</p>
    </section>
  );
}
