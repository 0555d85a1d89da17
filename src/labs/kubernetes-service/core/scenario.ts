// What a run is made of: the Service, its backends (a Deployment's pods, or the API servers behind
// `default/kubernetes`), the nodes, the traffic and the scripted changes (a pod failing readiness,
// a scale up or down). Plain data; params.ts reads it from the URL, presets.ts names real cases.
import type { ProxyMode } from './explain-words.ts';
import type { IpvsScheduler } from './ipvs.ts';
import type { ServiceSpec } from './service-types.ts';

export type BackendKind = 'deployment' | 'apiserver';
export type { ProxyMode };

export interface Scenario {
  readonly service: ServiceSpec;
  readonly backend: BackendKind;
  readonly replicas: number;
  readonly nodes: number;
  /** Deployment replicas after `scaleAtMs` (equal to `replicas`: no scaling). */
  readonly scaleTo: number;
  readonly scaleAtMs: number;
  /** Index of the pod whose app starts failing its readiness probe at `failAtMs` (-1: none). */
  readonly failPod: number;
  readonly failAtMs: number;
  /** readinessProbe.periodSeconds / failureThreshold / initialDelaySeconds. */
  readonly periodSeconds: number;
  readonly failureThreshold: number;
  readonly initialDelaySeconds: number;
  /** Requests per second from the clients, evenly spaced. */
  readonly rate: number;
  readonly durationMs: number;
  readonly seed: number;
  /** kube-proxy --proxy-mode, and --ipvs-scheduler for IPVS. */
  readonly proxyMode: ProxyMode;
  readonly ipvsScheduler: IpvsScheduler;
  /** NodePort: the node (index) the outside client sends to. */
  readonly entryNode: number;
  /** Services in the cluster, for the proxy-mode scaling table. */
  readonly services: number;
  /** Show the Ingress in front of the Service, and the request typed into it. */
  readonly ingress: boolean;
  readonly host: string;
  readonly path: string;
}

/** How long each connection stays open (uniform, seeded): what IPVS's lc scheduler counts. */
export const CONN_MIN_MS = 500;
export const CONN_MAX_MS = 6000;
/** IPVS keeps a closed TCP connection as InActConn for TIME_WAIT (ip_vs_proto_tcp: 2 min). */
export const INACTIVE_MS = 120_000;

/** kube-proxy's --iptables-min-sync-period default: syncs at most once a second. */
export const MIN_SYNC_PERIOD_MS = 1000;
/** Time from a new pod's creation until its container runs (image present). */
export const CONTAINER_START_MS = 1000;
/** A terminating pod's process exits this long after SIGTERM (well within the 30 s grace). */
export const SHUTDOWN_MS = 2000;
export const POD_CIDR = '10.244.0.0/16';

export function nodeName(backend: BackendKind, k: number): string {
  if (backend === 'apiserver') return k === 0 ? 'kind-control-plane' : `kind-control-plane${k + 1}`;
  return k === 0 ? 'kind-control-plane' : `kind-worker${k === 1 ? '' : k}`;
}

/** kind's node addresses: 172.18.0.2, .3, … */
export function nodeIP(k: number): string {
  return `172.18.0.${2 + k}`;
}

/** The clients that send the requests, alternating: pods for a ClusterIP, outside hosts for a NodePort or LoadBalancer. */
export function clients(scenario: Scenario): readonly { readonly name: string; readonly ip: string }[] {
  if (scenario.service.type !== 'ClusterIP')
    return [
      { name: 'client-a', ip: '203.0.113.7' },
      { name: 'client-b', ip: '198.51.100.23' },
    ];
  return [
    { name: 'curl-a', ip: '10.244.0.50' },
    { name: 'curl-b', ip: '10.244.0.51' },
  ];
}
