// The lab's URL: a preset plus the fields that differ from it, under the Kubernetes field names
// (namespace, portName, clusterIP, targetPort, nodePort, sessionAffinity, timeoutSeconds,
// replicas, periodSeconds, failureThreshold, initialDelaySeconds) and the run's own (rate,
// duration, seed, the scripted failPod/failAt and scaleTo/scaleAt; times in seconds). A bad value
// gets a message naming its key, in the UI language (param-messages.ts), and falls back to the
// preset's value.
import { DEFAULT_PRESET_ID, isK8sPresetId, k8sPresets, type K8sPresetId } from './presets.ts';
import { paramMessages, type Lang, type ParamMessages } from './param-messages.ts';
import type { Scenario } from './scenario.ts';
import type { ProxyMode } from './explain-words.ts';
import type { IpvsScheduler } from './ipvs.ts';
import type { ServiceSpec, ServiceType, SessionAffinity, TrafficPolicy } from './service-types.ts';

export interface K8sParams {
  readonly preset: K8sPresetId;
  readonly scenario: Scenario;
}

export type ParamErrors = Record<string, string>;

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

export const NUMBER_RULES = {
  port: { min: 1, max: 65535, integer: true },
  targetPort: { min: 1, max: 65535, integer: true },
  nodePort: { min: 30000, max: 32767, integer: true },
  timeoutSeconds: { min: 1, max: 86400, integer: true },
  replicas: { min: 0, max: 10, integer: true },
  nodes: { min: 1, max: 4, integer: true },
  scaleTo: { min: 0, max: 10, integer: true },
  scaleAt: { min: 0, max: 120 },
  failPod: { min: -1, max: 9, integer: true },
  failAt: { min: 0, max: 120 },
  periodSeconds: { min: 1, max: 60, integer: true },
  failureThreshold: { min: 1, max: 10, integer: true },
  initialDelaySeconds: { min: 0, max: 60, integer: true },
  rate: { min: 0.5, max: 20 },
  duration: { min: 5, max: 120, integer: true },
  seed: { min: 0, max: 4_294_967_295, integer: true },
  entryNode: { min: 0, max: 3, integer: true },
  services: { min: 1, max: 100_000, integer: true },
} as const satisfies Record<string, NumberRule>;
export type NumberKey = keyof typeof NUMBER_RULES;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const PORT_NAME = /^([a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?)?$/;
const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const PATH = /^\/[^\s]{0,99}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const TEXT_RULES = {
  namespace: { test: (v: string) => DNS_LABEL.test(v) },
  service: { test: (v: string) => DNS_LABEL.test(v) },
  portName: { test: (v: string) => PORT_NAME.test(v) },
  clusterIP: { test: (v: string) => IPV4.test(v) },
  host: { test: (v: string) => HOST.test(v) },
  path: { test: (v: string) => PATH.test(v) },
} as const;
export type TextKey = keyof typeof TEXT_RULES;

export function numberMessage(key: string, rule: NumberRule, lang: Lang = 'zh'): string {
  return paramMessages[lang].number(key, rule.min, rule.max, rule.integer === true);
}

/** The view's fields use the same checks as the URL. */
export function checkNumber(key: NumberKey, raw: string): number | null {
  const rule: NumberRule = NUMBER_RULES[key];
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < rule.min || value > rule.max || (rule.integer && !Number.isInteger(value))) return null;
  return value;
}

function readNumber(search: URLSearchParams, key: NumberKey, fallback: number, errors: ParamErrors, m: ParamMessages): number {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const value = checkNumber(key, raw);
  if (value !== null) return value;
  const rule: NumberRule = NUMBER_RULES[key];
  errors[key] = m.number(key, rule.min, rule.max, rule.integer === true);
  return fallback;
}

function readText(search: URLSearchParams, key: TextKey, fallback: string, errors: ParamErrors, m: ParamMessages): string {
  const raw = search.get(key);
  if (raw === null) return fallback;
  if (TEXT_RULES[key].test(raw)) return raw;
  errors[key] = m.text[key];
  return fallback;
}

function readChoice<T extends string>(search: URLSearchParams, key: string, fallback: T, choices: readonly T[], errors: ParamErrors, m: ParamMessages): T {
  const raw = search.get(key);
  if (raw === null) return fallback;
  const found = choices.find((c) => c === raw);
  if (found !== undefined) return found;
  errors[key] = m.choice(key, choices);
  return fallback;
}

export function parseK8sParams(search: URLSearchParams, lang: Lang = 'zh'): { values: K8sParams; errors: ParamErrors } {
  const errors: ParamErrors = {};
  const m = paramMessages[lang];
  const rawPreset = search.get('preset');
  let preset: K8sPresetId = DEFAULT_PRESET_ID;
  if (rawPreset !== null) {
    if (isK8sPresetId(rawPreset)) preset = rawPreset;
    else errors['preset'] = m.preset(rawPreset.slice(0, 40), DEFAULT_PRESET_ID);
  }
  const base = k8sPresets[preset].scenario;
  const b = base.service;
  const service: ServiceSpec = {
    ref: {
      namespace: readText(search, 'namespace', b.ref.namespace, errors, m),
      name: readText(search, 'service', b.ref.name, errors, m),
      portName: readText(search, 'portName', b.ref.portName, errors, m),
      protocol: readChoice(search, 'protocol', b.ref.protocol, ['TCP', 'UDP', 'SCTP'], errors, m),
    },
    type: readChoice<ServiceType>(search, 'type', b.type, ['ClusterIP', 'NodePort', 'LoadBalancer'], errors, m),
    clusterIP: readText(search, 'clusterIP', b.clusterIP, errors, m),
    port: readNumber(search, 'port', b.port, errors, m),
    targetPort: readNumber(search, 'targetPort', b.targetPort, errors, m),
    nodePort: readNumber(search, 'nodePort', b.nodePort, errors, m),
    sessionAffinity: readChoice<SessionAffinity>(search, 'sessionAffinity', b.sessionAffinity, ['None', 'ClientIP'], errors, m),
    stickySeconds: readNumber(search, 'timeoutSeconds', b.stickySeconds, errors, m),
    externalTrafficPolicy: readChoice<TrafficPolicy>(search, 'externalTrafficPolicy', b.externalTrafficPolicy, ['Cluster', 'Local'], errors, m),
    loadBalancerIP: b.loadBalancerIP,
    healthCheckNodePort: b.healthCheckNodePort,
  };
  const replicas = readNumber(search, 'replicas', base.replicas, errors, m);
  let scaleTo = readNumber(search, 'scaleTo', search.has('replicas') && !search.has('scaleTo') ? replicas : base.scaleTo, errors, m);
  let failPod = readNumber(search, 'failPod', base.failPod, errors, m);
  if (base.backend === 'apiserver') {
    // The API servers' endpoints are kept by the API servers themselves, not by a Deployment.
    if (scaleTo !== replicas) errors['scaleTo'] = m.apiserverScale;
    if (failPod !== -1) errors['failPod'] = m.apiserverFail;
    scaleTo = replicas;
    failPod = -1;
  } else if (failPod >= replicas) {
    errors['failPod'] = m.failPodTooBig(replicas);
    failPod = -1;
  }
  const nodes = readNumber(search, 'nodes', base.nodes, errors, m);
  let entryNode = readNumber(search, 'entryNode', base.entryNode, errors, m);
  if (entryNode >= nodes) {
    errors['entryNode'] = m.entryNodeTooBig(nodes);
    entryNode = Math.min(base.entryNode, nodes - 1);
  }
  const scenario: Scenario = {
    service,
    backend: base.backend,
    replicas,
    nodes,
    scaleTo,
    scaleAtMs: readNumber(search, 'scaleAt', base.scaleAtMs / 1000, errors, m) * 1000,
    failPod,
    failAtMs: readNumber(search, 'failAt', base.failAtMs / 1000, errors, m) * 1000,
    periodSeconds: readNumber(search, 'periodSeconds', base.periodSeconds, errors, m),
    failureThreshold: readNumber(search, 'failureThreshold', base.failureThreshold, errors, m),
    initialDelaySeconds: readNumber(search, 'initialDelaySeconds', base.initialDelaySeconds, errors, m),
    rate: readNumber(search, 'rate', base.rate, errors, m),
    durationMs: readNumber(search, 'duration', base.durationMs / 1000, errors, m) * 1000,
    seed: readNumber(search, 'seed', base.seed, errors, m),
    proxyMode: readChoice<ProxyMode>(search, 'proxyMode', base.proxyMode, ['iptables', 'ipvs', 'nftables'], errors, m),
    ipvsScheduler: readChoice<IpvsScheduler>(search, 'ipvsScheduler', base.ipvsScheduler, ['rr', 'lc'], errors, m),
    entryNode,
    services: readNumber(search, 'services', base.services, errors, m),
    ingress: readChoice(search, 'ingress', base.ingress ? '1' : '0', ['0', '1'], errors, m) === '1',
    host: readText(search, 'host', base.host, errors, m),
    path: readText(search, 'path', base.path, errors, m),
  };
  return { values: { preset, scenario }, errors };
}

/** The URL's value of every key for a scenario (times in seconds). */
function flat(s: Scenario): Record<string, string> {
  const v = s.service;
  return {
    namespace: v.ref.namespace,
    service: v.ref.name,
    portName: v.ref.portName,
    protocol: v.ref.protocol,
    type: v.type,
    clusterIP: v.clusterIP,
    port: String(v.port),
    targetPort: String(v.targetPort),
    nodePort: String(v.nodePort),
    sessionAffinity: v.sessionAffinity,
    timeoutSeconds: String(v.stickySeconds),
    externalTrafficPolicy: v.externalTrafficPolicy,
    replicas: String(s.replicas),
    nodes: String(s.nodes),
    scaleTo: String(s.scaleTo),
    scaleAt: String(s.scaleAtMs / 1000),
    failPod: String(s.failPod),
    failAt: String(s.failAtMs / 1000),
    periodSeconds: String(s.periodSeconds),
    failureThreshold: String(s.failureThreshold),
    initialDelaySeconds: String(s.initialDelaySeconds),
    rate: String(s.rate),
    duration: String(s.durationMs / 1000),
    seed: String(s.seed),
    proxyMode: s.proxyMode,
    ipvsScheduler: s.ipvsScheduler,
    entryNode: String(s.entryNode),
    services: String(s.services),
    ingress: s.ingress ? '1' : '0',
    host: s.host,
    path: s.path,
  };
}

/** The preset and only what differs from it, so links stay short. */
export function toK8sSearch(values: K8sParams): URLSearchParams {
  const search = new URLSearchParams();
  search.set('preset', values.preset);
  const before = flat(k8sPresets[values.preset].scenario);
  for (const [key, value] of Object.entries(flat(values.scenario))) if (before[key] !== value) search.set(key, value);
  return search;
}

export function presetParams(id: K8sPresetId): K8sParams {
  return { preset: id, scenario: k8sPresets[id].scenario };
}
