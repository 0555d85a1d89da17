// Admitted / delayed / rejected up to the player's moment, and for the whole run.
import { getAlgorithm } from './algorithm-text.ts';
import { formatMs } from './explain-text.ts';
import { countsAt } from './run-model.ts';
import { s } from './strings.ts';
import type { LaneRun } from './use-lab-run.ts';

export function LaneCounts({ lane, index }: { lane: LaneRun; index: number }) {
  const now = countsAt(lane.prefix, index);
  const all = lane.run.counts;
  const canDelay = getAlgorithm(lane.run.entry.algorithm).canDelay || all.delayed > 0;
  const cell = (label: string, nowValue: number, total: number, tone: string, key: string) => (
    <div className={`rl-count ${tone}`} data-testid={`count-${key}`}>
      <dt>{label}</dt>
      <dd>
        <span className="rl-count-now">{nowValue}</span>
        <span className="muted small"> / {total}</span>
      </dd>
    </div>
  );
  return (
    <dl className="rl-counts" aria-label={`${s.countsNow} / ${s.countsRun}`}>
      {cell(s.total, now.total, all.total, '', 'total')}
      {cell(s.admitted, now.admitted, all.admitted, 'outcome-admit', 'admitted')}
      {canDelay && cell(s.delayed, now.delayed, all.delayed, 'outcome-delay', 'delayed')}
      {cell(s.rejected, now.rejected, all.rejected, 'outcome-reject', 'rejected')}
      {all.delayed > 0 && (
        <div className="rl-count">
          <dt>{s.maxDelay}</dt>
          <dd>{formatMs(all.maxDelayMs)}</dd>
        </div>
      )}
    </dl>
  );
}
