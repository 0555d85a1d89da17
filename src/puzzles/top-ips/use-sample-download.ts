// Streams the seeded sample log out of the worker into a download: each text chunk becomes a
// Blob part as it arrives and the worker makes the next one only when asked, so a 2-million-line
// sample (~400 MB) is never one string.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogOptions } from './core/log-generator.ts';
import type { LogRequest, LogResponse } from './log-protocol.ts';

export type SampleState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly done: number; readonly total: number }
  | { readonly phase: 'done'; readonly url: string; readonly fileName: string; readonly bytes: number }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'error'; readonly message: string };

export function useSampleDownload() {
  const [state, setState] = useState<SampleState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const url = useRef<string | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  const forget = () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(
    () => () => {
      stop();
      forget();
    },
    [stop],
  );

  const start = useCallback(
    (options: LogOptions, fileName: string) => {
      stop();
      forget();
      const w = new Worker(new URL('./top-ips-worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      const parts: Blob[] = [];
      let bytes = 0;
      w.onmessage = (e: MessageEvent<LogResponse>) => {
        if (worker.current !== w) return;
        const m = e.data;
        if (m.type === 'text') {
          bytes += m.text.length; // the generator writes ASCII only
          parts.push(new Blob([m.text]));
          setState({ phase: 'running', done: m.done, total: m.total });
          w.postMessage({ type: 'pull' } satisfies LogRequest);
        } else if (m.type === 'text-done') {
          stop();
          url.current = URL.createObjectURL(new Blob(parts, { type: 'text/plain;charset=utf-8' }));
          parts.length = 0;
          setState({ phase: 'done', url: url.current, fileName, bytes });
          const a = document.createElement('a');
          a.href = url.current;
          a.download = fileName;
          document.body.append(a);
          a.click();
          a.remove();
        } else if (m.type === 'error') {
          stop();
          setState({ phase: 'error', message: m.message });
        }
      };
      setState({ phase: 'running', done: 0, total: options.lines ?? 0 });
      w.postMessage({ type: 'sample-text', options } satisfies LogRequest);
    },
    [stop],
  );
  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    setState({ phase: 'cancelled' });
  }, [stop]);
  return { state, start, cancel };
}
