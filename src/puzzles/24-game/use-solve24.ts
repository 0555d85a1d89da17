// Runs the solver in a worker for the current numbers: the trace and the verdict as they arrive,
// cancel by terminating the worker, and a new hand supersedes the old one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SolveResult } from './core/solve.ts';
import type { Trace24 } from './core/trace.ts';
import type { SolveMessage } from './solve-protocol.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export interface Solve24State {
  readonly key: string;
  readonly trace: Trace24 | null;
  readonly result: SolveResult | null;
  readonly ms: number | null;
  readonly running: boolean;
  readonly cancelled: boolean;
  readonly error: string | null;
}

const initial = (key: string): Solve24State => ({ key, trace: null, result: null, ms: null, running: true, cancelled: false, error: null });

export function useSolve24(nums: readonly string[], target: string) {
  const key = `${nums.join(',')}→${target}`;
  const worker = useRef<Worker | null>(null);
  const jobId = useRef(0);
  const [state, setState] = useState<Solve24State>(() => initial(key));

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    const id = ++jobId.current;
    stop();
    setState(initial(key));
    const [numText = '', targetText = ''] = key.split('→');
    const w = new Worker(new URL('./solve-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<SolveMessage>) => {
      const m = e.data;
      if (m.id !== jobId.current) return;
      if (m.kind === 'trace') setState((s) => ({ ...s, trace: m.trace }));
      else if (m.kind === 'solved') {
        setState((s) => ({ ...s, result: m.result, ms: m.ms, running: false }));
        stop();
      } else {
        setState((s) => ({ ...s, running: false, error: m.message }));
        stop();
      }
    };
    w.onerror = (e) => {
      const error = workerErrorMessage(e);
      setState((s) => ({ ...s, running: false, error }));
      stop();
    };
    w.postMessage({ id, nums: numText.split(','), target: targetText });
    return stop;
  }, [key, stop]);

  const cancel = useCallback(() => {
    jobId.current++;
    stop();
    setState((s) => ({ ...s, running: false, cancelled: true }));
  }, [stop]);

  return { state, cancel };
}
