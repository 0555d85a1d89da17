// The run over time: calls received per layer per second (the amplification climbing down the
// chain), and the client's view: successes, failures and p99 latency per bucket.
import { TimeChart, type ChartSeries, type Tone } from '../../ui/player/TimeChart.tsx';
import { usePick } from '../../ui/use-language.ts';
import type { RunSeries } from './core/run-types.ts';
import { serviceName, type ChainScenario } from './core/scenario.ts';
import { en, zh } from './strings.ts';

const TONES: readonly Tone[] = ['ok', 'accent', 'warn', 'bad', 'muted'];

export function ChainCharts({ series, scenario, timeMs }: { series: RunSeries; scenario: ChainScenario; timeMs: number }) {
  const S = usePick({ zh, en });
  const perSec = 1000 / series.bucketMs;
  const client: ChartSeries = {
    name: S.clientBars,
    values: series.topOk.map((v, i) => (v + (series.topFailed[i] ?? 0)) * perSec),
    kind: 'bar',
    tone: 'muted',
  };
  const calls: ChartSeries[] = [
    client,
    ...series.layers.map((l, i): ChartSeries => ({
      name: serviceName(i),
      values: l.calls.map((v) => v * perSec),
      kind: 'line',
      tone: TONES[i] ?? 'muted',
    })),
  ];
  const top: ChartSeries[] = [
    { name: S.ok, values: series.topOk.map((v) => v * perSec), kind: 'bar', tone: 'ok' },
    { name: S.failedShort, values: series.topFailed.map((v) => v * perSec), kind: 'bar', tone: 'bad' },
    { name: S.p99, values: series.p99, kind: 'line', tone: 'accent' },
  ];
  return (
    <div className="cc-charts" data-testid="chain-charts">
      <TimeChart title={S.chartCalls} series={calls} bucketMs={series.bucketMs} durationMs={scenario.durationMs} cursorMs={timeMs} />
      <TimeChart title={S.chartTop} series={top} bucketMs={series.bucketMs} durationMs={scenario.durationMs} cursorMs={timeMs} />
    </div>
  );
}
