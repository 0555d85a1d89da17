// One job at a time in a fresh Web Worker (the labs' "fast-forward an hour"): run it, stop it, and
// its reply or its failure as state. A new run or stop() ends the one before, and a reply from a
// worker that was ended meanwhile is dropped, so an answer never lands on other values.
// The worker itself is made by the caller (`create`): Vite bundles a worker only from a
// `new Worker(new URL('./x-worker.ts', import.meta.url))` written where it is used.
import { useCallback, useEffect, useRef, useState } from 'react';
import { workerErrorMessage } from './worker-error.ts';

/** What a job's worker posts back: its result (`ok: true` and the fields), or why it failed. */
export type WorkerReply<Done extends { readonly ok: true }> = Done | { readonly ok: false; readonly error: string };

export type WorkerRunState<Done> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly reply: Done }
  | { readonly kind: 'error'; readonly message: string };

export function useWorkerRun<Request, Done extends { readonly ok: true }>(create: () => Worker) {
  const [state, setState] = useState<WorkerRunState<Done>>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setState({ kind: 'idle' });
  }, []);

  const run = (request: Request) => {
    worker.current?.terminate();
    setState({ kind: 'running' });
    try {
      const w = create();
      worker.current = w;
      const end = (next: WorkerRunState<Done>) => {
        if (worker.current !== w) return;
        w.terminate();
        worker.current = null;
        setState(next);
      };
      w.onmessage = (e: MessageEvent<WorkerReply<Done>>) => end(e.data.ok ? { kind: 'done', reply: e.data } : { kind: 'error', message: e.data.error });
      // A worker script that fails to load (an old deploy's chunk, a network error) says so here.
      w.onerror = (e) => end({ kind: 'error', message: workerErrorMessage(e) });
      w.postMessage(request);
    } catch (err) {
      worker.current = null;
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return { state, run, stop };
}
