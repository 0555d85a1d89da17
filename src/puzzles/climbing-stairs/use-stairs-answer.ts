// Runs a stairs job (in a worker for big n): results per method as they arrive, progress, elapsed time and
// cancel (terminating the worker; the next job starts a fresh one). A new job supersedes the old.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StepSet } from './core/steps.ts';
import type { StairsMethod } from './core/ways.ts';
import { MAIN_THREAD_MAX_N, runStairsJob } from './stairs-job.ts';
import type { MatrixTrace, MethodResult, StairsMessage } from './stairs-protocol.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export interface StairsAnswer {
  readonly n: number;
  readonly steps: StepSet;
  readonly results: readonly MethodResult[];
  readonly trace: MatrixTrace | null;
  readonly running: { readonly method: StairsMethod | 'trace'; readonly index: number; readonly total: number; readonly startedAt: number } | null;
  readonly cancelled: boolean;
  readonly error: string | null;
}

export function useStairsAnswer(n: number, steps: StepSet) {
  const worker = useRef<Worker | null>(null);
  const jobId = useRef(0);
  const [answer, setAnswer] = useState<StairsAnswer>({ n, steps, results: [], trace: null, running: null, cancelled: false, error: null });

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const stepsKey = steps.join(',');
  useEffect(() => {
    const id = ++jobId.current;
    stop();
    const stepList = stepsKey.split(',').map(Number);
    const startedAt = performance.now();
    setAnswer({ n, steps: stepList, results: [], trace: null, running: { method: 'matrix', index: 0, total: 4, startedAt }, cancelled: false, error: null });
    // Small n: a few ms on the page itself. Big n: a worker, once typing has settled (100000
    // passes through 1, 10, 100…).
    const timer = setTimeout(
      () => (n <= MAIN_THREAD_MAX_N ? runHere(id, stepList, startedAt) : start(id, stepList, startedAt)),
      n <= MAIN_THREAD_MAX_N ? 0 : 120,
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [n, stepsKey, stop]);

  function apply(m: StairsMessage, startedAt: number) {
    if (m.id !== jobId.current) return;
    setAnswer((a) => {
      switch (m.kind) {
        case 'started':
          return { ...a, running: { method: m.method, index: m.index, total: m.total, startedAt } };
        case 'method':
          return { ...a, results: [...a.results, m.result] };
        case 'trace':
          return { ...a, trace: m.trace };
        case 'done':
          return { ...a, running: null };
        case 'error':
          return { ...a, running: null, error: m.message };
      }
    });
  }

  function runHere(id: number, stepList: number[], startedAt: number) {
    runStairsJob({ id, n, steps: stepList }, (m) => apply(m, startedAt));
  }

  function start(id: number, stepList: number[], startedAt: number) {
    const w = new Worker(new URL('./stairs-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<StairsMessage>) => {
      apply(e.data, startedAt);
      if (e.data.id === jobId.current && (e.data.kind === 'done' || e.data.kind === 'error')) stop();
    };
    w.onerror = (e) => {
      const error = workerErrorMessage(e);
      setAnswer((a) => ({ ...a, running: null, error }));
      stop();
    };
    w.postMessage({ id, n, steps: stepList });
  }

  const cancel = useCallback(() => {
    jobId.current++;
    stop();
    setAnswer((a) => ({ ...a, running: null, cancelled: true }));
  }, [stop]);

  return { answer, cancel };
}
