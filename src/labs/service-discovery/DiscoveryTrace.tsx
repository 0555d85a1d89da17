// The trace table: one row per event (a renewal, an eviction, a push, a watch, an election, a
// second of failed calls), with its time, who, what happened and why.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePick } from '../../ui/use-language.ts';
import type { Row } from './core/sim-state.ts';
import { en, zh } from './strings.ts';

export interface DiscoveryTraceProps {
  readonly rows: readonly Row[];
  readonly index: number;
  readonly playing: boolean;
  readonly compare: boolean;
  readonly onSeek: (ms: number) => void;
}

export function DiscoveryTrace({ rows, index, playing, compare, onSeek }: DiscoveryTraceProps) {
  const S = usePick({ zh, en });
  const columns: TraceColumn<Row>[] = [
    {
      header: S.cols.time,
      cell: (r) => (
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            e.stopPropagation();
            onSeek(r.timeMs);
          }}
        >
          {S.at(r.timeMs)}
        </button>
      ),
    },
    ...(compare ? [{ header: S.cols.side, cell: (r: Row) => (r.side === 'main' ? 'ZooKeeper' : S.sideCompare) }] : []),
    { header: S.cols.who, cell: (r) => <span className="mono">{S.actors[r.actor] ?? r.actor}</span> },
    { header: S.cols.what, cell: (r) => S.events[r.code].what(r.args) },
    { header: S.cols.why, cell: (r) => S.events[r.code].why(r.args), className: 'why' },
  ];
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={rows}
      columns={columns}
      currentIndex={index}
      onSelect={(i) => onSeek(rows[i]?.timeMs ?? 0)}
      rowClass={(r) => `sd-row-${r.tone}`}
      windowSize={playing ? 12 : 60}
    />
  );
}
