// Per-server numbers: what each server has taken up to the player's moment (requests routed,
// its share, 503s shed, connections and queue now) beside the whole run's p50/p99, longest queue
// and how often max_fails took it out.
import type { LbRun } from './build-run.ts';
import type { ServerSnapshot } from './core/simulate.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';
import { ScrollBox } from './ScrollBox.tsx';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function ServerStats({ run, index, snapshot }: { run: LbRun; index: number; snapshot: readonly ServerSnapshot[] }) {
  const n = run.serverIds.length;
  const live = new Map(snapshot.map((s) => [s.id, s]));
  const routedAt = (slot: number) => (index >= 0 ? (run.routed[index * n + slot] as number) : 0);
  const shedAt = (slot: number) => (index >= 0 ? (run.shed[index * n + slot] as number) : 0);
  const bad = index >= 0 ? (run.badGateway[index] as number) : 0;
  let total = bad;
  for (let slot = 0; slot < n; slot++) total += routedAt(slot);
  let shedTotal = 0;
  for (let slot = 0; slot < n; slot++) shedTotal += shedAt(slot);
  const summary = run.sim.summary;
  return (
    <section aria-labelledby="lb-stats-title" className="lab-box lb-stats">
      <h3 id="lb-stats-title" className="lb-h">
        {S.statsTitle}
      </h3>
      <p className="muted small">{S.statsCaption}</p>
      <ScrollBox label={S.statsTitle}>
        <table className="lb-table" data-testid="server-stats">
          <thead>
            <tr>
              <th scope="col">{S.colServer}</th>
              <th scope="col">{S.colWeight}</th>
              <th scope="col">{S.colRouted}</th>
              <th scope="col">{S.colShare}</th>
              <th scope="col">{S.colShed}</th>
              <th scope="col">{S.colConns}</th>
              <th scope="col">{S.colQueue}</th>
              <th scope="col">{S.colP50}</th>
              <th scope="col">{S.colP99}</th>
              <th scope="col">{S.colMaxQueue}</th>
              <th scope="col">{S.colDisabled}</th>
            </tr>
          </thead>
          <tbody>
            {summary.servers.map((s, slot) => {
              const now = live.get(s.id);
              const routed = routedAt(slot);
              return (
                <tr key={s.id} className={now === undefined ? 'muted' : ''}>
                  <th scope="row">
                    <span className={`lb-swatch c${serverColor(s.id)}`} aria-hidden="true" /> {serverLabel(s.id)}
                  </th>
                  <td>{now?.weight ?? s.weight}</td>
                  <td>{routed}</td>
                  <td>{total > 0 ? pct(routed / total) : '—'}</td>
                  <td>{shedAt(slot)}</td>
                  <td>{now?.conns ?? '—'}</td>
                  <td>{now?.queued ?? '—'}</td>
                  <td>{s.served > 0 ? `${s.p50Ms.toFixed(0)} ms` : '—'}</td>
                  <td>{s.served > 0 ? `${s.p99Ms.toFixed(0)} ms` : '—'}</td>
                  <td>{s.maxQueue}</td>
                  <td>{s.disabled}</td>
                </tr>
              );
            })}
            <tr className="lb-total">
              <th scope="row">{S.totalRow}</th>
              <td />
              <td>{total}</td>
              <td />
              <td>{shedTotal}</td>
              <td />
              <td />
              <td>{summary.served > 0 ? `${summary.p50Ms.toFixed(0)} ms` : '—'}</td>
              <td>{summary.served > 0 ? `${summary.p99Ms.toFixed(0)} ms` : '—'}</td>
              <td colSpan={2} />
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      <p className="small" data-testid="bad-gateway">
        {S.dropped502(bad)}
      </p>
    </section>
  );
}
