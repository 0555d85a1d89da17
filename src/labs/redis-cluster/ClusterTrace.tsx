// The run's trace on the shared TraceTable: one row per event with who, what and why.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import type { TraceRow } from './core/run-scenario.ts';
import { S } from './strings.ts';
import { eventText } from './trace-text.ts';

const columns: readonly TraceColumn<TraceRow>[] = [
  { header: S.traceCols.time, cell: (r) => `${(r.timeMs / 1000).toFixed(3)} s`, className: 'num rc-time' },
  { header: S.traceCols.who, cell: (r) => eventText(r.event).who, className: 'rc-who' },
  { header: S.traceCols.what, cell: (r) => <code data-kind={r.event.kind}>{eventText(r.event).what}</code>, className: 'rc-what' },
  { header: S.traceCols.why, cell: (r) => eventText(r.event).why, className: 'rc-why' },
];

export function ClusterTrace({ rows, index, onSeek }: { rows: readonly TraceRow[]; index: number; onSeek: (timeMs: number) => void }) {
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={rows}
      columns={columns}
      currentIndex={index}
      windowSize={200}
      rowClass={(r) => `rc-tone-${eventText(r.event).tone}`}
      onSelect={(i) => onSeek(rows[i]?.timeMs ?? 0)}
    />
  );
}
