// Runs one request in the background worker and keeps its state; a new request (or new values)
// cancels the old one by terminating its worker.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunSummary } from './core/metrics.ts';
import type { LbWorkerReply, LbWorkerRequest } from './lb-worker.ts';

export type WorkerState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly runs: readonly RunSummary[]; readonly ms: number }
  | { readonly kind: 'error'; readonly message: string };

export function useLbWorker(): { state: WorkerState; run: (request: LbWorkerRequest) => void; reset: () => void } {
  const [state, setState] = useState<WorkerState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);
  const run = useCallback((request: LbWorkerRequest) => {
    stop();
    const w = new Worker(new URL('./lb-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setState({ kind: 'running' });
    w.onmessage = (e: MessageEvent<LbWorkerReply>) => {
      setState(e.data.ok ? { kind: 'done', runs: e.data.runs, ms: e.data.ms } : { kind: 'error', message: e.data.error });
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
    w.onerror = (e) => {
      setState({ kind: 'error', message: e.message });
      w.terminate();
    };
    w.postMessage(request);
  }, []);
  const reset = useCallback(() => {
    stop();
    setState({ kind: 'idle' });
  }, []);
  return { state, run, reset };
}
