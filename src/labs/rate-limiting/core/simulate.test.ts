import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { generateArrivals } from '../../kernel/traffic.ts';
import { algorithmIds, defaultParams } from './algorithms.ts';
import { fastForward, fastForwardSpec } from './fast-forward.ts';
import { simulate, simulateCompare } from './simulate.ts';

const nginx = { algorithm: 'nginx' as const, params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } };

describe('simulate', () => {
  it('one row per request with decision, served time, status, level, waiting and state', () => {
    const run = simulate(nginx, [0, 0, 0, 0, 0, 0, 0, 2500]);
    expect(run.rows.map((r) => [r.outcome, r.servedAtMs, r.status, r.waiting])).toEqual([
      ['admit', 0, 200, 0],
      ['delay', 1000, 200, 1],
      ['delay', 2000, 200, 2],
      ['delay', 3000, 200, 3],
      ['delay', 4000, 200, 4],
      ['delay', 5000, 200, 5],
      ['reject', null, 503, 5],
      ['delay', 6000, 200, 4], // 1 s and 2 s have been served by 2.5 s
    ]);
    expect(run.rows[6]?.state).toEqual({ algorithm: 'nginx', excess: 5000, lastMs: 0 });
    expect(run.rows[5]?.level).toBe(5);
    expect(run.counts).toEqual({ total: 8, admitted: 1, delayed: 6, rejected: 1, totalDelayMs: 15000 + 3500, maxDelayMs: 5000 });
  });

  it('snapshots are copies: later rows do not change earlier states', () => {
    const run = simulate({ algorithm: 'sliding-log', params: { limit: 3, window: 1 } }, [0, 100, 200, 1500]);
    expect(run.rows[2]?.state).toEqual({ algorithm: 'sliding-log', count: 3, recentMs: [0, 100, 200] });
    expect(run.rows[3]?.state).toEqual({ algorithm: 'sliding-log', count: 1, recentMs: [1500] });
  });

  it('compare mode: the same arrivals through each lane', () => {
    const arrivals = generateArrivals({ kind: 'poisson', ratePerSec: 20 }, 5000, createRandom(9));
    const runs = simulateCompare([nginx, { algorithm: 'token-bucket', params: defaultParams('token-bucket') }], arrivals);
    expect(runs).toHaveLength(2);
    for (const run of runs) expect(run.rows.map((r) => r.timeMs)).toEqual(arrivals);
  });

  it('property: deterministic — same seed and params give an identical trace, for every algorithm', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...algorithmIds),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        (algorithm, seed, rate) => {
          const entry = { algorithm, params: defaultParams(algorithm) };
          const once = () => simulate(entry, generateArrivals({ kind: 'poisson', ratePerSec: rate }, 3000, createRandom(seed)));
          expect(once()).toEqual(once());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: fast-forward counts equal the simulated counts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...algorithmIds), fc.integer({ min: 0, max: 1000 }), (algorithm, seed) => {
        const entry = { algorithm, params: defaultParams(algorithm) };
        const arrivals = generateArrivals({ kind: 'poisson', ratePerSec: 30 }, 4000, createRandom(seed));
        expect(fastForward(entry, arrivals)).toEqual(simulate(entry, arrivals).counts);
        expect(fastForwardSpec([entry], { kind: 'poisson', ratePerSec: 30 }, 4000, seed)).toEqual([simulate(entry, arrivals).counts]);
      }),
      { numRuns: 40 },
    );
  });
});
