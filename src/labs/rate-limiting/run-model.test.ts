import { describe, expect, it } from 'vitest';
import { simulate } from './core/simulate.ts';
import { chartBucketMs, countsAt, delayedWaiting, justBefore, recentRows, TIE_MS, toPlayerTimes, toPrefixCounts, toRunSeries } from './run-model.ts';
import { lastIndexAtOrBefore } from '../../ui/player/use-player.ts';

const nginx = { algorithm: 'nginx' as const, params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } };
const batch = simulate(nginx, [0, 0, 0, 0, 0, 0, 0, 2500]);

describe('player times', () => {
  it('make same-time requests steppable one by one, none happened at 0', () => {
    const times = toPlayerTimes(batch.rows);
    expect(lastIndexAtOrBefore(times, 0)).toBe(-1);
    for (let i = 0; i < 7; i++) expect(lastIndexAtOrBefore(times, times[i] as number)).toBe(i);
    expect(times[7]).toBeCloseTo(2500 + TIE_MS);
    expect(new Set(times).size).toBe(times.length);
  });

  it('justBefore stands after request i − 1 and before request i', () => {
    const times = toPlayerTimes(batch.rows);
    for (let i = 0; i < times.length; i++) expect(lastIndexAtOrBefore(times, justBefore(times, i))).toBe(i - 1);
  });
});

describe('counts and series', () => {
  it('running counts match the run', () => {
    const prefix = toPrefixCounts(batch.rows);
    expect(countsAt(prefix, -1)).toEqual({ total: 0, admitted: 0, delayed: 0, rejected: 0 });
    expect(countsAt(prefix, 6)).toEqual({ total: 7, admitted: 1, delayed: 5, rejected: 1 });
    expect(countsAt(prefix, 7)).toMatchObject({ total: batch.counts.total, delayed: batch.counts.delayed });
  });

  it('buckets the decisions and the level', () => {
    expect(chartBucketMs(10_000)).toBe(100);
    expect(chartBucketMs(4_000_000)).toBe(60_000);
    const series = toRunSeries(batch.rows, 1000, 3000, 0);
    expect(series.admitted).toEqual([1, 0, 0]);
    expect(series.delayed).toEqual([5, 0, 1]);
    expect(series.rejected).toEqual([1, 0, 0]);
    expect(series.level).toEqual([5, 5, batch.rows[7]?.level]);
  });

  it('lists the delayed requests still waiting, and recent rows', () => {
    expect(delayedWaiting(batch.rows, 6, 0).map((r) => r.servedAtMs)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(delayedWaiting(batch.rows, 7, 2500).map((r) => r.servedAtMs)).toEqual([3000, 4000, 5000, 6000]);
    expect(recentRows(batch.rows, 7, 1).map((r) => r.index)).toEqual([7]);
    expect(recentRows(batch.rows, 7, 0, 3).map((r) => r.index)).toEqual([5, 6, 7]);
  });
});
