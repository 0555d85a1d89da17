import { describe, expect, it } from 'vitest';
import { labCatalogue } from '../../catalogue.ts';
import { compareAlgorithms } from './compare.ts';
import { buildLabStream, toUpstreamSetup } from './lab-run.ts';
import { LB_PRESET_IDS, LB_PRESETS } from './presets.ts';
import { simulateLoadBalancing } from './simulate.ts';

describe('load-balancing presets', () => {
  it("cover exactly the catalogue's preset ids, each with a title and explanation in Chinese and English", () => {
    const lab = labCatalogue.find((l) => l.id === 'load-balancing');
    expect([...LB_PRESET_IDS].sort()).toEqual([...(lab?.presets ?? [])].sort());
    for (const id of LB_PRESET_IDS) {
      expect(LB_PRESETS[id].title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(LB_PRESETS[id].explanation.zh.length).toBeGreaterThan(60);
      expect(LB_PRESETS[id].title.en + LB_PRESETS[id].explanation.en).not.toMatch(/[\u3400-\u9fff\uff08-\uff1b]/);
      expect(LB_PRESETS[id].explanation.en.length).toBeGreaterThan(100);
    }
  });

  it('nginx-swrr-5-1-1 plays a a b a c a a', () => {
    const p = LB_PRESETS['nginx-swrr-5-1-1'];
    const sim = simulateLoadBalancing(toUpstreamSetup(p.values, p.events), buildLabStream(p.values));
    const first = sim.rows
      .filter((r) => r.kind === 'request')
      .slice(0, 7)
      .map((r) => (r.kind === 'request' ? r.serverId?.split('.')[3] : ''));
    expect(first).toEqual(['1:8080', '1:8080', '2:8080', '1:8080', '3:8080', '1:8080', '1:8080']);
  });

  it("max-fails leaves a 10 s gap in the blipped server's load", () => {
    const p = LB_PRESETS['max-fails'];
    const sim = simulateLoadBalancing(toUpstreamSetup(p.values, p.events), buildLabStream(p.values));
    const s2 = sim.summary.servers[1]!;
    expect(s2.disabled).toBe(1);
    expect(s2.series.slice(6, 15).every((n) => n === 0)).toBe(true);
    expect(s2.series[17]).toBeGreaterThan(0);
  });

  it('least-conn sends less to the slow server than round robin does', () => {
    const p = LB_PRESETS['least-conn'];
    const stream = buildLabStream(p.values);
    const [rr, lc] = compareAlgorithms(toUpstreamSetup(p.values, p.events), stream, ['round-robin', 'least-conn']);
    expect(lc!.servers[2]!.share).toBeLessThan(rr!.servers[2]!.share - 0.05);
    expect(lc!.p99Ms).toBeLessThan(rr!.p99Ms);
  });

  it('peak-ewma moves traffic off the server while it is slow', () => {
    const p = LB_PRESETS['peak-ewma'];
    const sim = simulateLoadBalancing(toUpstreamSetup(p.values, p.events), buildLabStream(p.values));
    const s2 = sim.summary.servers[1]!.series;
    const before = s2[3]!;
    const during = s2[8]!;
    expect(during).toBeLessThan(before / 3);
  });

  it('compare-all runs every algorithm on the same stream', () => {
    const p = LB_PRESETS['compare-all'];
    const values = { ...p.values, durationS: 3 };
    const runs = compareAlgorithms(toUpstreamSetup(values, p.events), buildLabStream(values), p.values.compare);
    expect(runs.map((r) => r.algorithm)).toEqual(p.values.compare);
    for (const r of runs) expect(r.requests).toBe(runs[0]!.requests);
  });
});
