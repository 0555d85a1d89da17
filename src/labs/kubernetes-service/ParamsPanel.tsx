// The parameter form under the Kubernetes field names. Every edit is a patch of the URL's values
// (the latest ones, so two quick edits both land); a bad entry stays in its box with a message.
import { memo } from 'react';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { NUMBER_RULES, TEXT_RULES, type K8sParams, type NumberKey, type ParamErrors, type TextKey } from './core/params.ts';
import type { Scenario } from './core/scenario.ts';
import type { ServiceSpec } from './core/service-types.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { paramMessages } from './core/param-messages.ts';
import { S } from './strings.ts';
import { TextField } from '../../ui/lab/TextField.tsx';

interface Props {
  readonly values: K8sParams;
  readonly errors: ParamErrors;
  readonly onChange: (edit: Edit<K8sParams>) => void;
}

/** The scenario value behind a numeric URL key (times in seconds). */
function numberOf(s: Scenario, key: NumberKey): number {
  switch (key) {
    case 'port':
    case 'targetPort':
    case 'nodePort':
      return s.service[key];
    case 'timeoutSeconds':
      return s.service.stickySeconds;
    case 'scaleAt':
      return s.scaleAtMs / 1000;
    case 'failAt':
      return s.failAtMs / 1000;
    case 'duration':
      return s.durationMs / 1000;
    default:
      return s[key];
  }
}

function patchNumber(s: Scenario, key: NumberKey, v: number): Scenario {
  switch (key) {
    case 'port':
    case 'targetPort':
    case 'nodePort':
      return { ...s, service: { ...s.service, [key]: v } };
    case 'timeoutSeconds':
      return { ...s, service: { ...s.service, stickySeconds: v } };
    case 'scaleAt':
      return { ...s, scaleAtMs: v * 1000 };
    case 'failAt':
      return { ...s, failAtMs: v * 1000 };
    case 'duration':
      return { ...s, durationMs: v * 1000 };
    case 'nodes':
      return { ...s, nodes: v, entryNode: Math.min(s.entryNode, v - 1) };
    case 'replicas':
      return { ...s, replicas: v, scaleTo: s.scaleTo === s.replicas ? v : s.scaleTo, failPod: s.failPod < v ? s.failPod : -1 };
    default:
      return { ...s, [key]: v };
  }
}

function textOf(s: Scenario, key: TextKey): string {
  if (key === 'clusterIP') return s.service.clusterIP;
  if (key === 'host' || key === 'path') return s[key];
  return key === 'service' ? s.service.ref.name : s.service.ref[key];
}

function patchText(s: Scenario, key: TextKey, v: string): Scenario {
  if (key === 'clusterIP') return { ...s, service: { ...s.service, clusterIP: v } };
  if (key === 'host' || key === 'path') return { ...s, [key]: v };
  const ref = { ...s.service.ref, [key === 'service' ? 'name' : key]: v };
  return { ...s, service: { ...s.service, ref } };
}

export const ParamsPanel = memo(function ParamsPanel({ values, errors, onChange }: Props) {
  const s = values.scenario;
  const apiserver = s.backend === 'apiserver';
  const num = (key: NumberKey, unit?: string, help?: string) => {
    const rule = NUMBER_RULES[key];
    return (
      <NumberField
        key={key}
        name={key}
        label={S.fields[key]}
        value={numberOf(s, key)}
        min={rule.min}
        max={rule.max}
        integer={'integer' in rule && rule.integer}
        error={errors[key]}
        {...(unit ? { unit } : {})}
        {...(help ? { help } : {})}
        onChange={(v) => onChange((latest) => ({ scenario: patchNumber(latest.scenario, key, v) }))}
      />
    );
  };
  const text = (key: TextKey) => (
    <TextField
      key={key}
      name={key}
      label={S.fields[key]}
      value={textOf(s, key)}
      check={TEXT_RULES[key].test}
      message={paramMessages[currentLanguage()].text[key]}
      error={errors[key]}
      onChange={(v) => onChange((latest) => ({ scenario: patchText(latest.scenario, key, v) }))}
    />
  );
  const choice = <K extends 'type' | 'sessionAffinity' | 'externalTrafficPolicy'>(key: K, options: readonly ServiceSpec[K][]) => (
    <ChoiceField
      name={key}
      label={S.fields[key]}
      value={s.service[key]}
      options={options.map((o) => ({ value: o, label: o }))}
      error={errors[key]}
      onChange={(v) => onChange((latest) => ({ scenario: { ...latest.scenario, service: { ...latest.scenario.service, [key]: v } } }))}
    />
  );
  return (
    <aside className="lab-box k8s-params" aria-labelledby="k8s-params-title">
      <h2 id="k8s-params-title">{S.paramsTitle}</h2>
      <fieldset className="lab-fieldset">
        <legend>{S.serviceTitle}</legend>
        {text('namespace')}
        {text('service')}
        {text('portName')}
        <ChoiceField
          name="protocol"
          label={S.fields.protocol}
          value={s.service.ref.protocol}
          options={(['TCP', 'UDP', 'SCTP'] as const).map((o) => ({ value: o, label: o }))}
          error={errors['protocol']}
          onChange={(v) =>
            onChange((latest) => ({
              scenario: { ...latest.scenario, service: { ...latest.scenario.service, ref: { ...latest.scenario.service.ref, protocol: v } } },
            }))
          }
        />
        {choice('type', ['ClusterIP', 'NodePort', 'LoadBalancer'])}
        {text('clusterIP')}
        {num('port')}
        {num('targetPort')}
        {s.service.type !== 'ClusterIP' && num('nodePort')}
        {s.service.type !== 'ClusterIP' && choice('externalTrafficPolicy', ['Cluster', 'Local'])}
        {choice('sessionAffinity', ['None', 'ClientIP'])}
        {s.service.sessionAffinity === 'ClientIP' && num('timeoutSeconds', S.seconds)}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.workloadTitle}</legend>
        {num('replicas')}
        {num('nodes')}
        {!apiserver && num('scaleTo')}
        {!apiserver && num('scaleAt', S.seconds)}
        {!apiserver && num('failPod', undefined, S.failPodHelp)}
        {!apiserver && num('failAt', S.seconds)}
        {!apiserver && num('periodSeconds', S.seconds)}
        {!apiserver && num('failureThreshold')}
        {!apiserver && num('initialDelaySeconds', S.seconds)}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.proxyTitle}</legend>
        <ChoiceField
          name="proxyMode"
          label={S.fields.proxyMode}
          value={s.proxyMode}
          options={(['iptables', 'ipvs', 'nftables'] as const).map((o) => ({ value: o, label: o }))}
          error={errors['proxyMode']}
          onChange={(v) => onChange((latest) => ({ scenario: { ...latest.scenario, proxyMode: v } }))}
        />
        {s.proxyMode === 'ipvs' && (
          <ChoiceField
            name="ipvsScheduler"
            label={S.fields.ipvsScheduler}
            value={s.ipvsScheduler}
            options={(['rr', 'lc'] as const).map((o) => ({ value: o, label: o }))}
            error={errors['ipvsScheduler']}
            onChange={(v) => onChange((latest) => ({ scenario: { ...latest.scenario, ipvsScheduler: v } }))}
          />
        )}
        {s.service.type === 'NodePort' && num('entryNode', undefined, S.entryNodeHelp)}
        {num('services')}
        <ChoiceField
          name="ingress"
          label={S.fields.ingress}
          value={s.ingress ? '1' : '0'}
          options={(['0', '1'] as const).map((o) => ({ value: o, label: S.ingressOptions[o] }))}
          error={errors['ingress']}
          onChange={(v) => onChange((latest) => ({ scenario: { ...latest.scenario, ingress: v === '1' } }))}
        />
        {s.ingress && text('host')}
        {s.ingress && text('path')}
      </fieldset>
      <fieldset className="lab-fieldset">
        <legend>{S.runTitle}</legend>
        {num('rate')}
        {num('duration', S.seconds)}
        {num('seed')}
      </fieldset>
    </aside>
  );
});
