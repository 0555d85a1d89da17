// The parameter form under the real keys. Every edit is a patch of the URL's values (the latest
// ones, so two quick edits both land); a bad entry stays in its box with a message.
import { memo } from 'react';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { CLUSTERS, FAULTS, LOAD_BALANCES, type CallConfig } from './core/config.ts';
import { paramMessages } from './core/param-messages.ts';
import {
  DUBBO_SERIALIZATIONS,
  fitTags,
  NUMBER_RULES,
  parseTags,
  parseWeights,
  TAG_PATTERN,
  type NumberKey,
  type ParamErrors,
  type RpcParams,
} from './core/params.ts';
import { strings } from './strings.ts';
import { TextField } from '../../ui/lab/TextField.tsx';

interface Props {
  readonly values: RpcParams;
  readonly errors: ParamErrors;
  readonly onChange: (edit: Edit<RpcParams>) => void;
}

function numberOf(c: CallConfig, key: NumberKey): number {
  switch (key) {
    case 'timeout':
    case 'deadline':
      return c.timeoutMs;
    case 'maxAttempts':
      return c.retries + 1;
    case 'rtt':
      return c.rttMs;
    default:
      return c[key];
  }
}

function patchNumber(c: CallConfig, key: NumberKey, v: number): CallConfig {
  switch (key) {
    case 'timeout':
    case 'deadline':
      return { ...c, timeoutMs: v };
    case 'maxAttempts':
      return { ...c, retries: v - 1 };
    case 'rtt':
      return { ...c, rttMs: v };
    case 'faulty':
      return { ...c, faulty: Math.min(v, c.weights.length) };
    default:
      return { ...c, [key]: v };
  }
}

export const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: Props) {
  const S = usePick(strings);
  const M = usePick(paramMessages);
  const c = values.config;
  const grpc = c.framework === 'grpc';
  const patch = (f: (c: CallConfig) => CallConfig) => onChange((latest) => ({ config: f(latest.config) }));
  const num = (key: NumberKey, unit?: string, help?: string) => {
    const rule = NUMBER_RULES[key];
    return (
      <NumberField
        key={key}
        name={key}
        label={S.fields[key]}
        value={numberOf(c, key)}
        min={rule.min}
        max={key === 'faulty' ? c.weights.length : rule.max}
        integer={rule.integer}
        error={errors[key]}
        {...(unit ? { unit } : {})}
        {...(help ? { help } : {})}
        onChange={(v) => patch((l) => patchNumber(l, key, v))}
      />
    );
  };
  return (
    <aside className="lab-box rpc-params panel" aria-labelledby="rpc-params-title">
      <h2 id="rpc-params-title">{S.paramsTitle}</h2>
      <fieldset className="lab-fieldset">
        <legend>{S.groupFault}</legend>
        <ChoiceField
          name="fault"
          label={S.fields.fault}
          value={c.fault}
          testId="fault-select"
          error={errors['fault']}
          options={FAULTS.map((f) => ({ value: f, label: S.faults[f] }))}
          onChange={(fault) => patch((l) => ({ ...l, fault }))}
        />
        {c.fault !== 'none' && c.fault !== 'no-provider' && num('faulty', undefined, S.helps.faulty)}
        {c.fault === 'slow-provider' && num('slowMs', S.ms)}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.groupCluster}</legend>
        {!grpc && (
          <ChoiceField
            name="cluster"
            label={S.fields.cluster}
            value={c.cluster}
            testId="cluster-select"
            error={errors['cluster']}
            options={CLUSTERS.map((k) => ({ value: k, label: S.clusters[k] }))}
            onChange={(cluster) => patch((l) => ({ ...l, cluster }))}
          />
        )}
        {grpc ? num('maxAttempts') : (c.cluster === 'failover' || c.cluster === 'failback') && num('retries')}
        {!grpc && c.cluster === 'forking' && num('forks')}
        {num(grpc ? 'deadline' : 'timeout', S.ms)}
        {!grpc && (
          <ChoiceField
            name="enable-timeout-countdown"
            label={S.fields['enable-timeout-countdown']}
            value={String(c.countdown) as 'true' | 'false'}
            help={S.helps.countdown}
            error={errors['enable-timeout-countdown']}
            options={(['false', 'true'] as const).map((v) => ({ value: v, label: S.countdownOptions[v] }))}
            onChange={(v) => patch((l) => ({ ...l, countdown: v === 'true' }))}
          />
        )}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.groupProviders}</legend>
        {!grpc && (
          <ChoiceField
            name="loadbalance"
            label={S.fields.loadbalance}
            value={c.loadbalance}
            error={errors['loadbalance']}
            options={LOAD_BALANCES.map((v) => ({ value: v, label: v }))}
            onChange={(loadbalance) => patch((l) => ({ ...l, loadbalance }))}
          />
        )}
        <TextField
          trim
          name="weights"
          label={S.fields.weights}
          value={c.weights.join(',')}
          check={(t) => parseWeights(t) !== null}
          message={M.weights}
          help={S.helps.weights}
          error={errors['weights']}
          onChange={(t) =>
            patch((l) => {
              const weights = parseWeights(t) ?? l.weights;
              return { ...l, weights, providerTags: fitTags(l.providerTags, weights.length), faulty: Math.min(l.faulty, weights.length) };
            })
          }
        />
        {!grpc && (
          <>
            <TextField
              trim
              name="tags"
              label={S.fields.tags}
              value={c.providerTags.join(',')}
              check={(t) => parseTags(t, c.weights.length) !== null}
              message={M.tags(c.weights.length)}
              help={S.helps.tags}
              error={errors['tags']}
              onChange={(t) => patch((l) => ({ ...l, providerTags: parseTags(t, l.weights.length) ?? l.providerTags }))}
            />
            <TextField
              trim
              name="dubbo.tag"
              label={S.fields['dubbo.tag']}
              value={c.tag}
              check={(t) => TAG_PATTERN.test(t.trim())}
              message={M.tag}
              help={S.helps.tag}
              error={errors['dubbo.tag']}
              onChange={(tag) => patch((l) => ({ ...l, tag }))}
            />
            <ChoiceField
              name="dubbo.force.tag"
              label={S.fields['dubbo.force.tag']}
              value={String(c.forceTag) as 'true' | 'false'}
              error={errors['dubbo.force.tag']}
              options={(['false', 'true'] as const).map((v) => ({ value: v, label: S.forceOptions[v] }))}
              onChange={(v) => patch((l) => ({ ...l, forceTag: v === 'true' }))}
            />
          </>
        )}
        {num('threads')}
        {!grpc && (
          <ChoiceField
            name="serialization"
            label={S.fields.serialization}
            value={c.serialization as 'hessian2' | 'fastjson'}
            error={errors['serialization']}
            options={DUBBO_SERIALIZATIONS.map((v) => ({ value: v as 'hessian2' | 'fastjson', label: v }))}
            onChange={(serialization) => patch((l) => ({ ...l, serialization }))}
          />
        )}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.groupRun}</legend>
        {num('serviceMs', S.ms)}
        {num('rtt', S.ms)}
        {num('seed', undefined, S.helps.seed)}
      </fieldset>
    </aside>
  );
});
