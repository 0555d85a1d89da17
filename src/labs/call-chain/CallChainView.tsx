// The call-chain lab: a preset (from a card's link or the picker), the chain's parameters, the
// played run and the fixes compared side by side. Everything that defines the run lives in the
// URL (core/params.ts), so a link reproduces the same trace.
import { useMemo } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import type { Language } from '../../ui/appearance-store.ts';
import { useLanguage, usePick } from '../../ui/use-language.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { parseChainParams, toChainSearch } from './core/params.ts';
import { ParamsPanel } from './ParamsPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { describeProblem } from './row-text.ts';
import { RunStage } from './RunStage.tsx';
import { en, zh } from './strings.ts';
import '../../ui/lab/lab.css';
import './call-chain.css';

/** The URL's problems worded in the UI language; one stable function per language (useUrlValues memoizes on it). */
function parseWith(language: Language) {
  return (search: URLSearchParams) => {
    const { values, errors } = parseChainParams(search);
    return { values, errors: Object.fromEntries(Object.entries(errors).map(([key, problem]) => [key, describeProblem[language](problem)])) };
  };
}
const parseIn: Record<Language, ReturnType<typeof parseWith>> = { zh: parseWith('zh'), en: parseWith('en') };

export default function CallChainView() {
  const S = usePick({ zh, en });
  const language = useLanguage();
  const { values, errors: messages, setValues } = useUrlValues(parseIn[language], toChainSearch);
  const modified = useMemo(() => toChainSearch(values).toString() !== `preset=${values.preset}`, [values]);
  return (
    <div className="cc-lab" data-testid="call-chain-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={messages} />
      <PresetPicker values={values} modified={modified} error={messages['preset']} onChange={setValues} />
      <div className="cc-layout">
        <RunStage scenario={values.scenario} />
        <ParamsPanel values={values} errors={messages} onChange={setValues} />
      </div>
      <ComparePanel scenario={values.scenario} />
    </div>
  );
}
