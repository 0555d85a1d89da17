// The trace table: one row per request (and per pool event), newest first: the time, the
// request, where it went (the servers tried, the outcome), the engine's reason, the response time
// and every server's connections after it. Windowed by the shared TraceTable.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import type { SimRow } from './core/simulate.ts';
import { outcomeClass, outcomeText, poolText, whyText } from './row-text.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

function Decision({ row }: { row: SimRow }) {
  if (row.kind === 'event') return <span className="lb-event-tag">{S.eventRow}</span>;
  return (
    <>
      {row.serverId !== null ? (
        <>
          →{' '}
          <strong className={`lb-server-name c${serverColor(row.serverId)}`} data-testid="decision-server">
            {serverLabel(row.serverId)}
          </strong>{' '}
        </>
      ) : null}
      <span className={outcomeClass(row)}>{outcomeText(row)}</span>
    </>
  );
}

const columns: readonly TraceColumn<SimRow>[] = [
  { header: S.colTime, cell: (r) => S.at(r.timeMs) },
  {
    header: S.colRequest,
    cell: (r) =>
      r.kind === 'request' ? (
        <>
          #{r.seq + 1} <code>{r.key}</code> <span className="muted">{r.ip}</span>
        </>
      ) : (
        ''
      ),
  },
  { header: S.colDecision, cell: (r) => <Decision row={r} />, className: 'lb-decision' },
  { header: S.colWhy, cell: (r) => whyText(r), className: 'why' },
  { header: S.colLatency, cell: (r) => (r.kind === 'request' && r.latencyMs !== null ? `${r.latencyMs.toFixed(1)} ms` : '—') },
  { header: S.colAfter, cell: (r) => poolText(r.snapshot), className: 'lb-after' },
];

export function LbTrace({ rows, index, playing, onSeek }: { rows: readonly SimRow[]; index: number; playing: boolean; onSeek: (ms: number) => void }) {
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={rows}
      columns={columns}
      currentIndex={index}
      // While playing, rows fly past faster than anyone reads them: keep the DOM small.
      windowSize={playing ? 6 : 60}
      onSelect={(i) => onSeek(rows[i]?.timeMs ?? 0)}
      rowClass={(r) => (r.kind === 'event' ? 'lb-row-event' : r.status >= 500 ? 'lb-row-drop' : '')}
    />
  );
}
