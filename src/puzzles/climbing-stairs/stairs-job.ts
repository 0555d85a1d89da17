// One stairs job, shared by the worker (big n) and the page (small n, where it takes a few
// milliseconds and a worker's start-up would only add latency): every method that accepts n,
// fastest first and each timed on its own run, then the traced matrix run for the step view.
import { countWays, METHOD_LIMIT, type StairsMethod } from './core/ways.ts';
import type { StairsJob, StairsMessage } from './stairs-protocol.ts';

const ORDER: readonly StairsMethod[] = ['matrix', 'dp', 'memo'];

/**
 * Up to this n the page runs the job itself. Measured (tsx, n = 200, all methods + trace): median
 * 1 ms for {1,2} and 3 ms for {1..10}, 14 ms cold; far under the 50 ms frame budget.
 */
export const MAIN_THREAD_MAX_N = 200;

export function runStairsJob({ id, n, steps }: StairsJob, post: (m: StairsMessage) => void): void {
  try {
    const methods = ORDER.filter((m) => n <= METHOD_LIMIT[m]);
    const total = methods.length + 1;
    methods.forEach((method, index) => {
      post({ id, kind: 'started', method, index, total });
      const start = performance.now();
      const r = countWays(n, steps, method);
      post({ id, kind: 'method', result: { method, ways: r.ways, ops: r.ops, ms: performance.now() - start } });
    });
    post({ id, kind: 'started', method: 'trace', index: methods.length, total });
    const traced = countWays(n, steps, 'matrix', { trace: true });
    const classic = steps.length === 2 && steps[0] === 1 && steps[1] === 2;
    const plain = classic ? (countWays(n, steps, 'matrix', { trace: true, plainMatrix: true }).powerSteps ?? null) : null;
    post({ id, kind: 'trace', trace: { powerSteps: traced.powerSteps ?? null, doublingSteps: traced.doublingSteps ?? null, plainPowerSteps: plain } });
    post({ id, kind: 'done' });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
