// The chart over time for one lane: admitted / delayed / rejected per bucket (stacked bars) and the
// limiter's level (tokens, excess, queue length…) as a line. It never shows a decision before it
// happens (predict mode relies on that): the bucket the player is in counts only the requests up to
// the current one. While playing it draws whole buckets only, so it re-renders once per bucket
// rather than once per frame.
import { memo, useMemo } from 'react';
import { indexAtOrBefore } from '../kernel/timeline.ts';
import { TimeChart, type ChartSeries } from '../../ui/player/TimeChart.tsx';
import { getAlgorithm } from './algorithm-text.ts';
import { formatMs } from './explain-text.ts';
import { countsAt } from './run-model.ts';
import { s } from './strings.ts';
import type { LaneRun } from './use-lab-run.ts';

export interface RunChartProps {
  readonly lane: LaneRun;
  readonly bucketMs: number;
  readonly durationMs: number;
  readonly timeMs: number;
  /** The request the player stands on (-1: none yet). */
  readonly index: number;
  readonly playing: boolean;
  readonly title: string;
}

export function RunChart({ lane, bucketMs, durationMs, timeMs, index, playing, title }: RunChartProps) {
  const buckets = Math.ceil(durationMs / bucketMs);
  const complete = timeMs >= durationMs ? buckets : Math.floor(timeMs / bucketMs);
  const partial = playing || complete >= buckets ? null : index;
  return <BucketChart lane={lane} bucketMs={bucketMs} durationMs={durationMs} complete={complete} partial={partial} title={title} />;
}

interface BucketChartProps {
  readonly lane: LaneRun;
  readonly bucketMs: number;
  readonly durationMs: number;
  readonly complete: number;
  /** Paused inside bucket `complete`: the current request, whose bucket is drawn up to it. */
  readonly partial: number | null;
  readonly title: string;
}

const BucketChart = memo(function BucketChart({ lane, bucketMs, durationMs, complete, partial, title }: BucketChartProps) {
  const info = getAlgorithm(lane.run.entry.algorithm);
  const series = useMemo((): ChartSeries[] => {
    const rows = lane.run.rows;
    // Counts in the open bucket: requests from its start up to the current one (prefix sums).
    const open = (() => {
      if (partial === null) return null;
      const before = countsAt(lane.prefix, indexAtOrBefore(rows, complete * bucketMs - 1e-9));
      const now = countsAt(lane.prefix, partial);
      const row = rows[partial];
      return {
        admitted: now.admitted - before.admitted,
        delayed: now.delayed - before.delayed,
        rejected: now.rejected - before.rejected,
        level: row && row.timeMs >= complete * bucketMs ? row.level : (lane.series.level[complete - 1] ?? lane.initialLevel),
      };
    })();
    const cut = (values: readonly number[], extra: number | undefined) =>
      extra === undefined ? values.slice(0, complete) : [...values.slice(0, complete), extra];
    const out: ChartSeries[] = [{ name: s.admitted, values: cut(lane.series.admitted, open?.admitted), kind: 'bar', tone: 'ok' }];
    if (info.canDelay) out.push({ name: s.delayed, values: cut(lane.series.delayed, open?.delayed), kind: 'bar', tone: 'warn' });
    out.push({ name: s.rejected, values: cut(lane.series.rejected, open?.rejected), kind: 'bar', tone: 'bad' });
    out.push({ name: info.levelLabel, values: cut(lane.series.level, open?.level), kind: 'line', tone: 'accent' });
    return out;
  }, [lane, info, complete, partial, bucketMs]);
  const cursorMs = partial === null ? complete * bucketMs : Math.max(complete * bucketMs, lane.run.rows[partial]?.timeMs ?? 0);
  return (
    <div className="rl-chart" data-testid="run-chart">
      <TimeChart
        title={`${title}${s.chartTitle(info.levelLabel)}${s.paren(s.chartBucket(formatMs(bucketMs)))}`}
        series={series}
        bucketMs={bucketMs}
        durationMs={durationMs}
        cursorMs={Math.min(durationMs, cursorMs)}
      />
    </div>
  );
});
