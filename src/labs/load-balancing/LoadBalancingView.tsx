// The load-balancing lab: a preset (from a card's link or the picker), the servers and traffic
// under the real nginx names, and the played run. Everything that defines the run (algorithm,
// parameters, seed, hand actions) lives in the URL (core/params.ts), so a link replays it exactly.
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { AlgorithmFields } from './AlgorithmFields.tsx';
import { buildLbRun } from './build-run.ts';
import { DEFAULT_LB_VALUES, parseLoadBalancingParams, toLoadBalancingSearch, type LoadBalancingValues } from './core/params.ts';
import { LB_PRESET_VALUES } from './core/presets.ts';
import { PresetPicker } from './PresetPicker.tsx';
import { RunStage } from './RunStage.tsx';
import { ServerFields } from './ServerFields.tsx';
import { OwnUpstreamPanel } from './OwnUpstreamPanel.tsx';
import { S } from './strings.ts';
import { TrafficFields } from './TrafficFields.tsx';
import '../../ui/lab/lab.css';
import './load-balancing.css';

const parse = (search: URLSearchParams) => parseLoadBalancingParams(search, DEFAULT_LB_VALUES, LB_PRESET_VALUES, currentLanguage());
const toSearch = (values: LoadBalancingValues) => toLoadBalancingSearch(values, LB_PRESET_VALUES);

interface ParamsProps {
  readonly values: LoadBalancingValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<LoadBalancingValues>) => void;
  readonly onPreviewVnodes: (value: number | null) => void;
}

const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange, onPreviewVnodes }: ParamsProps) {
  return (
    <aside className="lab-box lb-params" aria-labelledby="lb-params-title">
      <h2 id="lb-params-title">{S.paramsTitle}</h2>
      <AlgorithmFields values={values} errors={errors} onChange={onChange} />
      <ServerFields values={values} errors={errors} onChange={onChange} />
      <TrafficFields values={values} errors={errors} onChange={onChange} onPreviewVnodes={onPreviewVnodes} />
    </aside>
  );
});

export default function LoadBalancingView() {
  const { values, errors, setValues, query } = useUrlValues(parse, toSearch);
  const run = useMemo(() => buildLbRun(values), [values]);
  const [previewVnodes, setPreviewVnodes] = useState<number | null>(null);
  const presetQuery = values.preset !== null ? `preset=${values.preset}` : '';
  const modified = query !== presetQuery && toSearch(values).toString() !== presetQuery;
  // Edits keep the player at its moment (a hand action: at the action's time); a new preset starts over.
  const resumeAt = useRef<number | null>(null);
  const nowRef = useRef(0);
  const act = useCallback(
    (next: Edit<LoadBalancingValues>, atMs: number | null) => {
      resumeAt.current = atMs;
      setValues(next);
    },
    [setValues],
  );
  const edit = useCallback((next: Edit<LoadBalancingValues>) => act(next, nowRef.current), [act]);
  const pick = useCallback((next: Edit<LoadBalancingValues>) => act(next, null), [act]);
  return (
    <div className="lb-lab" data-testid="load-balancing-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} modified={modified} error={errors['preset']} onPick={pick} />
      <OwnUpstreamPanel onApply={pick} />
      <div className="lab-layout">
        <RunStage run={run} errors={errors} query={query} previewVnodes={previewVnodes} resumeAt={resumeAt} nowRef={nowRef} onChange={act} />
        <ParamsPanel values={values} errors={errors} onChange={edit} onPreviewVnodes={setPreviewVnodes} />
      </div>
    </div>
  );
}
