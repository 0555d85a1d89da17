import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { generateArrivals } from '../../kernel/traffic.ts';
import { labCatalogue } from '../../catalogue.ts';
import { getAlgorithm } from './algorithms.ts';
import { fastForward } from './fast-forward.ts';
import { parseParamValue, formatParamValue } from './param-schema.ts';
import { getPreset, presetEntries, presetIds, presets, type PresetId } from './presets.ts';
import { simulate, simulateCompare } from './simulate.ts';

const runPreset = (id: PresetId) => {
  const p = getPreset(id);
  const arrivals = generateArrivals(p.traffic, p.durationSec * 1000, createRandom(p.seed));
  return simulateCompare(presetEntries(p), arrivals);
};

describe('presets', () => {
  it('covers exactly the preset ids the lab catalogue lists', () => {
    const listed = labCatalogue.find((l) => l.id === 'rate-limiting')?.presets ?? [];
    expect([...presetIds].sort()).toEqual([...listed].sort());
  });

  it('each has a Chinese title and explanation, 1–4 lanes, and parameters valid for its schema', () => {
    for (const p of presets) {
      expect(p.title).toMatch(/[\u4e00-\u9fff]/);
      expect(p.explanation.length).toBeGreaterThan(60);
      expect(p.lanes.length).toBeGreaterThanOrEqual(1);
      expect(p.lanes.length).toBeLessThanOrEqual(4);
      for (const entry of presetEntries(p)) {
        for (const spec of getAlgorithm(entry.algorithm).params) {
          const v = entry.params[spec.name];
          expect(v).toBeDefined();
          expect(parseParamValue(spec, formatParamValue(v as never)).ok).toBe(true);
        }
      }
    }
  });

  it('fixed-window-boundary: 20 pass around the boundary with a fixed window, 10 with the log', () => {
    const [fixed, log] = runPreset('fixed-window-boundary');
    const inBurst = (rows: readonly { timeMs: number; outcome: string }[]) => rows.filter((r) => r.timeMs < 1100 && r.outcome === 'admit').length;
    expect(inBurst(fixed?.rows ?? [])).toBe(20);
    expect(inBurst(log?.rows ?? [])).toBe(10);
  });

  it('nginx-1rs-burst5-batch7 and nginx-delay-3 do what their explanations say', () => {
    expect(runPreset('nginx-1rs-burst5-batch7')[0]?.rows.map((r) => r.delayMs)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 0]);
    expect(runPreset('nginx-1rs-burst5-batch7')[0]?.rows[6]?.status).toBe(503);
    expect(runPreset('nginx-delay-3')[0]?.rows.map((r) => [r.outcome, r.delayMs])).toEqual([
      ['admit', 0],
      ['admit', 0],
      ['admit', 0],
      ['admit', 0],
      ['delay', 1000],
      ['delay', 2000],
      ['reject', 0],
    ]);
  });

  it('nginx burst=5 with and without nodelay reject the same requests', () => {
    const a = runPreset('nginx-10rs-burst5')[0]?.rows.map((r) => r.outcome === 'reject');
    const b = runPreset('nginx-10rs-burst5-nodelay')[0]?.rows.map((r) => r.outcome === 'reject');
    expect(a).toEqual(b);
    expect(runPreset('nginx-10rs-burst5-nodelay')[0]?.counts.delayed).toBe(0);
    expect(runPreset('nginx-10rs-burst5')[0]?.counts.delayed).toBeGreaterThan(0);
  });

  it('token-bucket-burst and leaky-bucket-queue: the spike of 20', () => {
    const spike = (rows: readonly { timeMs: number; outcome: string }[]) => rows.filter((r) => r.timeMs === 2000).map((r) => r.outcome);
    const tb = spike(runPreset('token-bucket-burst')[0]?.rows ?? []);
    expect(tb.filter((o) => o === 'admit')).toHaveLength(10);
    const lq = spike(runPreset('leaky-bucket-queue')[0]?.rows ?? []);
    expect(lq.filter((o) => o === 'delay')).toHaveLength(10);
    expect(lq.filter((o) => o === 'reject').length).toBeGreaterThan(0);
  });

  it('redis-cell-15-30-60: the first reply is the README one', () => {
    const first = runPreset('redis-cell-15-30-60')[0]?.rows[0]?.state;
    expect(first).toMatchObject({ algorithm: 'gcra', reply: [0, 16, 15, -1, 2] });
  });

  it('github-5000-per-hour: 5,000 pass in the first hour, the rest wait for the reset', () => {
    const p = getPreset('github-5000-per-hour');
    const arrivals = generateArrivals(p.traffic, p.durationSec * 1000, createRandom(p.seed));
    const entry = presetEntries(p)[0];
    if (!entry) throw new Error('no lane');
    const firstHour = fastForward(
      entry,
      arrivals.filter((t) => t < 3_600_000),
    );
    expect(firstHour).toMatchObject({ admitted: 5000, rejected: 2200 });
    expect(simulate(entry, arrivals).counts.admitted).toBe(5000 + 800);
  });

  it('notes-gateway-nginx: nginx without nodelay decides exactly like the leaky-bucket queue', () => {
    const [nginx, leaky, nodelay] = runPreset('notes-gateway-nginx');
    expect(nginx?.rows.map((r) => [r.outcome, r.delayMs])).toEqual(leaky?.rows.map((r) => [r.outcome, r.delayMs]));
    expect(nodelay?.counts.delayed).toBe(0);
  });

  it('every preset runs', () => {
    for (const id of presetIds) for (const run of runPreset(id)) expect(run.counts.total).toBeGreaterThan(0);
  });
});
