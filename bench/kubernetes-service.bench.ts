// Kubernetes Service lab: a million new connections through one Service's iptables rules, as
// walkPacket walks them (KUBE-SERVICES → KUBE-SVC → KUBE-SEP, statistic draws, the masquerade
// check), for a ClusterIP with 3 pods, session affinity, and a NodePort with externalTrafficPolicy
// Local; then the whole split panel (10,000 connections) and one full preset run.
import { createRandom } from '../src/labs/kernel/random.ts';
import { k8sPresets } from '../src/labs/kubernetes-service/core/presets.ts';
import { simulate } from '../src/labs/kubernetes-service/core/simulate.ts';
import { splitRequests } from '../src/labs/kubernetes-service/core/split.ts';
import type { NodeRules } from '../src/labs/kubernetes-service/core/rules.ts';
import { walkPacket, type Packet } from '../src/labs/kubernetes-service/core/walk.ts';
import { bestTimeMs, report } from './measure.ts';

const N = 1_000_000;

function millionMs(rules: NodeRules, packet: Packet, distinctClients: boolean): number {
  // The packets are made before the clock starts: only the walk is timed.
  const packets = distinctClients ? Array.from({ length: 65_536 }, (_, i) => ({ ...packet, src: `10.244.${i >> 8}.${i & 255}` })) : [packet];
  const mask = packets.length - 1;
  return bestTimeMs(() => {
    const random = createRandom(1);
    const ctx = { random31: () => Math.floor(random() * 0x80000000), recent: new Map(), nowSec: 0 };
    for (let i = 0; i < N; i++) walkPacket(rules, packets[i & mask] ?? packet, ctx);
  });
}

export default function bench(): void {
  const cluster = k8sPresets['clusterip-3-pods'].scenario;
  const clusterRules = simulate(cluster).rules[0]?.[0];
  const affinity = simulate(k8sPresets['session-affinity'].scenario).rules[0]?.[0];
  const localScenario = k8sPresets['loadbalancer-local-policy'].scenario;
  const localRules = simulate(localScenario).rules[0]?.[0];
  if (!clusterRules || !affinity || !localRules) throw new Error('no rules');
  const toClusterIP: Packet = { src: '10.244.0.50', dst: cluster.service.clusterIP, dport: cluster.service.port, dstLocal: false };
  const toNodePort: Packet = { src: '203.0.113.7', dst: '172.18.0.2', dport: localScenario.service.nodePort, dstLocal: true };
  report('1M connections, ClusterIP, 3 pods (iptables walk)', millionMs(clusterRules, toClusterIP, false), 'ms', { max: 1000 });
  report('1M connections, ClientIP affinity, 65,536 clients', millionMs(affinity, toClusterIP, true), 'ms', { max: 1000 });
  report('1M connections, NodePort, externalTrafficPolicy Local', millionMs(localRules, toNodePort, false), 'ms', { max: 1000 });
  report(
    'split panel: 10,000 connections',
    bestTimeMs(() => splitRequests(clusterRules, toClusterIP, 10_000, 7)),
    'ms',
    { max: 16 },
  );
  report(
    'whole run of proxy-modes-at-scale (rows + rules)',
    bestTimeMs(() => simulate(k8sPresets['proxy-modes-at-scale'].scenario)),
    'ms',
    { max: 50 },
  );
}
