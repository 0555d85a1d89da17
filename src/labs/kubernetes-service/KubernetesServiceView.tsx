// The Kubernetes Service lab: a preset (from a card's link or the picker), the Service and its
// Deployment under their real field names, and the played run. Everything that defines the run
// lives in the URL (core/params.ts), so a link reproduces the same trace.
import { useMemo } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { parseK8sParams, toK8sSearch, type K8sParams } from './core/params.ts';
import { simulate } from './core/simulate.ts';
import { ParamsPanel } from './ParamsPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RunStage } from './RunStage.tsx';
import { S } from './strings.ts';
import '../../ui/lab/lab.css';
import './kubernetes-service.css';

// Module-level parsers, one per language: the view remounts when the language changes.
const parseZh = (search: URLSearchParams) => parseK8sParams(search, 'zh');
const parseEn = (search: URLSearchParams): { values: K8sParams; errors: Record<string, string> } => parseK8sParams(search, 'en');

export default function KubernetesServiceView() {
  const { values, errors, setValues } = useUrlValues(currentLanguage() === 'en' ? parseEn : parseZh, toK8sSearch);
  const run = useMemo(() => simulate(values.scenario), [values.scenario]);
  const modified = useMemo(() => toK8sSearch(values).toString() !== `preset=${values.preset}`, [values]);
  return (
    <div className="k8s-lab" data-testid="kubernetes-service-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} modified={modified} error={errors['preset']} onChange={setValues} />
      <div className="lab-layout">
        <RunStage run={run} scenario={values.scenario} />
        <ParamsPanel values={values} errors={errors} onChange={setValues} />
      </div>
    </div>
  );
}
