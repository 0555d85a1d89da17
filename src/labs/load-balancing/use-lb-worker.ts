// Runs background requests in workers and keeps their state; a new run (or new values) cancels the
// old one by terminating its workers. Several requests run in parallel, one worker each; the
// result lists their runs in request order once all have answered.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunSummary } from './core/metrics.ts';
import type { LbWorkerReply, LbWorkerRequest } from './lb-worker.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export type WorkerState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly runs: readonly RunSummary[]; readonly ms: number }
  | { readonly kind: 'error'; readonly message: string };

/** How many workers a comparison may use: the cores the browser reports, at most four. */
export function parallelWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores));
}

export function useLbWorker(): { state: WorkerState; run: (...requests: LbWorkerRequest[]) => void; reset: () => void } {
  const [state, setState] = useState<WorkerState>({ kind: 'idle' });
  const workers = useRef<Worker[]>([]);
  const stop = () => {
    for (const w of workers.current) w.terminate();
    workers.current = [];
  };
  useEffect(() => stop, []);
  const run = useCallback((...requests: LbWorkerRequest[]) => {
    stop();
    const start = performance.now();
    const replies: (RunSummary[] | undefined)[] = requests.map(() => undefined);
    let waiting = requests.length;
    const mine = requests.map(() => new Worker(new URL('./lb-worker.ts', import.meta.url), { type: 'module' }));
    workers.current = mine;
    const fail = (message: string) => {
      if (workers.current !== mine) return;
      stop();
      setState({ kind: 'error', message });
    };
    setState({ kind: 'running' });
    mine.forEach((w, i) => {
      w.onmessage = (e: MessageEvent<LbWorkerReply>) => {
        w.terminate();
        if (workers.current !== mine) return;
        if (!e.data.ok) return fail(e.data.error);
        replies[i] = e.data.runs;
        if (--waiting === 0) {
          workers.current = [];
          setState({ kind: 'done', runs: replies.flatMap((r) => r ?? []), ms: performance.now() - start });
        }
      };
      w.onerror = (e) => fail(workerErrorMessage(e));
      w.postMessage(requests[i]);
    });
  }, []);
  const reset = useCallback(() => {
    stop();
    setState({ kind: 'idle' });
  }, []);
  return { state, run, reset };
}
