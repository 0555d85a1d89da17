// Failed calls (and calls saved by a retry) per second as bars, and the dead instances still in the
// consumers' lists as a line: the window shows as a block of red that ends when the lists catch up.
import { useMemo } from 'react';
import { TimeChart } from '../../ui/player/TimeChart.tsx';
import { usePick } from '../../ui/use-language.ts';
import type { Series } from './core/sim-state.ts';
import { en, zh } from './strings.ts';

/** Sums (bars) or peaks (line) of per-second values into buckets of `per` seconds. */
function bucket(values: readonly number[], per: number, mode: 'sum' | 'max'): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += per) {
    const slice = values.slice(i, i + per);
    out.push(mode === 'sum' ? slice.reduce((a, b) => a + b, 0) : Math.max(0, ...slice));
  }
  return out;
}

export function CallsChart({ series, durationMs, cursorMs, title }: { series: Series; durationMs: number; cursorMs: number; title?: string | undefined }) {
  const S = usePick({ zh, en });
  const per = Math.max(1, Math.ceil(durationMs / 1000 / 150));
  const data = useMemo(
    () => [
      { name: S.chartFailed, values: bucket(series.failed, per, 'sum'), kind: 'bar' as const, tone: 'bad' as const },
      { name: S.chartRetried, values: bucket(series.retriedOk, per, 'sum'), kind: 'bar' as const, tone: 'warn' as const },
      { name: S.chartDead, values: bucket(series.cachedDead, per, 'max'), kind: 'line' as const, tone: 'accent' as const },
    ],
    [series, per, S],
  );
  return (
    <div className="lab-box" data-testid="calls-chart">
      <TimeChart title={title ? `${title}: ${S.chartTitle}` : S.chartTitle} series={data} bucketMs={per * 1000} durationMs={durationMs} cursorMs={cursorMs} />
    </div>
  );
}
