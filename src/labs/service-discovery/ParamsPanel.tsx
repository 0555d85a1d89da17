// The parameter form: the registry's timings under their real keys (only those of the registry in
// use), the script and the run. Every edit is a patch of the URL's values; a bad entry stays in its
// box with a message.
import { memo } from 'react';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { changesText, NUMBER_RULES, parseChanges, TIMING_KEYS, TIMING_RULES, type NumberKey, type Params } from './core/params.ts';
import { REGISTRY_KINDS, type RegistryKind, type Scenario, type Timings } from './core/scenario.ts';
import { en, zh } from './strings.ts';
import { TextField } from '../../ui/lab/TextField.tsx';

type NumericTiming = keyof typeof TIMING_RULES;

const TIMINGS_OF: Readonly<Record<RegistryKind, readonly NumericTiming[]>> = {
  notes: ['heartbeatSeconds', 'maxMisses'],
  eureka: [
    'leaseRenewalIntervalInSeconds',
    'leaseExpirationDurationInSeconds',
    'evictionIntervalTimerInMs',
    'renewalPercentThreshold',
    'responseCacheUpdateIntervalMs',
    'registryFetchIntervalSeconds',
    'serverListRefreshInterval',
  ],
  'nacos-ephemeral': ['heartBeatInterval', 'heartBeatTimeout', 'ipDeleteTimeout'],
  'nacos-persistent': ['checkInterval', 'checkTimes'],
  zookeeper: ['tickTime', 'sessionTimeout'],
  kubernetes: ['periodSeconds', 'failureThreshold'],
};

/** Script keys in seconds map to the scenario's milliseconds. */
const MS_KEYS: Partial<Record<NumberKey, keyof Scenario>> = {
  crashAt: 'crashAtMs',
  deregisterAt: 'deregisterAtMs',
  drain: 'drainMs',
  partitionAt: 'partitionAtMs',
  healAt: 'healAtMs',
  duration: 'durationMs',
};

function numberOf(s: Scenario, key: NumberKey): number {
  const ms = MS_KEYS[key];
  if (ms) return (s[ms] as number) / 1000;
  return s[key as keyof Scenario] as number;
}

function patchNumber(s: Scenario, key: NumberKey, v: number): Scenario {
  const ms = MS_KEYS[key];
  if (ms) return { ...s, [ms]: v * 1000 };
  if (key === 'providers')
    return { ...s, providers: v, crash: s.crash < v ? s.crash : -1, deregister: s.deregister < v ? s.deregister : -1, partition: Math.min(s.partition, v) };
  return { ...s, [key]: v };
}

interface Props {
  readonly values: Params;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<Params>) => void;
}

export const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: Props) {
  const S = usePick({ zh, en });
  const s = values.scenario;
  const patch = (f: (latest: Scenario) => Scenario) => onChange((latest) => ({ scenario: f(latest.scenario) }));
  const num = (key: NumberKey, unit?: string, help?: string) => {
    const rule = NUMBER_RULES[key];
    return (
      <NumberField
        key={key}
        name={key}
        label={S.fields[key] ?? key}
        value={numberOf(s, key)}
        min={rule.min}
        max={rule.max}
        integer={rule.integer}
        error={errors[key]}
        {...(unit ? { unit } : {})}
        {...(help ? { help } : {})}
        onChange={(v) => patch((l) => patchNumber(l, key, v))}
      />
    );
  };
  const timing = (field: NumericTiming) => {
    const rule = TIMING_RULES[field];
    const key = TIMING_KEYS[field];
    return (
      <NumberField
        key={field}
        name={key}
        label={S.timingLabels[field] ?? key}
        value={s.timings[field]}
        min={rule.min}
        max={rule.max}
        integer={rule.integer}
        error={errors[key]}
        onChange={(v) => patch((l) => ({ ...l, timings: { ...l.timings, [field]: v } as Timings }))}
      />
    );
  };
  const bool = (name: string, value: boolean, set: (l: Scenario, v: boolean) => Scenario) => (
    <ChoiceField
      name={name}
      label={S.fields[name] ?? name}
      value={value ? 'true' : 'false'}
      options={[
        { value: 'true', label: S.yes },
        { value: 'false', label: S.no },
      ]}
      error={errors[name]}
      onChange={(v) => patch((l) => set(l, v === 'true'))}
    />
  );
  const changes = (key: 'stop' | 'start') => (
    <TextField
      name={key}
      label={S.fields[key] ?? key}
      value={changesText(s[key])}
      help={S.changesHelp}
      check={(t) => parseChanges(t.trim(), s.servers, key === 'stop') !== null}
      message={S.problem({ kind: 'changes', key, servers: s.servers })}
      error={errors[key]}
      onChange={(t) => patch((l) => ({ ...l, [key]: parseChanges(t.trim(), l.servers, key === 'stop') ?? l[key] }))}
    />
  );
  const hasServers = s.kind === 'zookeeper' || s.kind === 'eureka';
  return (
    <aside className="lab-box sd-params" aria-labelledby="sd-params-title">
      <h2 id="sd-params-title">{S.paramsTitle}</h2>
      <fieldset className="lab-fieldset">
        <legend>{S.timingsTitle}</legend>
        <ChoiceField
          name="registry"
          label={S.fields['registry'] ?? 'registry'}
          value={s.kind}
          testId="registry-select"
          options={REGISTRY_KINDS.map((k) => ({ value: k, label: S.kinds[k] }))}
          error={errors['registry']}
          onChange={(v) => patch((l) => ({ ...l, kind: v }))}
        />
        {TIMINGS_OF[s.kind].map(timing)}
        {s.kind === 'eureka' &&
          bool('enableSelfPreservation', s.timings.enableSelfPreservation, (l, v) => ({ ...l, timings: { ...l.timings, enableSelfPreservation: v } }))}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.scriptTitle}</legend>
        {num('providers')}
        {num('consumers')}
        {num('rate')}
        {bool('retry', s.retry, (l, v) => ({ ...l, retry: v }))}
        {num('crash', undefined, S.indexHelp)}
        {num('crashAt', S.seconds)}
        {num('deregister', undefined, S.indexHelp)}
        {num('deregisterAt', S.seconds)}
        {num('drain', S.seconds)}
        {/* The kubelet probes on the pod's own node: a partition from the control plane changes nothing here. */}
        {s.kind !== 'kubernetes' && num('partition')}
        {s.kind !== 'kubernetes' && num('partitionAt', S.seconds)}
        {s.kind !== 'kubernetes' && num('healAt', S.seconds)}
        {hasServers && num('servers')}
        {hasServers && changes('stop')}
        {hasServers && changes('start')}
        {s.kind === 'zookeeper' && bool('compare', s.compare, (l, v) => ({ ...l, compare: v }))}
        {num('duration', S.seconds)}
        {num('seed')}
      </fieldset>
    </aside>
  );
});
