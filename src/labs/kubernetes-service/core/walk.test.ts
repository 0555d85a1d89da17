import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { buildNodeRules } from './rules.ts';
import type { ServiceSpec, SliceEndpoint } from './service-types.ts';
import { walkPacket, type RecentLists } from './walk.ts';

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
const net = { podCidr: '10.244.0.0/16' };
const pods = (n: number): SliceEndpoint[] =>
  Array.from({ length: n }, (_, i) => ({
    podName: `web-${i}`,
    nodeName: 'node-1',
    ip: `10.244.1.${i + 2}`,
    ready: true,
    serving: true,
    terminating: false,
  }));
const ctx = (seed: number, recent: RecentLists = new Map()) => {
  const random = createRandom(seed);
  return { random31: () => Math.floor(random() * 0x80000000), recent, nowSec: 0 };
};
const fromPod = { src: '10.244.0.5', dst: '10.96.45.12', dport: 80, dstLocal: false };

describe('a packet through the rules', () => {
  it('goes KUBE-SERVICES → KUBE-SVC → KUBE-SEP → DNAT, unmasqueraded from a pod', () => {
    const node = buildNodeRules(web, pods(1), net);
    const result = walkPacket(node, fromPod, ctx(1));
    expect(result.verdict).toEqual({ kind: 'dnat', to: '10.244.1.2:8080', podName: 'web-0', masquerade: false });
    const chains = result.steps.filter((s) => s.matched).map((s) => node.rules[s.rule]?.chain);
    expect(chains[0]).toBe('KUBE-SERVICES');
    expect(chains).toContain(node.svcChain);
  });

  it('masquerades a client outside the pod CIDR, and a NodePort request', () => {
    const node = buildNodeRules({ ...web, type: 'NodePort' }, pods(2), net);
    const outside = walkPacket(node, { ...fromPod, src: '192.168.49.1' }, ctx(2));
    expect(outside.verdict.kind === 'dnat' && outside.verdict.masquerade).toBe(true);
    const nodePort = walkPacket(node, { src: '203.0.113.7', dst: '192.168.49.2', dport: 30080, dstLocal: true }, ctx(3));
    expect(nodePort.verdict.kind === 'dnat' && nodePort.verdict.masquerade).toBe(true);
  });

  it('rejects when the Service has no endpoints', () => {
    const node = buildNodeRules(web, [], net);
    expect(walkPacket(node, fromPod, ctx(1)).verdict).toEqual({ kind: 'reject' });
  });

  it('sends a client back to the same pod with ClientIP affinity', () => {
    const node = buildNodeRules({ ...web, sessionAffinity: 'ClientIP' }, pods(4), net);
    const recent: RecentLists = new Map();
    const c = ctx(9, recent);
    const first = walkPacket(node, fromPod, c);
    for (let i = 0; i < 20; i++) expect(walkPacket(node, fromPod, c).verdict).toEqual(first.verdict);
  });

  it('splits over n endpoints converging to 1/n each (seeded)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const node = buildNodeRules(web, pods(n), net);
        const c = ctx(seed);
        const counts = new Map<string, number>();
        const total = 20_000;
        for (let i = 0; i < total; i++) {
          const v = walkPacket(node, fromPod, c).verdict;
          if (v.kind === 'dnat') counts.set(v.podName, (counts.get(v.podName) ?? 0) + 1);
        }
        expect(counts.size).toBe(n);
        // 5 standard deviations of a binomial share: a wrong chain (e.g. 1/n on every rule) is far outside.
        const sd = Math.sqrt(total * (1 / n) * (1 - 1 / n));
        for (const count of counts.values()) expect(Math.abs(count - total / n)).toBeLessThanOrEqual(5 * sd + 1);
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});
