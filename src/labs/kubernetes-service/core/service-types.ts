// The objects kube-proxy reads: a Service (one port) and the endpoints of its EndpointSlice.
import type { ServicePortRef } from './chain-names.ts';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';
export type TrafficPolicy = 'Cluster' | 'Local';
export type SessionAffinity = 'None' | 'ClientIP';

export interface ServiceSpec {
  readonly ref: ServicePortRef;
  readonly type: ServiceType;
  readonly clusterIP: string;
  readonly port: number;
  readonly targetPort: number;
  /** Used when type is NodePort (30000–32767). */
  readonly nodePort: number;
  readonly sessionAffinity: SessionAffinity;
  /** NodePort / LoadBalancer: Cluster (any node forwards, source SNATed) or Local (only nodes with a pod, source kept). */
  readonly externalTrafficPolicy: TrafficPolicy;
  /** status.loadBalancer.ingress[0].ip, when type is LoadBalancer. */
  readonly loadBalancerIP: string;
  /** Allocated for LoadBalancer + Local: kube-proxy answers the cloud LB's health check here. */
  readonly healthCheckNodePort: number;
  /** sessionAffinityConfig.clientIP.timeoutSeconds (default 10800 = 3 h). */
  readonly stickySeconds: number;
}

/** One endpoint of the EndpointSlice, with its conditions (discovery.k8s.io/v1). */
export interface SliceEndpoint {
  readonly podName: string;
  readonly nodeName: string;
  readonly ip: string;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
}

export interface ClusterNetwork {
  /** --cluster-cidr: traffic from outside it to a ClusterIP is masqueraded. */
  readonly podCidr: string;
}

export const MASQ_MARK = '0x4000';

/** "ip:port", as kube-proxy's endpointInfo.String(). */
export function endpointString(ip: string, port: number): string {
  return `${ip}:${port}`;
}
