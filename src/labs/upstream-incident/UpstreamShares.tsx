// Per-upstream share of the requests as horizontal bars, with the numbers beside each (requests,
// 503s, p99). The busiest bar turns red once it takes more than half of everything.
import type { RunSummary } from '../load-balancing/core/metrics.ts';
import { S } from './strings.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function UpstreamShares({ summary, testId }: { summary: RunSummary; testId?: string }) {
  const label = S.sharesAria(summary.servers.map((s) => `${s.id} ${pct(s.share)}`).join(S.commaSep));
  return (
    <ul className="ui-shares" aria-label={label} data-testid={testId}>
      {summary.servers.map((s) => (
        <li key={s.id} className={s.share > 0.5 ? 'is-hot' : ''} data-upstream={s.id} data-share={s.share.toFixed(3)}>
          <code className="ui-share-id">{s.id}</code>
          <span className="ui-share-track" aria-hidden="true">
            <span className="ui-share-fill" style={{ width: `${s.share * 100}%` }} />
          </span>
          <span className="ui-share-text small">{S.shareRow(pct(s.share), s.routed, s.overloaded, s.p99Ms)}</span>
        </li>
      ))}
    </ul>
  );
}
