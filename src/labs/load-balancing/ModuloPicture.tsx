// ip_hash and `hash $key` without consistent: the hash is taken modulo the total weight (down
// servers included, as nginx does), and the slice of [0, total_weight) it lands in names the
// server. Drawn as one bar cut into each server's weight, with the landing point marked.
import type { ServerSnapshot, SimRow } from './core/simulate.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export function ModuloPicture({ title, snapshot, row }: { title: string; snapshot: readonly ServerSnapshot[]; row: SimRow | undefined }) {
  const total = snapshot.reduce((sum, s) => sum + s.weight, 0);
  const why = row?.kind === 'request' ? row.why[row.why.length - 1] : undefined;
  const w = why !== undefined && (why.kind === 'ip-hash' || why.kind === 'hash') ? why.w : null;
  const who = row?.kind === 'request' && row.serverId !== null ? serverLabel(row.serverId) : '—';
  let start = 0;
  return (
    <section className="lab-box" aria-labelledby="lb-modulo-title" data-testid="modulo-picture">
      <h3 id="lb-modulo-title" className="lb-h">
        {S.moduloTitle(title)}
      </h3>
      <div className="lb-modulo-bar" role="img" aria-label={w !== null ? S.moduloAria(w, total, who) : S.ringNoKey}>
        {snapshot.map((s) => {
          const left = (start / Math.max(1, total)) * 100;
          start += s.weight;
          return (
            <span
              key={s.id}
              className={`lb-modulo-slice c${serverColor(s.id)}${s.down ? ' is-down' : ''}`}
              style={{ left: `${left}%`, width: `${(s.weight / Math.max(1, total)) * 100}%` }}
            >
              <span className="lb-modulo-label">{serverLabel(s.id)}</span>
            </span>
          );
        })}
        {w !== null && <span className="lb-modulo-mark" style={{ left: `${((w + 0.5) / Math.max(1, total)) * 100}%` }} />}
      </div>
      <p className="muted small">
        0 … {total - 1}
        {S.paren(`total_weight = ${total}`)}
        {w !== null ? ` · w = ${w} → ${who}` : ''}
      </p>
    </section>
  );
}
