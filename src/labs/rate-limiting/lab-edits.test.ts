import { describe, expect, it } from 'vitest';
import { presetValues } from './core/params.ts';
import { addLane, parseTraceText, removeLane, setCompare, setLaneAlgorithm, setLaneParam, setTrafficKind } from './lab-edits.ts';
import { parseLab, MAX_ROWS } from './use-lab-values.ts';

describe('lab edits', () => {
  it('switch modes and lanes within 1–4', () => {
    const single = presetValues('token-bucket-burst');
    const two = setCompare(single, true);
    expect(two.lanes.map((l) => l.algorithm)).toEqual(['token-bucket', 'leaky-queue']);
    const four = addLane(addLane(addLane(two)));
    expect(four.lanes).toHaveLength(4);
    expect(new Set(four.lanes.map((l) => l.algorithm)).size).toBe(4);
    expect(removeLane(removeLane(removeLane(four, 0), 0), 0).lanes).toHaveLength(1);
    expect(setCompare(four, false).lanes).toEqual([single.lanes[0]]);
  });

  it('a new algorithm starts from its defaults; a param edit touches one lane', () => {
    const v = setLaneParam(setLaneAlgorithm(presetValues('compare-all'), 1, 'gcra'), 0, 'limit', 3);
    expect(v.lanes[1]?.params).toMatchObject({ max_burst: 15, count: 30, period: 60 });
    expect(v.lanes[0]?.params.limit).toBe(3);
    expect(v.lanes[2]?.params).toEqual(presetValues('compare-all').lanes[2]?.params);
  });

  it('switching to a trace records the current arrivals; other kinds drop manual ones', () => {
    const v = presetValues('token-bucket-burst');
    expect(setTrafficKind(v, 'trace', [0, 333.4, 666.6]).traffic.trace).toEqual([0, 333, 667]);
    expect(setTrafficKind({ ...v, traffic: { ...v.traffic, trace: [5] } }, 'poisson', []).traffic.trace).toEqual([]);
  });

  it('parses a typed trace, refusing garbage', () => {
    expect(parseTraceText('0, 0，150 2000')).toEqual([0, 0, 150, 2000]);
    expect(parseTraceText('')).toEqual([]);
    expect(parseTraceText('1,a')).toBeNull();
    expect(parseTraceText('-1')).toBeNull();
  });
});

describe('parseLab', () => {
  it('refuses a run too big to play and keeps the preset (or the last values)', () => {
    const big = parseLab('preset=sliding-log&trafficRate=100000&duration=86400', undefined);
    expect(big.errors.duration).toContain(MAX_ROWS.toLocaleString('zh-CN'));
    expect(big.values).toEqual(presetValues('sliding-log'));
    const last = presetValues('nginx-delay-3');
    expect(parseLab('algo=nginx&trafficRate=100000&traffic=steady&duration=86400', last).values).toBe(last);
    expect(parseLab('preset=sliding-log', undefined).errors).toEqual({});
  });

  it('refuses back-to-back 1 ms bursts at a tiny rate too (4 M arrivals, not the 0.004 the rate suggests)', () => {
    const big = parseLab('preset=sliding-log&traffic=bursts&trafficRate=0.000001&onMs=1&offMs=0&duration=4000', undefined);
    expect(big.errors.duration).toContain(MAX_ROWS.toLocaleString('zh-CN'));
    expect(big.values).toEqual(presetValues('sliding-log'));
  });
});
