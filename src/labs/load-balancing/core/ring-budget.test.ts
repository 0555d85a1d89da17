import { describe, expect, it } from 'vitest';
import { labRequestBound } from './lab-run.ts';
import { DEFAULT_LB_VALUES, parseLoadBalancingParams } from './params.ts';
import { LB_PRESET_IDS, LB_PRESETS, LB_PRESET_VALUES } from './presets.ts';
import { MAX_LB_REQUESTS } from './request-count.ts';
import { MAX_RING_POINTS, maxVnodesFor, ringSize } from './ring-budget.ts';

const parse = (query: string, language: 'zh' | 'en' = 'zh') =>
  parseLoadBalancingParams(new URLSearchParams(query), DEFAULT_LB_VALUES, LB_PRESET_VALUES, language);
const list = (n: number, w: number) => Array<number>(n).fill(w).join(',');

describe('the size of the hash rings a run builds', () => {
  it('counts vnodes or nginx’s 160 points per unit of weight, whichever ring is bigger, only when a ring is built', () => {
    const v = { ...DEFAULT_LB_VALUES, weights: [5, 1, 1], vnodes: 1000 };
    expect(ringSize({ ...v, algorithm: 'swrr' }).points).toBe(0);
    expect(ringSize({ ...v, algorithm: 'ring' })).toEqual({ weight: 7, perWeight: 1000, points: 7000 });
    // The moved-keys table builds both rings for every hash algorithm.
    expect(ringSize({ ...v, algorithm: 'ip-hash', vnodes: 3 }).points).toBe(7 * 160);
    expect(ringSize({ ...v, algorithm: 'swrr', compare: ['swrr', 'hash-consistent'] }).points).toBe(7 * 160);
    // Servers added by hand join the ring.
    expect(ringSize({ ...v, algorithm: 'ring', actions: [{ atMs: 0, kind: 'add', weight: 3 }] }).weight).toBe(10);
  });

  it('fits every preset, with the servers its own events add', () => {
    for (const id of LB_PRESET_IDS) {
      const p = LB_PRESETS[id];
      const added = p.events.reduce((sum, e) => sum + (e.kind === 'add' ? e.server.weight : 0), 0);
      const size = ringSize(p.values);
      expect((size.weight + added) * size.perWeight, id).toBeLessThanOrEqual(MAX_RING_POINTS);
      expect(parse(`preset=${id}`).errors, id).toEqual({});
      expect(labRequestBound(p.values), id).toBeLessThanOrEqual(MAX_LB_REQUESTS);
    }
  });

  it('fits realistic rings: nginx ketama for 32 servers of weight 10, 1000 virtual nodes for 32 servers of weight 1', () => {
    expect(parse(`algo=hash-consistent&weights=${list(32, 10)}`).errors).toEqual({});
    expect(parse(`algo=ring&weights=${list(32, 1)}&vnodes=1000`).errors).toEqual({});
  });
});

describe('the ring cap', () => {
  it('accepts a ring of exactly MAX_RING_POINTS and refuses one point more per weight, with the message', () => {
    const at = parse(`algo=ring&weights=64&vnodes=800`);
    expect(at.errors).toEqual({});
    expect(ringSize(at.values).points).toBe(MAX_RING_POINTS);

    const above = parse(`algo=ring&weights=64&vnodes=801&rate=50&seed=9`);
    expect(above.errors).toEqual({ vnodes: 'vnodes 让哈希环太大：最多 51200 个点，现在是总权重 64 × 每单位权重 801 个点 = 51264 个' });
    // vnodes goes back to its default, and the rest of the link stays.
    expect(above.values).toMatchObject({ algorithm: 'ring', weights: [64], vnodes: DEFAULT_LB_VALUES.vnodes, rate: 50, seed: 9 });
  });

  it('counts nginx’s ring the same way: 32 servers of weight 10 fit, one added server does not', () => {
    const full = `preset=hash-consistent&weights=${list(32, 10)}`;
    expect(ringSize(parse(full).values).points).toBe(MAX_RING_POINTS);
    const { values, errors } = parse(`${full}&actions=1000.down.2,5000.add`, 'en');
    expect(errors).toEqual({
      actions: 'actions makes the hash ring too big: at most 51200 points, this is a total weight of 321 × 160 points per unit of weight = 51360',
    });
    expect(values.actions).toEqual([]);
    expect(values.weights).toHaveLength(32);
    // With the algorithm in the link too, the algorithm goes back first and the hand actions stay.
    const withAlgo = parse(`algo=hash-consistent&weights=${list(32, 10)}&actions=1000.down.2,5000.add`);
    expect(Object.keys(withAlgo.errors)).toEqual(['algo']);
    expect(withAlgo.values.actions).toHaveLength(2);
  });

  it('refuses the ring that froze the page (32 servers × weight 100 × 1000 virtual nodes) and keeps the servers', () => {
    const { values, errors } = parse(`algo=ring&weights=${list(32, 100)}&vnodes=1000&rate=50&duration=8&down=3`);
    // vnodes back to 100 still leaves nginx's ring at 3200 × 160 = 512,000 points: the algorithm goes back too.
    expect(Object.keys(errors).sort()).toEqual(['algo', 'vnodes']);
    expect(errors['vnodes']).toContain('总权重 3200 × 每单位权重 1000 个点 = 3200000 个');
    expect(errors['algo']).toContain('总权重 3200 × 每单位权重 160 个点 = 512000 个');
    expect(values).toMatchObject({ algorithm: 'swrr', vnodes: 100, rate: 50, durationS: 8, down: [3] });
    expect(values.weights).toEqual(Array(32).fill(100));
    expect(ringSize(values).points).toBe(0);
  });

  it('puts back a weights list only when nothing else can shrink the ring, so a preset’s own values fit', () => {
    const { values, errors } = parse(`preset=hash-consistent&weights=${list(32, 100)}`);
    expect(Object.keys(errors)).toEqual(['weights']);
    expect(values.weights).toEqual(LB_PRESET_VALUES['hash-consistent']!.weights);
  });

  it('tells the vnodes slider where to stop', () => {
    expect(maxVnodesFor({ weights: [5, 1, 1], actions: [] }, 1000)).toBe(1000);
    expect(maxVnodesFor({ weights: Array(32).fill(10), actions: [] }, 1000)).toBe(160);
    expect(maxVnodesFor({ weights: Array(32).fill(100), actions: [{ atMs: 0, kind: 'add', weight: 100 }] }, 1000)).toBe(15);
  });
});
