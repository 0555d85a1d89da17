// The incident lab: a misbehaving nginx (the scenario from the URL), its metrics, logs and
// config, the checklist that turns them into evidence, the diagnosis and the fix. The scenario
// and seed live in the URL, so a card links to an exact incident and a link replays it.
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useCallback, useState } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { AccessLogView } from './AccessLogView.tsx';
import { Checklist } from './Checklist.tsx';
import type { StepId } from './core/checklist.ts';
import { DEFAULT_INCIDENT_VALUES, parseIncidentParams, toIncidentSearch } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { DiagnosisPanel } from './DiagnosisPanel.tsx';
import type { InvestigationView } from './investigation-view.ts';
import { MetricsPanel } from './MetricsPanel.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { ScenePanel } from './ScenePanel.tsx';
import { S } from './strings.ts';
import { useInvestigation } from './use-investigation.ts';
import './upstream-incident.css';

const parse = (search: URLSearchParams) => parseIncidentParams(search, DEFAULT_INCIDENT_VALUES, currentLanguage());

function Investigation({ view }: { view: InvestigationView }) {
  const [done, setDone] = useState<ReadonlySet<StepId>>(new Set());
  const run = useCallback((id: StepId) => setDone((d) => new Set([...d, id])), []);
  return (
    <>
      <MetricsPanel view={view} />
      <section className="ui-logs panel" aria-labelledby="ui-logs-title">
        <h2 id="ui-logs-title" className="ui-h">
          {S.logsTitle}
        </h2>
        <ScenePanel view={view} />
        <AccessLogView view={view} />
      </section>
      <Checklist steps={view.checklist} done={done} onRun={run} />
      <DiagnosisPanel view={view} stepsDone={done.size} />
    </>
  );
}

export default function UpstreamIncidentView() {
  const { values, errors, setValues } = useUrlValues(parse, toIncidentSearch);
  const state = useInvestigation(values);
  return (
    <div className="ui-lab" data-testid="upstream-incident-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <ScenarioPicker values={values} errors={errors} onChange={setValues} />
      {state.kind === 'loading' && (
        <p className="ui-loading" role="status">
          {S.loading}
        </p>
      )}
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {S.failed(state.message)}
        </p>
      )}
      {/* A new scenario or seed starts a fresh investigation (steps not yet run, no answer). */}
      {state.kind === 'ready' && <Investigation key={`${values.scenario}/${values.seed}`} view={state.view} />}
    </div>
  );
}
