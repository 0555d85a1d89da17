// The circuit-breaker lab: a preset (from a card's link or the picker), its parameters under the
// real configuration keys, a scripted backend, and the played run. Everything that defines the run
// lives in the URL (core/params.ts), so a link reproduces the same trace.
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { memo, useMemo } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { parseCircuitBreakerParams, toCircuitBreakerSearch, type CircuitBreakerParams, type ParamErrors } from './core/params.ts';
import { BreakerFields } from './BreakerFields.tsx';
import { buildRun } from './build-run.ts';
import { PresetPicker } from './PresetPicker.tsx';
import { RunStage } from './RunStage.tsx';
import { S } from './strings.ts';
import { TrafficFields } from './TrafficFields.tsx';
import '../../ui/lab/lab.css';
import './circuit-breaker.css';

interface ParamsProps {
  readonly values: CircuitBreakerParams;
  readonly errors: ParamErrors;
  readonly onChange: (edit: Edit<CircuitBreakerParams>) => void;
}

// The form does not depend on the player: memo keeps it still while the run plays.
const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: ParamsProps) {
  return (
    <aside className="lab-box cb-params" aria-labelledby="cb-params-title">
      <h2 id="cb-params-title">{S.paramsTitle}</h2>
      <BreakerFields values={values} errors={errors} onChange={onChange} />
      <TrafficFields values={values} errors={errors} onChange={onChange} />
    </aside>
  );
});

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parseCircuitBreakerParams(search, currentLanguage());

export default function CircuitBreakerView() {
  const { values, errors, setValues, query } = useUrlValues(parseInUiLanguage, toCircuitBreakerSearch);
  const built = useMemo(() => buildRun(values), [values]);
  const modified = useMemo(() => toCircuitBreakerSearch(values).toString() !== `preset=${values.preset}`, [values]);
  return (
    <div className="cb-lab" data-testid="circuit-breaker-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} modified={modified} error={errors['preset']} onChange={setValues} />
      <div className="lab-layout">
        <RunStage values={values} errors={errors} built={built} query={query} onChange={setValues} />
        <ParamsPanel values={values} errors={errors} onChange={setValues} />
      </div>
    </div>
  );
}
