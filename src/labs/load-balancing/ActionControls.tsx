// Buttons that act at the player's current moment: mark a server down or back up, remove it, add
// one, send one request. Each becomes an item of `actions=` in the URL, so the run that follows
// is replayable and shareable; each can be deleted again. The preset's own events are listed too.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useId, useState } from 'react';
import type { LbAction } from './core/actions.ts';
import { describeEvent } from './describe-live.ts';
import type { UpstreamEvent } from './core/events.ts';
import type { LoadBalancingValues } from './core/params.ts';
import type { ServerSnapshot } from './core/simulate.ts';
import { serverIdOfNumber, serverNumberOf } from './core/actions.ts';
import { MAX_RING_POINTS, ringSize } from './core/ring-budget.ts';
import { actionTime, addAction, removeAction } from './edit-values.ts';
import { serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export interface ActionControlsProps {
  readonly values: LoadBalancingValues;
  readonly error: string | undefined;
  readonly presetEvents: readonly UpstreamEvent[];
  readonly snapshot: readonly ServerSnapshot[];
  readonly nowMs: number;
  readonly durationMs: number;
  /** Applies new values and keeps the player at `atMs`. */
  readonly onChange: (edit: Edit<LoadBalancingValues>, atMs: number) => void;
}

function actionText(a: LbAction, names: readonly string[]): string {
  const who = (n: number) => serverLabel(names[n - 1] ?? serverIdOfNumber(n));
  switch (a.kind) {
    case 'add':
      return S.actionText.add(a.weight);
    case 'send':
      return S.actionText.send();
    default:
      return S.actionText[a.kind](who(a.server));
  }
}

export function ActionControls({ values, error, presetEvents, snapshot, nowMs, durationMs, onChange }: ActionControlsProps) {
  const id = useId();
  const [picked, setPicked] = useState<string>('');
  const [weight, setWeight] = useState(1);
  const target = snapshot.find((s) => s.id === picked) ?? snapshot[0];
  const at = actionTime(nowMs, durationMs);
  // Server n is the n-th configured server (its own name after a pasted upstream block).
  const index = target !== undefined ? values.names.indexOf(target.id) : -1;
  const number = target === undefined ? null : index >= 0 ? index + 1 : serverNumberOf(target.id);
  const act = (action: LbAction) => onChange((latest) => addAction(latest, action), at);
  // The URL would refuse a ring past the cap; say so here instead of letting the click undo something.
  const addTooBig = ringSize({ ...values, actions: [...values.actions, { atMs: at, kind: 'add', weight }] }).points > MAX_RING_POINTS;
  return (
    <section className="lab-box lb-actions" aria-labelledby={`${id}-title`} data-testid="action-controls">
      <h3 id={`${id}-title`} className="lb-h">
        {S.actionsTitle}
        {S.paren(`t = ${S.at(at)}`)}
      </h3>
      <p className="muted small">{S.actionsHelp}</p>
      <div className="row">
        <label htmlFor={`${id}-server`}>{S.actionServer}</label>
        <select id={`${id}-server`} value={target?.id ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="action-server">
          {snapshot.map((s) => (
            <option key={s.id} value={s.id}>
              {serverLabel(s.id) === s.id ? s.id : `${serverLabel(s.id)}${S.paren(s.id)}`}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={number === null || target?.down === true}
          onClick={() => number !== null && act({ atMs: at, kind: 'down', server: number })}
          data-testid="action-down"
        >
          {S.markDown}
        </button>
        <button
          type="button"
          disabled={number === null || target?.down !== true}
          onClick={() => number !== null && act({ atMs: at, kind: 'up', server: number })}
          data-testid="action-up"
        >
          {S.markUp}
        </button>
        <button
          type="button"
          disabled={number === null || snapshot.length <= 1}
          onClick={() => number !== null && act({ atMs: at, kind: 'remove', server: number })}
          data-testid="action-remove"
        >
          {S.removeServer}
        </button>
      </div>
      <div className="row">
        <label htmlFor={`${id}-weight`}>
          {S.addWeight} <code>weight</code>
        </label>
        <select id={`${id}-weight`} value={weight} onChange={(e) => setWeight(Number(e.target.value))}>
          {[1, 2, 3, 4, 5, 10].map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={addTooBig}
          aria-describedby={addTooBig ? `${id}-add-too-big` : undefined}
          onClick={() => act({ atMs: at, kind: 'add', weight })}
          data-testid="action-add"
        >
          ＋ {S.addServer}
        </button>
        <button type="button" onClick={() => act({ atMs: at, kind: 'send' })} title={S.sendHelp} data-testid="send-one">
          {S.sendOne}
        </button>
      </div>
      {addTooBig && (
        <p id={`${id}-add-too-big`} className="muted small">
          {S.addTooBig(MAX_RING_POINTS)}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {values.actions.length > 0 && (
        <>
          <h4 className="lb-h small">
            {S.actionList} <code>actions</code>
          </h4>
          <ul className="lb-action-list" data-testid="action-list">
            {values.actions.map((a, i) => {
              const text = `${S.at(a.atMs)} ${actionText(a, values.names)}`;
              return (
                <li key={`${i}-${a.atMs}-${a.kind}`}>
                  <span>{text}</span>
                  <button type="button" className="link-button" aria-label={S.removeItem(text)} onClick={() => onChange(removeAction(values, i), nowMs)}>
                    {S.remove}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="link-button" onClick={() => onChange({ actions: [] }, nowMs)}>
            {S.clearActions}
          </button>
        </>
      )}
      {presetEvents.length > 0 && (
        <>
          <h4 className="lb-h small">{S.presetEvents}</h4>
          <ul className="lb-action-list muted small">
            {presetEvents.map((e, i) => (
              <li key={i}>
                {S.at(e.atMs)} {describeEvent(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{S.sendHelp}</p>
    </section>
  );
}
