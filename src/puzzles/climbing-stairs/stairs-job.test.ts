import { describe, expect, it } from 'vitest';
import { MAIN_THREAD_MAX_N, runStairsJob } from './stairs-job.ts';
import type { StairsMessage } from './stairs-protocol.ts';

const run = (n: number, steps: number[]) => {
  const out: StairsMessage[] = [];
  runStairsJob({ id: 7, n, steps }, (m) => out.push(m));
  return out;
};

describe('runStairsJob', () => {
  it('reports every method, fastest first, then the trace, then done', () => {
    const messages = run(10, [1, 2]);
    expect(messages.map((m) => m.kind)).toEqual(['started', 'method', 'started', 'method', 'started', 'method', 'started', 'trace', 'done']);
    const results = messages.flatMap((m) => (m.kind === 'method' ? [m.result] : []));
    expect(results.map((r) => r.method)).toEqual(['matrix', 'dp', 'memo']);
    expect(results.every((r) => r.ways === 89n)).toBe(true);
    const trace = messages.find((m) => m.kind === 'trace');
    expect(trace?.kind === 'trace' && trace.trace.doublingSteps?.length).toBeGreaterThan(0);
    expect(trace?.kind === 'trace' && trace.trace.plainPowerSteps?.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.id === 7)).toBe(true);
  });

  it('skips the memo above its limit and reports errors as messages', () => {
    const results = run(20_001, [1, 2]).flatMap((m) => (m.kind === 'method' ? [m.result.method] : []));
    expect(results).toEqual(['matrix', 'dp']);
    expect(run(10, [0]).at(-1)).toMatchObject({ kind: 'error' });
  });

  it('small jobs are cheap enough for the main thread (worst step set at the limit)', () => {
    // Not a timing assertion (see bench/): the work done stays small, a few thousand additions.
    const dp = run(MAIN_THREAD_MAX_N, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).find((m) => m.kind === 'method' && m.result.method === 'dp');
    expect(dp?.kind === 'method' && dp.result.ops.additions).toBeLessThan(10_001);
  });
});
