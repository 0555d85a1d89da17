// The trace table: one row per event (a pod, a probe, the EndpointSlice, a kube-proxy sync, a
// request), with its time, what happened and why.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { describeRow } from './core/explain.ts';
import type { Scenario } from './core/scenario.ts';
import type { Run, TraceRow } from './core/simulate.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export function K8sTrace({
  run,
  scenario,
  index,
  playing,
  onSeek,
}: {
  run: Run;
  scenario: Scenario;
  index: number;
  playing: boolean;
  onSeek: (ms: number) => void;
}) {
  const lang = currentLanguage();
  const columns: readonly TraceColumn<TraceRow>[] = [
    {
      header: S.colTime,
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
    { header: S.colEvent, cell: (r) => describeRow(r, run, scenario, lang).event },
    { header: S.colWhy, cell: (r) => describeRow(r, run, scenario, lang).reason, className: 'why' },
  ];
  const rowClass = (r: TraceRow) =>
    r.kind === 'request' ? (r.request?.walk.verdict.kind !== 'dnat' || r.request.errored ? 'k8s-row-bad' : '') : 'k8s-row-change';
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={run.rows}
      columns={columns}
      currentIndex={index}
      onSelect={(i) => onSeek(run.rows[i]?.timeMs ?? 0)}
      rowClass={rowClass}
      windowSize={playing ? 12 : 60}
    />
  );
}
