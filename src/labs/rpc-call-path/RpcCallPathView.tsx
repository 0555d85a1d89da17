// The RPC call path lab: a configuration (from a card's link or the picker), one call played
// through every layer of the framework, with a failure injected where the user chooses.
// Everything that defines the run lives in the URL (core/params.ts), so a link reproduces it.
import { useMemo } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { useLanguage, usePick } from '../../ui/use-language.ts';
import { parseRpcParams, toRpcSearch } from './core/params.ts';
import { simulateCall } from './core/simulate.ts';
import { ParamsPanel } from './ParamsPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RunStage } from './RunStage.tsx';
import { strings } from './strings.ts';
import '../../ui/lab/lab.css';
import './rpc-call-path.css';

// Module-level, one per language: the URL hook re-parses only when the query (or this) changes.
const parsers = {
  zh: (search: URLSearchParams) => parseRpcParams(search, 'zh'),
  en: (search: URLSearchParams) => parseRpcParams(search, 'en'),
} as const;

export default function RpcCallPathView() {
  const S = usePick(strings);
  const language = useLanguage();
  const { values, errors, setValues } = useUrlValues(parsers[language], toRpcSearch);
  const run = useMemo(() => simulateCall(values.config), [values.config]);
  const modified = toRpcSearch(values).toString() !== `preset=${values.preset}`;
  return (
    <div className="rpc-lab" data-testid="rpc-call-path-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} modified={modified} error={errors['preset']} onChange={setValues} />
      <div className="rpc-layout">
        <RunStage run={run} />
        <ParamsPanel values={values} errors={errors} onChange={setValues} />
      </div>
    </div>
  );
}
