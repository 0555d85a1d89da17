// What became of each write of the run: what the client was told (OK, an error, WAIT's count) and
// whether the value survived. Acknowledged writes that were lost are the CAP question made concrete.
import type { WriteRecord } from './core/events.ts';
import { S } from './strings.ts';

export function WritesPanel({ writes, finished }: { writes: readonly WriteRecord[]; finished: boolean }) {
  if (writes.length === 0) return null;
  const ok = writes.filter((w) => w.reply === 'OK');
  const lostAcked = ok.filter((w) => w.acknowledged && !w.survived);
  const lostUnacked = ok.filter((w) => !w.acknowledged && !w.survived);
  const c = S.writesCols;
  return (
    <section className="rc-writes panel" aria-labelledby="rc-writes-title" data-testid="writes-panel">
      <h2 id="rc-writes-title" className="rc-h">
        {S.writesTitle} {!finished && <span className="muted small">{S.writesPending}</span>}
      </h2>
      {finished && (
        <>
          <p className={lostAcked.length > 0 ? 'rc-bad' : 'rc-good'} data-testid="lost-summary">
            {lostAcked.length > 0 ? S.lostAcked(lostAcked.length) : S.lostNone}
          </p>
          {lostUnacked.length > 0 && <p className="small">{S.lostUnacked(lostUnacked.length)}</p>}
        </>
      )}
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{c.key}</th>
              <th scope="col">{c.reply}</th>
              <th scope="col">{c.wait}</th>
              <th scope="col">{c.told}</th>
              <th scope="col">{c.end}</th>
            </tr>
          </thead>
          <tbody>
            {writes.map((w, i) => (
              <tr key={i} data-testid="write-row" data-lost={finished && w.reply === 'OK' && !w.survived ? (w.acknowledged ? 'acked' : 'unacked') : undefined}>
                <td>
                  <code>{w.key}</code>
                </td>
                <td>
                  <code>{w.reply}</code>
                </td>
                <td className="num">{w.waitAcked ?? '—'}</td>
                <td>{S.writeTold(w.acknowledged)}</td>
                <td className={finished && w.reply === 'OK' && !w.survived ? 'rc-bad' : undefined}>{finished ? S.writeEnd(w) : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
