// The service-discovery lab: a preset (from a card's link or the picker), the registry's timings
// under their real keys, and the played run. Everything that defines the run lives in the URL
// (core/params.ts), so a link reproduces the same trace.
import { useMemo } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { currentLanguage, usePick } from '../../ui/use-language.ts';
import { parseParams, toSearch, type Params } from './core/params.ts';
import { simulate } from './core/simulate.ts';
import { ParamsPanel } from './ParamsPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RunStage } from './RunStage.tsx';
import { en, zh } from './strings.ts';
import '../../ui/lab/lab.css';
import './service-discovery.css';

/** The URL's problems worded in the UI language (a language change remounts the view, see lab-route). */
function parseForView(search: URLSearchParams): { values: Params; errors: Record<string, string> } {
  const { values, errors } = parseParams(search);
  const S = currentLanguage() === 'en' ? en : zh;
  return { values, errors: Object.fromEntries(Object.entries(errors).map(([k, p]) => [k, S.problem(p)])) };
}

export default function ServiceDiscoveryView() {
  const S = usePick({ zh, en });
  const { values, errors, setValues } = useUrlValues(parseForView, toSearch);
  const run = useMemo(() => simulate(values.scenario), [values.scenario]);
  const modified = useMemo(() => toSearch(values).toString() !== `preset=${values.preset}`, [values]);
  const messages = errors;
  return (
    <div className="sd-lab" data-testid="service-discovery-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={messages} />
      <PresetPicker values={values} modified={modified} error={messages['preset']} onChange={setValues} />
      <div className="lab-layout">
        <RunStage run={run} scenario={values.scenario} />
        <ParamsPanel values={values} errors={messages} onChange={setValues} />
      </div>
    </div>
  );
}
