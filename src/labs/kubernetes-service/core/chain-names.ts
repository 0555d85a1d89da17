// kube-proxy's iptables chain names (pkg/proxy/iptables/proxier.go). iptables limits a chain name
// to 28 characters, so kube-proxy hashes: portProtoHash(servicePortName, protocol) is the first 16
// characters of base32(sha256(servicePortName + protocol)), and an endpoint's chain hashes
// servicePortName + protocol + endpoint. servicePortName is ServicePortName.String():
// "namespace/name:portName", or "namespace/name" when the port has no name; protocol is lower-case
// ("tcp"); endpoint is "ip:port". So the names are the same on every cluster for the same Service.
import { base32, sha256, utf8 } from './sha256.ts';

export interface ServicePortRef {
  readonly namespace: string;
  readonly name: string;
  /** The port's `name` in the Service spec; empty when the port is unnamed. */
  readonly portName: string;
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
}

/** ServicePortName.String(): "default/kubernetes:https". */
export function servicePortName(ref: ServicePortRef): string {
  return `${ref.namespace}/${ref.name}${ref.portName === '' ? '' : `:${ref.portName}`}`;
}

function hash16(text: string): string {
  return base32(sha256(utf8(text))).slice(0, 16);
}

export function portProtoHash(portName: string, protocol: string): string {
  return hash16(portName + protocol);
}

/** KUBE-SVC-…: the chain that picks an endpoint for cluster traffic. */
export function serviceChainName(ref: ServicePortRef): string {
  return `KUBE-SVC-${portProtoHash(servicePortName(ref), ref.protocol.toLowerCase())}`;
}

/** KUBE-EXT-…: NodePort / LoadBalancer traffic enters here before KUBE-SVC. */
export function externalChainName(ref: ServicePortRef): string {
  return `KUBE-EXT-${portProtoHash(servicePortName(ref), ref.protocol.toLowerCase())}`;
}

/** KUBE-SEP-…: one endpoint's chain (the DNAT). `endpoint` is "ip:port". */
export function endpointChainName(ref: ServicePortRef, endpoint: string): string {
  return `KUBE-SEP-${hash16(servicePortName(ref) + ref.protocol.toLowerCase() + endpoint)}`;
}

/** KUBE-SVL-…: externalTrafficPolicy: Local's chain, balancing over this node's endpoints only. */
export function localChainName(ref: ServicePortRef): string {
  return `KUBE-SVL-${portProtoHash(servicePortName(ref), ref.protocol.toLowerCase())}`;
}
