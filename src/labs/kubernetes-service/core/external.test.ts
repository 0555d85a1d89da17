import { describe, expect, it } from 'vitest';
import { k8sPresets } from './presets.ts';
import { healthCheck } from './rules-external.ts';
import { rulesText } from './rules.ts';
import { simulate } from './simulate.ts';

const requests = (
  id: keyof typeof k8sPresets,
  patch: (s: (typeof k8sPresets)[typeof id]['scenario']) => (typeof k8sPresets)[typeof id]['scenario'] = (s) => s,
) => simulate(patch(k8sPresets[id].scenario)).rows.flatMap((r) => (r.request ? [r.request] : []));

describe('a NodePort request at a node without a pod of the Service', () => {
  it('is forwarded and SNATed to the entry node with externalTrafficPolicy: Cluster', () => {
    const reqs = requests('nodeport-node-without-pod');
    expect(reqs.length).toBeGreaterThan(10);
    for (const q of reqs) {
      expect(q.entryNodeName).toBe('kind-worker');
      expect(q.dst).toBe('172.18.0.3');
      expect(q.podNode).toBe('kind-control-plane');
      expect(q.walk.verdict).toMatchObject({ kind: 'dnat', masquerade: true });
      expect(q.seenSrc).toBe('172.18.0.3');
    }
  });

  it('is dropped by KUBE-EXTERNAL-SERVICES with externalTrafficPolicy: Local', () => {
    const s = k8sPresets['nodeport-node-without-pod'].scenario;
    const local = { ...s, service: { ...s.service, externalTrafficPolicy: 'Local' as const } };
    const run = simulate(local);
    const worker = run.rules[0]?.[1];
    const text = worker ? rulesText(worker, 'saved') : '';
    expect(text).toContain(
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP',
    );
    // KUBE-NODEPORTS still jumps to KUBE-EXT, but KUBE-EXT ends without the jump to KUBE-SVL.
    expect(text).toMatch(/-A KUBE-NODEPORTS -p tcp -m comment --comment "default\/web:http" -m tcp --dport 30080 -j KUBE-EXT-/);
    expect(text).not.toContain('KUBE-SVL-');
    for (const r of run.rows) if (r.request) expect(r.request.walk.verdict).toEqual({ kind: 'drop' });
    // The node with the pod keeps KUBE-EXT → KUBE-SVL and no masquerade.
    const cp = run.rules[0]?.[0];
    expect(cp && rulesText(cp, 'saved')).toMatch(/-A KUBE-EXT-(\w+) -j KUBE-SVL-\1/);
  });
});

describe('LoadBalancer Services', () => {
  it('Cluster: the LB uses all 3 nodes, the pod-less node forwards, every source is SNATed', () => {
    const reqs = requests('loadbalancer-cluster-policy');
    expect(new Set(reqs.map((q) => q.entryNodeName))).toEqual(new Set(['kind-control-plane', 'kind-worker', 'kind-worker2']));
    for (const q of reqs) expect(q.walk.verdict).toMatchObject({ kind: 'dnat', masquerade: true });
    const fromEmpty = reqs.filter((q) => q.entryNodeName === 'kind-worker2');
    expect(fromEmpty.length).toBeGreaterThan(0);
    for (const q of fromEmpty) expect(q.seenSrc).toBe('172.18.0.4');
  });

  it('Local: the LB skips the node whose health check says 503; pods see the client IP and stay on their node', () => {
    const run = simulate(k8sPresets['loadbalancer-local-policy'].scenario);
    const reqs = run.rows.flatMap((r) => (r.request ? [r.request] : []));
    expect(new Set(reqs.map((q) => q.entryNodeName))).toEqual(new Set(['kind-control-plane', 'kind-worker']));
    for (const q of reqs) {
      expect(q.walk.verdict).toMatchObject({ kind: 'dnat', masquerade: false });
      expect(q.seenSrc).toBe(q.src);
      expect(q.podNode).toBe(q.entryNodeName);
    }
    const saved = rulesText(run.rules[0]?.[0] ?? { rules: [], chains: [], svcChain: '', node: '', used: [], local: [], usedTerminating: false }, 'saved');
    expect(saved).toContain(
      '-A KUBE-SERVICES -d 203.0.113.100/32 -p tcp -m comment --comment "default/web:http loadbalancer IP" -m tcp --dport 80 -j KUBE-EXT-',
    );
    expect(saved).toMatch(/-A KUBE-EXT-\w+ -s 10\.244\.0\.0\/16 -m comment --comment "pod traffic for default\/web:http external destinations" -j KUBE-SVC-/);
    expect(saved).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web:http health check node port" -m tcp --dport 32000 -j ACCEPT');
    expect(healthCheck(k8sPresets['loadbalancer-local-policy'].scenario.service, 0)).toEqual({
      status: 503,
      body: '{"service":{"namespace":"default","name":"web"},"localEndpoints":0,"serviceProxyHealthy":true}',
    });
    expect(healthCheck(k8sPresets['loadbalancer-local-policy'].scenario.service, 1).status).toBe(200);
  });
});

describe('KUBE-SVL for externalTrafficPolicy: Local', () => {
  it('balances over this node’s endpoints only, with 1/(n-i) probabilities of its own', () => {
    const s = k8sPresets['loadbalancer-local-policy'].scenario;
    // 4 pods on 2 nodes: two on each, so each node's KUBE-SVL has two jumps at 0.5 then bare.
    const run = simulate({ ...s, replicas: 4, scaleTo: 4, nodes: 2 });
    const cp = run.rules[0]?.[0];
    const saved = cp ? rulesText(cp, 'saved').split('\n') : [];
    const svl = saved.filter((l) => l.startsWith('-A KUBE-SVL-'));
    expect(svl).toHaveLength(2);
    expect(svl[0]).toContain('--probability 0.50000000000 -j KUBE-SEP-');
    expect(svl[1]).not.toContain('statistic');
    expect(svl.every((l) => l.includes('10.244.0.'))).toBe(true);
    // KUBE-SVC still spreads over all 4 for traffic from inside the cluster.
    expect(saved.filter((l) => l.startsWith('-A KUBE-SVC-') && l.includes('-j KUBE-SEP-'))).toHaveLength(4);
    for (const r of run.rows) if (r.request) expect(r.request.podNode).toBe(r.request.entryNodeName);
  });
});
