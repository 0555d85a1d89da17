// The Redis Cluster lab: a scenario (from a card's link or the picker) played on a model of Redis
// Cluster that follows cluster.c, with the slot map, a key → slot calculator, the nodes, the
// writes and the trace. Everything that defines the run lives in the URL (core/params.ts), so a
// link reproduces the same trace.
import { memo, useId, useMemo } from 'react';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues, type Edit } from '../../ui/lab/use-url-values.ts';
import {
  MAX_NODE_TIMEOUT_MS,
  MIN_NODE_TIMEOUT_MS,
  NODE_TIMEOUT_KEY,
  parseRedisClusterParams,
  presetDefaults,
  toRedisClusterSearch,
  type ParamErrors,
  type RedisClusterParams,
} from './core/params.ts';
import { buildScenario, PRESET_IDS, type PresetId } from './core/presets.ts';
import { runScenario } from './core/run-scenario.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { RunStage } from './RunStage.tsx';
import { presetExplanations, presetTitles, S } from './strings.ts';
import '../../ui/lab/lab.css';
import './redis-cluster.css';

interface FormProps {
  readonly values: RedisClusterParams;
  readonly errors: ParamErrors;
  readonly onChange: (edit: Edit<RedisClusterParams>) => void;
}

const PresetPicker = memo(function PresetPicker({ values, errors, onChange }: FormProps) {
  const id = useId();
  return (
    <section className="rc-preset panel" aria-labelledby={`${id}-title`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-title`}>
          <strong>{S.presetLabel}</strong> <code>preset</code>
        </label>
        <select
          id={id}
          data-testid="preset-select"
          value={values.preset}
          aria-invalid={errors['preset'] ? true : undefined}
          onChange={(e) => onChange((latest) => ({ ...presetDefaults(e.target.value as PresetId), key: latest.key }))}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {presetTitles[p]}
            </option>
          ))}
        </select>
      </div>
      <p className="rc-explanation" data-testid="preset-explanation">
        {presetExplanations[values.preset]}
      </p>
    </section>
  );
});

const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: FormProps) {
  return (
    <aside className="rc-params panel" aria-labelledby="rc-params-title">
      <h2 id="rc-params-title" className="rc-h">
        {S.paramsTitle}
      </h2>
      <NumberField
        name={NODE_TIMEOUT_KEY}
        label={S.nodeTimeout}
        value={values.nodeTimeoutMs}
        min={MIN_NODE_TIMEOUT_MS}
        max={MAX_NODE_TIMEOUT_MS}
        step={1000}
        unit={S.ms}
        integer
        help={S.nodeTimeoutHelp}
        error={errors[NODE_TIMEOUT_KEY]}
        onChange={(nodeTimeoutMs) => onChange({ nodeTimeoutMs })}
      />
      <ChoiceField
        name="wait"
        label={S.wait}
        value={String(values.wait) as '0' | '1'}
        options={[
          { value: '0', label: S.waitOptions['0'] },
          { value: '1', label: S.waitOptions['1'] },
        ]}
        help={S.waitHelp}
        error={errors['wait']}
        testId="wait-select"
        onChange={(v) => onChange({ wait: v === '1' ? 1 : 0 })}
      />
      <NumberField
        name="seed"
        label={S.seed}
        value={values.seed}
        min={0}
        max={4_294_967_295}
        integer
        help={S.seedHelp}
        error={errors['seed']}
        onChange={(seed) => onChange({ seed })}
      />
    </aside>
  );
});

// Module-level parsers, one per language: the view remounts when the language changes.
const parseZh = (search: URLSearchParams) => parseRedisClusterParams(search, 'zh');
const parseEn = (search: URLSearchParams) => parseRedisClusterParams(search, 'en');

export default function RedisClusterView() {
  const { values, errors, setValues } = useUrlValues(currentLanguage() === 'en' ? parseEn : parseZh, toRedisClusterSearch);
  const { preset, seed, nodeTimeoutMs, wait } = values;
  // The key typed in the calculator is not part of the run: typing must not restart the player.
  const setup = useMemo(() => buildScenario({ preset, seed, nodeTimeoutMs, wait }), [preset, seed, nodeTimeoutMs, wait]);
  const run = useMemo(() => runScenario(setup), [setup]);
  const clients = useMemo(() => setup.clients.map((c) => c.id), [setup]);
  return (
    <div className="rc-lab" data-testid="redis-cluster-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} errors={errors} onChange={setValues} />
      <div className="rc-layout">
        <RunStage run={run} clients={clients} keyValue={values.key} keyError={errors['key']} onKey={(key) => setValues({ key })} />
        <ParamsPanel values={values} errors={errors} onChange={setValues} />
      </div>
    </div>
  );
}
