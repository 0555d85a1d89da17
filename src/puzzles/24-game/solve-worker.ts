// Solves off the main thread: four numbers take milliseconds, but six (or an awkward target) can
// take seconds to list or to prove impossible. The trace for the animation is capped at 5,000
// steps and comes first; the exhaustive verdict and the solution list follow.
import { solve24 } from './core/solve.ts';
import { trace24 } from './core/trace.ts';
import { TRACE_STEPS, type SolveJob, type SolveMessage } from './solve-protocol.ts';

const post = (m: SolveMessage): void => self.postMessage(m);

self.onmessage = (event: MessageEvent<SolveJob>) => {
  const { id, nums, target } = event.data;
  try {
    post({ id, kind: 'trace', trace: trace24(nums, target, { maxSteps: TRACE_STEPS }) });
    const start = performance.now();
    const result = solve24(nums, target);
    post({ id, kind: 'solved', result, ms: performance.now() - start });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
