import { describe, expect, it } from 'vitest';
import { k8sPresets } from './presets.ts';
import { simulate } from './simulate.ts';
import { splitRequests } from './split.ts';

describe('splitRequests', () => {
  it('gives each of 3 pods about a third of 30,000 connections, the same for the same seed', () => {
    const s = k8sPresets['clusterip-3-pods'].scenario;
    const rules = simulate(s).rules[0]?.[0];
    if (!rules) throw new Error('no rules');
    const packet = { src: '10.244.0.50', dst: s.service.clusterIP, dport: s.service.port, dstLocal: false };
    const a = splitRequests(rules, packet, 30_000, 1);
    expect(a).toEqual(splitRequests(rules, packet, 30_000, 1));
    expect(a.counts).toHaveLength(3);
    expect(a.rejected).toBe(0);
    for (const c of a.counts) expect(Math.abs(c.count / 30_000 - 1 / 3)).toBeLessThan(0.02);
  });
});
