// The live picture: nginx on top with the request it is placing now (key, client, where it went
// and the engine's reason), and one box per server below with its weight, its state (up, down,
// held back by max_fails until t, removed), and bars for requests in service and in its queue.
// The chosen box gets a packet that drops into it, restarted for every new row.
import type { AlgorithmId } from './core/types.ts';
import type { ServerSnapshot, SimRow } from './core/simulate.ts';
import type { UpstreamEvent } from './core/events.ts';
import { outcomeClass, outcomeText, whyText } from './row-text.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export interface UpstreamPictureProps {
  readonly row: SimRow | undefined;
  readonly index: number;
  readonly snapshot: readonly ServerSnapshot[];
  readonly events: readonly UpstreamEvent[];
  readonly algorithm: AlgorithmId;
  readonly capacity: number;
  readonly queueLimit: number;
}

function Meter({ text, value, max, tone }: { text: string; value: number; max: number; tone: 'active' | 'queue' }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div className={`lb-meter lb-meter-${tone}`}>
      <span className="lb-meter-text">{text}</span>
      <span className="lb-meter-track" aria-hidden="true">
        <span className="lb-meter-fill" style={{ transform: `scaleX(${pct / 100})` }} />
      </span>
    </div>
  );
}

function stateOf(s: ServerSnapshot, queueLimit: number, capacity: number): { text: string; cls: string } {
  if (s.down) return { text: S.stateDown, cls: 'is-down' };
  if (s.failedUntilMs !== null) return { text: S.stateFailed(S.at(s.failedUntilMs)), cls: 'is-failed' };
  if (s.queued >= queueLimit && s.active >= capacity) return { text: S.stateFull, cls: 'is-full' };
  return { text: S.stateUp, cls: 'is-up' };
}

export function UpstreamPicture({ row, index, snapshot, events, algorithm, capacity, queueLimit }: UpstreamPictureProps) {
  const chosen = row?.kind === 'request' ? row.serverId : null;
  const nowMs = row?.timeMs ?? -1;
  const present = new Set(snapshot.map((s) => s.id));
  const removed = events.filter((e) => e.kind === 'remove' && e.atMs <= nowMs && !present.has(e.serverId)).map((e) => (e.kind === 'remove' ? e.serverId : ''));
  const ghosts = [...new Set(removed)];
  return (
    <section className="lab-box" aria-labelledby="lb-picture-title" data-testid="upstream-picture" data-algorithm={algorithm}>
      <h2 id="lb-picture-title" className="lb-h">
        {S.pictureTitle}
      </h2>
      <div className="lb-now" data-testid="current-request">
        <span className="lb-nginx">{S.nginx}</span>
        {row === undefined && <span className="muted">{S.noRequestYet}</span>}
        {row?.kind === 'event' && (
          <span>
            <strong>{S.currentEvent}</strong> · {S.at(row.timeMs)} · {whyText(row)}
          </span>
        )}
        {row?.kind === 'request' && (
          <>
            <span>
              <strong>{S.currentRequest(row.seq)}</strong> · {S.at(row.timeMs)} · {S.keyLabel} <code>{row.key}</code> · {S.ipLabel} <code>{row.ip}</code>
            </span>
            <span>
              →{' '}
              <strong className={`lb-server-name c${row.serverId !== null ? serverColor(row.serverId) : 0}`}>
                {row.serverId !== null ? serverLabel(row.serverId) : '—'}
              </strong>{' '}
              <span className={outcomeClass(row)}>{outcomeText(row)}</span>
            </span>
            <span className="lb-why">{whyText(row)}</span>
          </>
        )}
      </div>
      <ul className="lb-boxes" aria-label={S.pictureAria(chosen !== null ? serverLabel(chosen) : '—')}>
        {snapshot.map((s) => {
          const state = stateOf(s, queueLimit, capacity);
          const isChosen = s.id === chosen;
          return (
            <li key={s.id} className={`lb-box c${serverColor(s.id)} ${state.cls}${isChosen ? ' is-chosen' : ''}`} data-server={serverLabel(s.id)}>
              {isChosen && <span key={index} className="lb-packet" aria-hidden="true" />}
              <div className="lb-box-head">
                <span className="lb-swatch" aria-hidden="true" />
                <strong className={serverLabel(s.id).length > 12 ? 'is-long' : undefined} title={s.id}>
                  {serverLabel(s.id)}
                </strong>
                {serverLabel(s.id) !== s.id && <code className="small">{s.id}</code>}
              </div>
              <div className="lb-box-line small">
                <span className={`lb-state ${state.cls}`}>{state.text}</span> · {S.boxWeight(s.weight)}
                {s.backup && (
                  <>
                    {' '}
                    ·{' '}
                    <span className="badge" data-testid="server-backup">
                      {S.boxBackup}
                    </span>
                  </>
                )}
              </div>
              {algorithm === 'swrr' && <div className="lb-box-line small muted">{S.boxEffective(s.effectiveWeight, s.currentWeight)}</div>}
              {s.costMs !== null && <div className="lb-box-line small muted">{S.boxCost(s.costMs)}</div>}
              <Meter text={S.boxActive(s.active, capacity)} value={s.active} max={capacity} tone="active" />
              <Meter text={S.boxQueue(s.queued, queueLimit)} value={s.queued} max={Math.max(1, queueLimit)} tone="queue" />
            </li>
          );
        })}
        {ghosts.map((id) => (
          <li key={id} className={`lb-box c${serverColor(id)} is-removed`} data-server={serverLabel(id)}>
            <div className="lb-box-head">
              <span className="lb-swatch" aria-hidden="true" />
              <strong className={serverLabel(id).length > 12 ? 'is-long' : undefined} title={id}>
                {serverLabel(id)}
              </strong>
              {serverLabel(id) !== id && <code className="small">{id}</code>}
            </div>
            <div className="lb-box-line small">
              <span className="lb-state is-removed">{S.stateRemoved}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
