// One moment of one registry: the registry (servers and their roles, or peers), the providers with
// their registration and liveness, and every consumer's cached list with dead entries marked.
import { usePick } from '../../ui/use-language.ts';
import { PROVIDER_PORT, providerAddress, providerName, SERVICE_NAME, ZK_PATH, type RegistryKind } from './core/scenario.ts';
import type { Frame } from './core/sim-state.ts';
import { zxidHex } from './core/fle.ts';
import { en, zh } from './strings.ts';

export interface PictureProps {
  readonly kind: RegistryKind;
  readonly frame: Frame;
  readonly testId: string;
  readonly title?: string;
}

export function Picture({ kind, frame, testId, title }: PictureProps) {
  const S = usePick({ zh, en });
  const alive = (id: number) => frame.providers[id]?.alive ?? false;
  const chips = (list: readonly number[]) => (
    <span className="sd-chips">
      {list.length === 0 && <span className="muted">∅</span>}
      {list.map((id) => (
        <span key={id} className={`sd-chip ${alive(id) ? '' : 'dead'}`} data-testid="cached" data-dead={alive(id) ? undefined : 'true'}>
          {providerName(id)}
          {alive(id) ? (
            ''
          ) : (
            <>
              {' '}
              ✕<span className="visually-hidden">{S.deadInList}</span>
            </>
          )}
        </span>
      ))}
    </span>
  );
  return (
    <section className="lab-box sd-picture" data-testid={testId} aria-label={title ?? S.kinds[kind]}>
      <h2 className="sd-picture-title">
        {title ?? S.kinds[kind]}{' '}
        <span className={`badge ${frame.serving ? 'sd-ok' : 'sd-bad'}`} data-testid="registry-state">
          {frame.serving ? S.serving : S.notServing}
        </span>
        {frame.selfPreservation && (
          <>
            {' '}
            <span className="badge sd-warn" data-testid="self-preservation">
              {S.selfPreservation}
            </span>
          </>
        )}
      </h2>
      {frame.servers && (
        <ul className="sd-servers" aria-label={S.registry}>
          {frame.servers.map((s) => (
            <li key={s.sid} className={`sd-server role-${s.role}`} data-testid="server">
              <strong>{kind === 'eureka' ? `eureka${s.sid}` : `zk${s.sid}`}</strong> {S.roles[s.role]}
              {kind !== 'eureka' && s.role !== 'down' && (
                <span className="muted small">
                  {' '}
                  e{s.epoch} {zxidHex(s.zxid)}
                </span>
              )}
              {kind !== 'eureka' && s.role === 'down' && <span className="muted small"> {zxidHex(s.zxid)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="small muted sd-service">
        <code>{kind === 'zookeeper' ? ZK_PATH : kind === 'kubernetes' ? `EndpointSlice ${SERVICE_NAME}-x7k2p` : SERVICE_NAME}</code>
      </p>
      <ul className="sd-providers" aria-label={S.providersTitle}>
        {frame.providers.map((p, i) => (
          <li key={i} className={`sd-provider ${p.alive ? '' : 'dead'} ${p.linked ? '' : 'cut'} status-${p.status ?? 'absent'}`} data-testid="provider">
            <span>
              <strong>{providerName(i)}</strong>{' '}
              <span className="mono small">
                {providerAddress(i)}:{PROVIDER_PORT}
              </span>
            </span>
            <span className="small muted mono">zone={i % 2 === 0 ? 'a' : 'b'} version=1.4.2</span>
            <span className="small">
              <span className={p.alive ? 'sd-good' : 'sd-badtext'}>{p.alive ? S.alive : kind === 'kubernetes' && p.status !== null ? S.hung : S.dead}</span>
              {!p.linked && (
                <>
                  {' '}
                  · <span className="sd-warntext">{S.cutOff}</span>
                </>
              )}
              {' · '}
              {S.status[p.status ?? 'absent']}
            </span>
          </li>
        ))}
      </ul>
      {frame.published && (
        <p className="small sd-line">
          <span className="muted">{S.published}:</span> {chips(frame.published)}
        </p>
      )}
      <ul className="sd-consumers" aria-label={S.consumersTitle}>
        {frame.consumers.map((c, i) => (
          <li key={i} className="sd-consumer" data-testid="consumer">
            <strong>c{i + 1}</strong>
            {kind === 'kubernetes' && <span className="muted small"> {S.kubeProxy}</span>}
            {!c.connected && <span className="badge sd-warn">{S.disconnected}</span>}
            {kind === 'zookeeper' && c.connected && <span className="badge">{c.watch ? S.watchSet : S.watchUnset}</span>}
            {c.fetched && (
              <span className="sd-line small">
                <span className="muted">{S.fetched}:</span> {chips(c.fetched)}
              </span>
            )}
            <span className="sd-line small">
              <span className="muted">{kind === 'eureka' ? S.lbList : S.list}:</span> {chips(c.list)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
