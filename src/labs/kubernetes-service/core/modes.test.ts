import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIpvsPicker, ipvsadmText, virtualServers } from './ipvs.ts';
import { nftText } from './nftables.ts';
import { k8sPresets } from './presets.ts';
import { modeCosts, scaleSteps } from './scale.ts';
import { simulate } from './simulate.ts';

const zero = () => ({ active: 0, inactive: 0 });

describe('IPVS', () => {
  it('rr takes the real servers in turn', () => {
    const p = createIpvsPicker('rr');
    const dests = ['a', 'b', 'c'];
    expect(Array.from({ length: 7 }, () => p.pick(dests, zero))).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('lc picks the least activeconns*256 + inactconns, the first on ties', () => {
    const p = createIpvsPicker('lc');
    const counts: Record<string, { active: number; inactive: number }> = {
      a: { active: 2, inactive: 0 },
      b: { active: 1, inactive: 300 },
      c: { active: 1, inactive: 5 },
    };
    expect(p.pick(['a', 'b', 'c'], (d) => counts[d] ?? zero())).toBe(2);
    expect(p.pick(['a', 'b'], () => ({ active: 0, inactive: 0 }))).toBe(0);
  });

  it('prints ipvsadm -Ln with one virtual server per address and its real servers', () => {
    const s = k8sPresets['ipvs-round-robin'].scenario;
    const run = simulate(s);
    const rules = run.rules[0]?.[0];
    const text = ipvsadmText(s.service, virtualServers(s.service, rules?.used ?? [], [], rules?.node ?? ''), 'rr', zero);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      'TCP  10.96.45.12:80 rr',
    ]);
    expect(text).toContain('  -> 10.244.0.11:8080             Masq    1      0          0');
  });

  it('spreads the preset run evenly with rr and keeps active connections level with lc', () => {
    const perPod = (id: 'ipvs-round-robin' | 'ipvs-least-conn') => {
      const m = new Map<string, number>();
      for (const r of simulate(k8sPresets[id].scenario).rows) if (r.request?.pod) m.set(r.request.pod, (m.get(r.request.pod) ?? 0) + 1);
      return [...m.values()];
    };
    const rr = perPod('ipvs-round-robin');
    expect(Math.max(...rr) - Math.min(...rr)).toBeLessThanOrEqual(1);
    expect(perPod('ipvs-least-conn')).toHaveLength(3);
    const lc = simulate(k8sPresets['ipvs-least-conn'].scenario);
    for (const r of lc.rows)
      if (r.request?.pick?.mode === 'ipvs') {
        const { active } = r.request.pick;
        const chosen = lc.rules[r.rulesVersion]?.[0]?.used.findIndex((e) => e.podName === r.request?.pod) ?? -1;
        expect(active[chosen]).toBe(Math.min(...active));
      }
  });
});

describe('nftables', () => {
  it('writes one numgen vmap line per Service instead of n statistic rules', () => {
    const s = k8sPresets['nftables-mode'].scenario;
    const rules = simulate(s).rules[0]?.[0];
    const text = nftText(s.service, rules?.used ?? [], '10.244.0.0/16');
    expect(text).toMatch(
      /numgen random mod 3 vmap \{ 0 : goto endpoint-[A-Z2-7]{8}-default\/web\/tcp\/http__10\.244\.0\.11\/8080, 1 : goto endpoint-\S+, 2 : goto endpoint-\S+ \}/,
    );
    expect(text).toMatch(/elements = \{ 10\.96\.45\.12 \. tcp \. 80 : goto service-[A-Z2-7]{8}-default\/web\/tcp\/http \}/);
    expect(text).toContain('meta l4proto tcp dnat to 10.244.0.11:8080');
  });

  it('draws each endpoint about a third of the time', () => {
    const run = simulate({ ...k8sPresets['nftables-mode'].scenario, rate: 20, durationMs: 120_000 });
    const draws = [0, 0, 0];
    for (const r of run.rows) if (r.request?.pick?.mode === 'nftables') draws[r.request.pick.draw] = (draws[r.request.pick.draw] ?? 0) + 1;
    const total = draws.reduce((a, b) => a + b, 0);
    for (const d of draws) expect(Math.abs(d / total - 1 / 3)).toBeLessThan(0.04);
  });
});

describe('how the modes scale', () => {
  it('pins the counts for 10,000 Services with 5 endpoints', () => {
    expect(modeCosts(10_000, 5)).toEqual([
      { mode: 'iptables', entries: 170_005, lookupAvg: 5000.5, perChange: 10_018 },
      { mode: 'ipvs', entries: 60_000, lookupAvg: 1, perChange: 6 },
      { mode: 'nftables', entries: 130_000, lookupAvg: 1, perChange: 13 },
    ]);
    expect(scaleSteps(10_000)).toEqual([100, 1000, 10_000]);
  });

  it('grows the iptables lookup linearly and keeps the others constant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 10 }), (n, e) => {
        const [ipt, ipvs, nft] = modeCosts(n, e);
        expect(ipt?.lookupAvg).toBe((n + 1) / 2);
        expect(ipvs?.lookupAvg).toBe(1);
        expect(nft?.lookupAvg).toBe(1);
        expect(modeCosts(2 * n, e)[0]?.lookupAvg).toBeGreaterThan(ipt?.lookupAvg ?? 0);
      }),
    );
  });
});
