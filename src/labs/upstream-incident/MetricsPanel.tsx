// What the on-call engineer sees first: the alert, each upstream's share of the requests, and
// requests per second per upstream over the run (the spike starts at 8 s).
import { TimeChart, type ChartSeries, type Tone } from '../../ui/player/TimeChart.tsx';
import type { InvestigationView } from './investigation-view.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';
import { UpstreamShares } from './UpstreamShares.tsx';

const TONES: readonly Tone[] = ['accent', 'warn', 'ok', 'bad', 'muted'];

export function MetricsPanel({ view }: { view: InvestigationView }) {
  const language = useLanguage();
  const m = view.metrics;
  const seconds = view.scenario.durationMs / 1000;
  const series: ChartSeries[] = m.servers.map((s, i) => ({ name: s.id, kind: 'bar', tone: TONES[i % TONES.length] as Tone, values: s.series }));
  return (
    <section className="ui-metrics panel" aria-labelledby="ui-metrics-title">
      <p className="banner warning ui-alert" data-testid="symptom">
        <strong>{S.labelled(S.alertTitle)}</strong>
        {view.scenario.symptom[language]}
      </p>
      <h2 id="ui-metrics-title" className="ui-h">
        {S.metricsTitle}
      </h2>
      <p className="muted small">{S.metricsHelp(m.requests, seconds)}</p>
      <UpstreamShares summary={m} testId="upstream-shares" />
      <p className="small">{S.dropped(m.dropped)}</p>
      <TimeChart
        title={S.loadChart}
        series={series}
        bucketMs={m.bucketMs}
        durationMs={view.scenario.durationMs}
        cursorMs={view.scenario.durationMs}
        height={150}
      />
    </section>
  );
}
