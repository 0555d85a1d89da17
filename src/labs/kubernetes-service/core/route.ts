// One new connection from a client to the Service, on the node it enters, in the scenario's proxy
// mode. ClusterIP: the client pod's own node (node 0). NodePort: the node the client picked
// (entryNode). LoadBalancer: the cloud load balancer spreads connections round robin over the
// nodes that pass its health check: kube-proxy's healthz (always passing here) for
// externalTrafficPolicy: Cluster; for Local the Service's healthCheckNodePort, which answers 503
// on a node with no local endpoint (pkg/proxy/healthcheck), so those nodes get nothing.
// IPVS with no real server, or nftables with an empty map, refuse (ClusterIP) or drop (external,
// Local) the connection, as the iptables rules do; the other modes take the same masquerade
// decisions as iptables (IPVS still uses iptables + ipsets for it).
import { createIpvsPicker, virtualServers, type RealServerCounts } from './ipvs.ts';
import type { NodeRules } from './rules.ts';
import { clients, nodeIP, nodeName, POD_CIDR, type Scenario } from './scenario.ts';
import { endpointString, type SliceEndpoint } from './service-types.ts';
import { inCidr, walkPacket, type RecentLists, type WalkResult } from './walk.ts';

export type Pick =
  | { readonly mode: 'ipvs'; readonly scheduler: 'rr' | 'lc'; readonly active: readonly number[] }
  | { readonly mode: 'nftables'; readonly draw: number; readonly of: number };

export interface Routed {
  readonly client: { readonly name: string; readonly ip: string };
  readonly dst: string;
  readonly dport: number;
  readonly entryNode: number;
  /** The node the cloud load balancer chose, for a LoadBalancer. */
  readonly lbNode: number | null;
  readonly walk: WalkResult;
  readonly pick: Pick | null;
}

export interface Router {
  route(n: number, nowMs: number, nodeRules: readonly NodeRules[], counts: (dest: string) => RealServerCounts): Routed;
}

/** Nodes whose health check passes: all for Cluster, those with a usable local endpoint for Local. */
export function healthyNodes(s: Scenario, used: readonly SliceEndpoint[]): number[] {
  const all = Array.from({ length: s.nodes }, (_, k) => k);
  if (s.service.externalTrafficPolicy === 'Cluster') return all;
  return all.filter((k) => used.some((e) => e.nodeName === nodeName(s.backend, k)));
}

export function createRouter(s: Scenario, random: () => number, recent: RecentLists): Router {
  const random31 = () => Math.floor(random() * 0x80000000);
  const ipvs = createIpvsPicker(s.ipvsScheduler);
  let lbTurn = 0;
  return {
    route(n, nowMs, nodeRules, counts) {
      const cs = clients(s);
      const client = cs[n % cs.length] ?? { name: 'client', ip: '10.244.0.50' };
      const svc = s.service;
      let entryNode = 0;
      let lbNode: number | null = null;
      if (svc.type === 'NodePort') entryNode = Math.min(s.entryNode, s.nodes - 1);
      if (svc.type === 'LoadBalancer') {
        const healthy = healthyNodes(s, nodeRules[0]?.used ?? []);
        const pool = healthy.length > 0 ? healthy : Array.from({ length: s.nodes }, (_, k) => k);
        entryNode = pool[lbTurn++ % pool.length] ?? 0;
        lbNode = entryNode;
      }
      const external = svc.type !== 'ClusterIP';
      const dst = external ? nodeIP(entryNode) : svc.clusterIP;
      const dport = external ? svc.nodePort : svc.port;
      const rules = nodeRules[entryNode] ?? nodeRules[0];
      const base = { client, dst, dport, entryNode, lbNode };
      if (!rules) return { ...base, walk: { steps: [], verdict: { kind: 'no-match' } }, pick: null };
      if (s.proxyMode === 'iptables') {
        return { ...base, walk: walkPacket(rules, { src: client.ip, dst, dport, dstLocal: external }, { random31, recent, nowSec: nowMs / 1000 }), pick: null };
      }
      const local = external && svc.externalTrafficPolicy === 'Local';
      const pool = local ? rules.local : rules.used;
      const masquerade = external ? !local : !inCidr(client.ip, POD_CIDR);
      const none: WalkResult = { steps: [], verdict: local && rules.used.length > 0 ? { kind: 'drop' } : { kind: 'reject' } };
      if (s.proxyMode === 'ipvs') {
        const vs = virtualServers(svc, pool, [], rules.node)[0];
        const dests = (vs?.reals ?? []).map((e) => endpointString(e.ip, svc.targetPort));
        const active = dests.map((d) => counts(d).active);
        const i = ipvs.pick(dests, counts);
        const e = pool[i];
        const pick: Pick = { mode: 'ipvs', scheduler: s.ipvsScheduler, active };
        if (!e) return { ...base, walk: none, pick };
        return { ...base, walk: { steps: [], verdict: { kind: 'dnat', to: dests[i] ?? '', podName: e.podName, masquerade } }, pick };
      }
      const draw = Math.floor(random() * pool.length);
      const e = pool[draw];
      const pick: Pick = { mode: 'nftables', draw, of: pool.length };
      if (!e) return { ...base, walk: none, pick };
      return { ...base, walk: { steps: [], verdict: { kind: 'dnat', to: endpointString(e.ip, svc.targetPort), podName: e.podName, masquerade } }, pick };
    },
  };
}
