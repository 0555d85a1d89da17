import { describe, expect, it } from 'vitest';
import { buildNodeRules, rulesText } from './rules.ts';
import type { ServiceSpec, SliceEndpoint } from './service-types.ts';

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
const ep = (ip: string, ready = true, extra: Partial<SliceEndpoint> = {}): SliceEndpoint => ({
  podName: `web-${ip}`,
  nodeName: 'node-1',
  ip,
  ready,
  serving: ready,
  terminating: false,
  ...extra,
});
const net = { podCidr: '10.244.0.0/16' };

describe('kube-proxy iptables rules for one Service', () => {
  it('writes KUBE-SERVICES → KUBE-SVC → KUBE-SEP with 1/(n-i) and the last rule unconditional', () => {
    const node = buildNodeRules(web, [ep('10.244.1.2'), ep('10.244.2.3'), ep('10.244.1.10')], net);
    const svc = node.rules.filter((r) => r.chain === node.svcChain && r.target.startsWith('KUBE-SEP-'));
    // Sorted as "ip:port" strings: 10.244.1.10 before 10.244.1.2.
    expect(svc.map((r) => r.written.match(/-> ([\d.:]+)/)?.[1])).toEqual(['10.244.1.10:8080', '10.244.1.2:8080', '10.244.2.3:8080']);
    expect(svc[0]?.written).toContain('--probability 0.3333333333 -j KUBE-SEP-');
    expect(svc[0]?.saved).toContain('--probability 0.33333333349 -j KUBE-SEP-');
    expect(svc[1]?.saved).toContain('--probability 0.50000000000');
    expect(svc[2]?.saved).not.toContain('statistic');
  });

  it('prints the iptables-save lines of a real node', () => {
    const node = buildNodeRules(web, [ep('10.244.1.2')], net);
    const saved = rulesText(node, 'saved');
    expect(saved).toContain(
      `-A KUBE-SERVICES -d 10.96.45.12/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j ${node.svcChain}`,
    );
    expect(saved).toContain(
      `-A ${node.svcChain} ! -s 10.244.0.0/16 -d 10.96.45.12/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
    );
    expect(saved).toMatch(/-A KUBE-SEP-[A-Z2-7]{16} -s 10\.244\.1\.2\/32 -m comment --comment "default\/web:http" -j KUBE-MARK-MASQ/);
    expect(saved).toMatch(/-A KUBE-SEP-[A-Z2-7]{16} -p tcp -m comment --comment "default\/web:http" -m tcp -j DNAT --to-destination 10\.244\.1\.2:8080/);
    expect(saved).toContain('-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000');
    expect(rulesText(node, 'written')).toContain('-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000');
    // The nodeports jump is the last rule of KUBE-SERVICES.
    const services = saved.split('\n').filter((l) => l.startsWith('-A KUBE-SERVICES'));
    expect(services.at(-1)).toContain('-j KUBE-NODEPORTS');
  });

  it('leaves a not-ready endpoint out, and rejects in the filter table when none is left', () => {
    const one = buildNodeRules(web, [ep('10.244.1.2'), ep('10.244.1.3', false)], net);
    expect(rulesText(one, 'saved')).not.toContain('10.244.1.3');
    const none = buildNodeRules(web, [ep('10.244.1.3', false)], net);
    const text = rulesText(none, 'saved');
    expect(text).toContain('*filter');
    expect(text).toContain('--comment "default/web:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable');
    expect(text).not.toContain('KUBE-SVC-');
  });

  it('falls back to serving terminating endpoints when none is ready', () => {
    const node = buildNodeRules(web, [ep('10.244.1.3', false, { serving: true, terminating: true })], net);
    expect(node.used).toHaveLength(1);
    expect(node.usedTerminating).toBe(true);
  });

  it('adds the -m recent rules for sessionAffinity: ClientIP', () => {
    const node = buildNodeRules({ ...web, sessionAffinity: 'ClientIP' }, [ep('10.244.1.2'), ep('10.244.1.3')], net);
    const saved = rulesText(node, 'saved');
    expect(saved).toMatch(/-m recent --rcheck --seconds 10800 --reap --name (KUBE-SEP-\S+) --mask 255\.255\.255\.255 --rsource -j \1/);
    expect(saved).toMatch(/-m recent --set --name KUBE-SEP-\S+ --mask 255\.255\.255\.255 --rsource -m tcp -j DNAT/);
  });

  it('adds KUBE-NODEPORTS and KUBE-EXT for a NodePort', () => {
    const node = buildNodeRules({ ...web, type: 'NodePort' }, [ep('10.244.1.2')], net);
    const saved = rulesText(node, 'saved');
    const ext = node.svcChain.replace('KUBE-SVC-', 'KUBE-EXT-');
    expect(saved).toContain(`-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web:http" -m tcp --dport 30080 -j ${ext}`);
    expect(saved).toContain(`-A ${ext} -m comment --comment "masquerade traffic for default/web:http external destinations" -j KUBE-MARK-MASQ`);
    expect(saved).toContain(`-A ${ext} -j ${node.svcChain}`);
  });
});

describe('rule order', () => {
  it('lists chains sorted and rules grouped by chain in iptables-save, in write order for kube-proxy', () => {
    const node = buildNodeRules(web, [ep('10.244.1.2'), ep('10.244.1.3')], net);
    const saved = rulesText(node, 'saved').split('\n');
    const chainLines = saved.filter((l) => l.startsWith(':'));
    expect(chainLines).toEqual([...chainLines].sort());
    const ruleChains = saved.filter((l) => l.startsWith('-A ')).map((l) => l.split(' ')[1]);
    // Grouped: once a chain's rules end, that chain does not come back.
    const seen: string[] = [];
    for (const c of ruleChains)
      if (seen.at(-1) !== c) {
        expect(seen).not.toContain(c);
        seen.push(c ?? '');
      }
    const written = rulesText(node, 'written')
      .split('\n')
      .filter((l) => l.startsWith('-A '));
    expect(written.at(-1)).toContain('-j KUBE-NODEPORTS');
  });
});
