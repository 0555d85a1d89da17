// Runs the engines once per set of values (not per frame): the arrivals, one run per lane, and what
// the player, chart and counters read from it.
import { useMemo } from 'react';
import { levelMax, createLimiter } from './core/algorithms.ts';
import { toArrivals } from './core/arrivals.ts';
import type { LimiterState } from './core/limiter.ts';
import { toRunEntries, type RateLimitValues } from './core/params.ts';
import { simulateCompare, type RateLimitRun } from './core/simulate.ts';
import { chartBucketMs, toPlayerTimes, toPrefixCounts, toRunSeries, type PrefixCounts, type RunSeries } from './run-model.ts';

export interface LaneRun {
  readonly run: RateLimitRun;
  readonly prefix: PrefixCounts;
  /** The engine's state and level before any request (a fresh limiter's snapshot). */
  readonly initialState: LimiterState;
  readonly initialLevel: number;
  readonly levelMax: number;
  readonly series: RunSeries;
}

export interface LabRun {
  readonly arrivals: readonly number[];
  readonly lanes: readonly LaneRun[];
  /** Where the player's clock stands at each request (see toPlayerTimes). */
  readonly playerTimes: readonly number[];
  readonly durationMs: number;
  readonly bucketMs: number;
}

export function buildLabRun(values: RateLimitValues): LabRun {
  const arrivals = toArrivals(values);
  const durationMs = values.duration * 1000;
  const bucketMs = chartBucketMs(durationMs);
  const runs = simulateCompare(toRunEntries(values), arrivals);
  const lanes = runs.map((run): LaneRun => {
    const fresh = createLimiter(run.entry.algorithm, run.entry.params);
    const initialLevel = fresh.level();
    return {
      run,
      prefix: toPrefixCounts(run.rows),
      initialState: fresh.snapshot(),
      initialLevel,
      levelMax: levelMax(run.entry.algorithm, run.entry.params),
      series: toRunSeries(run.rows, bucketMs, durationMs, initialLevel),
    };
  });
  return { arrivals, lanes, playerTimes: toPlayerTimes(runs[0]?.rows ?? []), durationMs, bucketMs };
}

export function useLabRun(values: RateLimitValues): LabRun {
  return useMemo(() => buildLabRun(values), [values]);
}
