// Runs codes-worker.ts and turns its chunks into a download without ever holding the whole file
// as one string: each chunk becomes a Blob part at once (the browser may keep parts on disk), or,
// where the File System Access API exists and the user asked for it, is written straight to the
// chosen file. The worker produces the next chunk only after the previous one is stored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CodesFormat, CodesRequest, CodesResponse } from './codes-protocol.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export type GenState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly done: number; readonly total: number; readonly startedAt: number; readonly bytes: number }
  | { readonly phase: 'done'; readonly total: number; readonly bytes: number; readonly ms: number; readonly url: string | null; readonly fileName: string }
  | { readonly phase: 'cancelled'; readonly reason: 'user' | 'picker' }
  | { readonly phase: 'error'; readonly message: string };

interface SavePickerOptions {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}
type SavePicker = (options: SavePickerOptions) => Promise<FileSystemFileHandle>;

/** The File System Access API's save dialog, where the browser has one. */
export function savePicker(): SavePicker | null {
  if (typeof window === 'undefined') return null;
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : null;
}

const MIME: Record<CodesFormat, string> = { txt: 'text/plain;charset=utf-8', csv: 'text/csv;charset=utf-8' };

function clickDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

export function useCodeDownload() {
  const [state, setState] = useState<GenState>({ phase: 'idle' });
  const job = useRef<{ worker: Worker; writable: FileSystemWritableFileStream | null } | null>(null);
  const url = useRef<string | null>(null);

  const stop = useCallback(() => {
    const j = job.current;
    job.current = null;
    if (!j) return;
    j.worker.terminate();
    j.writable?.abort().catch(() => undefined);
  }, []);
  const forgetFile = () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(
    () => () => {
      stop();
      forgetFile();
    },
    [stop],
  );

  const start = useCallback(
    async (request: CodesRequest, fileName: string, toDisk: boolean) => {
      stop();
      forgetFile();
      let writable: FileSystemWritableFileStream | null = null;
      const picker = toDisk ? savePicker() : null;
      if (picker) {
        try {
          const ext = request.format;
          const handle = await picker({
            suggestedName: fileName,
            types: [{ description: ext.toUpperCase(), accept: { [MIME[ext].split(';')[0] as string]: [`.${ext}`] } }],
          });
          writable = await handle.createWritable();
        } catch {
          setState({ phase: 'cancelled', reason: 'picker' });
          return;
        }
      }
      const worker = new Worker(new URL('./codes-worker.ts', import.meta.url), { type: 'module' });
      const parts: Blob[] = [];
      const startedAt = performance.now();
      let bytes = 0;
      const live = () => job.current?.worker === worker;
      const fail = (message: string) => {
        if (!live()) return;
        stop();
        setState({ phase: 'error', message });
      };
      worker.onmessage = async (e: MessageEvent<CodesResponse>) => {
        const m = e.data;
        if (!live()) return;
        try {
          if (m.type === 'chunk') {
            bytes += m.text.length; // ASCII only: characters = bytes
            if (writable) await writable.write(m.text);
            else parts.push(new Blob([m.text])); // the string is garbage once it is a Blob part
            if (!live()) return;
            setState({ phase: 'running', done: m.done, total: m.total, startedAt, bytes });
            worker.postMessage({ type: 'pull' });
          } else if (m.type === 'done') {
            job.current = null;
            worker.terminate();
            const total = request.config.count;
            const ms = performance.now() - startedAt;
            if (writable) {
              await writable.close();
              setState({ phase: 'done', total, bytes, ms, url: null, fileName });
            } else {
              const blob = new Blob(parts, { type: MIME[request.format] });
              parts.length = 0;
              url.current = URL.createObjectURL(blob);
              setState({ phase: 'done', total, bytes, ms, url: url.current, fileName });
              clickDownload(url.current, fileName);
            }
          } else fail(m.message);
        } catch (err) {
          fail(err instanceof Error ? err.message : String(err));
        }
      };
      worker.onerror = (e) => fail(workerErrorMessage(e));
      job.current = { worker, writable };
      setState({ phase: 'running', done: 0, total: request.config.count, startedAt, bytes: 0 });
      worker.postMessage({ type: 'start', request });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    if (!job.current) return;
    stop();
    setState({ phase: 'cancelled', reason: 'user' });
  }, [stop]);

  return { state, start, cancel };
}
