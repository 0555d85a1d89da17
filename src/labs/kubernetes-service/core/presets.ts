// Named scenarios a card can link to (`lab:kubernetes-service?preset=…`). Each one starts from a
// real configuration: kind's addresses (nodes 172.18.0.x, pods 10.244.0.0/16, Services
// 10.96.0.0/12), the Kubernetes defaults (sessionAffinity timeout 10800 s, min-sync-period 1 s),
// and probes as a Deployment would set them. The words (title, explanation) are the view's
// (preset-text.ts), in both UI languages.
import type { Scenario } from './scenario.ts';
import type { ServiceSpec } from './service-types.ts';

export const K8S_PRESET_IDS = [
  'clusterip-3-pods',
  'readiness-fails',
  'no-ready-endpoints',
  'scale-up',
  'scale-down',
  'session-affinity',
  'nodeport',
  'kubernetes-default-service',
  'nodeport-node-without-pod',
  'loadbalancer-cluster-policy',
  'loadbalancer-local-policy',
  'ingress-host-path',
  'ipvs-round-robin',
  'ipvs-least-conn',
  'nftables-mode',
  'proxy-modes-at-scale',
] as const;
export type K8sPresetId = (typeof K8S_PRESET_IDS)[number];
export const DEFAULT_PRESET_ID: K8sPresetId = 'clusterip-3-pods';

export function isK8sPresetId(id: string): id is K8sPresetId {
  return (K8S_PRESET_IDS as readonly string[]).includes(id);
}

export interface K8sPreset {
  readonly scenario: Scenario;
}

const web: ServiceSpec = {
  ref: { namespace: 'default', name: 'web', portName: 'http', protocol: 'TCP' },
  type: 'ClusterIP',
  clusterIP: '10.96.45.12',
  port: 80,
  targetPort: 8080,
  nodePort: 30080,
  sessionAffinity: 'None',
  stickySeconds: 10800,
  externalTrafficPolicy: 'Cluster',
  loadBalancerIP: '203.0.113.100',
  healthCheckNodePort: 32000,
};

const base: Scenario = {
  service: web,
  backend: 'deployment',
  replicas: 3,
  nodes: 2,
  scaleTo: 3,
  scaleAtMs: 0,
  failPod: -1,
  failAtMs: 0,
  periodSeconds: 2,
  failureThreshold: 3,
  initialDelaySeconds: 2,
  rate: 2,
  durationMs: 20_000,
  seed: 7,
  proxyMode: 'iptables',
  ipvsScheduler: 'rr',
  entryNode: 0,
  services: 1000,
  ingress: false,
  host: 'shop.example.com',
  path: '/api/v2/orders',
};

export const k8sPresets: Readonly<Record<K8sPresetId, K8sPreset>> = {
  'clusterip-3-pods': {
    scenario: base,
  },
  'readiness-fails': {
    scenario: { ...base, failPod: 1, failAtMs: 6000, durationMs: 24_000 },
  },
  'no-ready-endpoints': {
    scenario: { ...base, replicas: 1, scaleTo: 1, failPod: 0, failAtMs: 4000, durationMs: 16_000 },
  },
  'scale-up': {
    scenario: { ...base, replicas: 2, scaleTo: 4, scaleAtMs: 5000 },
  },
  'scale-down': {
    scenario: { ...base, replicas: 4, scaleTo: 2, scaleAtMs: 6000 },
  },
  'session-affinity': {
    scenario: { ...base, service: { ...web, sessionAffinity: 'ClientIP' } },
  },
  nodeport: {
    scenario: { ...base, service: { ...web, type: 'NodePort' } },
  },
  'kubernetes-default-service': {
    scenario: {
      ...base,
      backend: 'apiserver',
      replicas: 3,
      scaleTo: 3,
      nodes: 3,
      service: {
        ...web,
        ref: { namespace: 'default', name: 'kubernetes', portName: 'https', protocol: 'TCP' },
        clusterIP: '10.96.0.1',
        port: 443,
        targetPort: 6443,
      },
    },
  },
  // One pod on kind-control-plane; the outside client sends to kind-worker's NodePort.
  'nodeport-node-without-pod': {
    scenario: { ...base, replicas: 1, scaleTo: 1, entryNode: 1, service: { ...web, type: 'NodePort' } },
  },
  // Two pods on three nodes behind a cloud load balancer that targets the NodePort.
  'loadbalancer-cluster-policy': {
    scenario: { ...base, replicas: 2, scaleTo: 2, nodes: 3, rate: 3, service: { ...web, type: 'LoadBalancer' } },
  },
  'loadbalancer-local-policy': {
    scenario: { ...base, replicas: 2, scaleTo: 2, nodes: 3, rate: 3, service: { ...web, type: 'LoadBalancer', externalTrafficPolicy: 'Local' } },
  },
  'ingress-host-path': {
    scenario: { ...base, ingress: true },
  },
  'ipvs-round-robin': {
    scenario: { ...base, proxyMode: 'ipvs', ipvsScheduler: 'rr', rate: 4 },
  },
  'ipvs-least-conn': {
    scenario: { ...base, proxyMode: 'ipvs', ipvsScheduler: 'lc', rate: 4 },
  },
  'nftables-mode': {
    scenario: { ...base, proxyMode: 'nftables' },
  },
  'proxy-modes-at-scale': {
    scenario: { ...base, services: 10_000, replicas: 5, scaleTo: 5 },
  },
};
