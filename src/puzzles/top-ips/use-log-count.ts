// Runs one count in top-ips-worker.ts at a time: progress (with a provisional ranking every
// ~300 ms), the result, cancel. The source is a File or the seeded sample's options.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CounterStats } from './core/ip-counter.ts';
import type { LogOptions } from './core/log-generator.ts';
import type { TopEntry } from './core/top-n.ts';
import type { LogRequest, LogResponse } from './log-protocol.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export type CountSource = { readonly kind: 'file'; readonly file: File } | { readonly kind: 'sample'; readonly options: LogOptions };

export type CountState =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'running';
      readonly source: CountSource;
      readonly done: number;
      readonly total: number;
      readonly unit: 'bytes' | 'lines';
      readonly stats: CounterStats | null;
      readonly top: readonly TopEntry[] | null;
    }
  | { readonly phase: 'done'; readonly source: CountSource; readonly stats: CounterStats; readonly top: readonly TopEntry[]; readonly ms: number }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'error'; readonly message: string };

export function useLogCount() {
  const [state, setState] = useState<CountState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const run = useCallback(
    (source: CountSource) => {
      stop();
      const w = new Worker(new URL('./top-ips-worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      let top: readonly TopEntry[] | null = null;
      w.onmessage = (e: MessageEvent<LogResponse>) => {
        if (worker.current !== w) return;
        const m = e.data;
        if (m.type === 'progress') {
          top = m.top ?? top;
          setState({ phase: 'running', source, done: m.done, total: m.total, unit: m.unit, stats: m.stats, top });
        } else if (m.type === 'result') {
          stop();
          setState({ phase: 'done', source, stats: m.stats, top: m.top, ms: m.ms });
        } else if (m.type === 'error') {
          stop();
          setState({ phase: 'error', message: m.message });
        }
      };
      w.onerror = (e) => {
        if (worker.current !== w) return;
        stop();
        setState({ phase: 'error', message: workerErrorMessage(e) });
      };
      const total = source.kind === 'file' ? source.file.size : (source.options.lines ?? 0);
      setState({ phase: 'running', source, done: 0, total, unit: source.kind === 'file' ? 'bytes' : 'lines', stats: null, top: null });
      const request: LogRequest = source.kind === 'file' ? { type: 'count-file', file: source.file } : { type: 'count-sample', options: source.options };
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    setState({ phase: 'cancelled' });
  }, [stop]);

  return { state, run, cancel };
}
