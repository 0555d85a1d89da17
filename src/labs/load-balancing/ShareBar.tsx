// One run's per-server shares as a stacked bar in server colours, with the numbers as its label.
import type { ServerSummary } from './core/metrics.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export function ShareBar({ servers }: { servers: readonly ServerSummary[] }) {
  const parts = servers.filter((s) => s.share > 0);
  const label = S.shareBarAria(parts.map((s) => `${serverLabel(s.id)} ${(s.share * 100).toFixed(1)}%`).join(S.commaSep));
  return (
    <span className="lb-sharebar" role="img" aria-label={label} title={label}>
      {parts.map((s) => (
        <span key={s.id} className={`lb-share c${serverColor(s.id)}`} style={{ width: `${s.share * 100}%` }} />
      ))}
    </span>
  );
}
