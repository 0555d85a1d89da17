// The trace table: every event of the sampled requests and every state change, with its reason.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { useLanguage, usePick } from '../../ui/use-language.ts';
import type { ChainRun } from './core/run-types.ts';
import type { TraceRow } from './core/trace-row.ts';
import { describeRow } from './row-text.ts';
import { en, zh } from './strings.ts';

const BAD = new Set(['timeout', 'shed', 'breaker-reject', 'deadline-exceeded', 'orphan', 'give-up', 'cancelled']);

export function ChainTrace({ run, index, playing, onSeek }: { run: ChainRun; index: number; playing: boolean; onSeek: (ms: number) => void }) {
  const S = usePick({ zh, en });
  const describe = describeRow[useLanguage()];
  const columns: readonly TraceColumn<TraceRow>[] = [
    {
      header: S.colTime,
      cell: (r) => (
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            e.stopPropagation();
            onSeek(r.t);
          }}
        >
          {S.at(r.t)}
        </button>
      ),
    },
    { header: S.colEvent, cell: (r) => describe(r).event },
    { header: S.colWhy, cell: (r) => describe(r).reason, className: 'why' },
  ];
  const rowClass = (r: TraceRow) => {
    if (r.trace < 0) return 'cc-row-change';
    if (BAD.has(r.kind) || ((r.kind === 'response' || r.kind === 'done') && r.reason !== 'ok')) return 'cc-row-bad';
    return '';
  };
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={run.rows}
      columns={columns}
      currentIndex={index}
      onSelect={(i) => onSeek(run.rows[i]?.t ?? 0)}
      rowClass={rowClass}
      windowSize={playing ? 12 : 60}
    />
  );
}
