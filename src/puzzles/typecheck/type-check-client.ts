// The page side of the TypeScript checker: one worker, created on the first request (the first
// edit or run in a puzzle's editor), so TypeScript is fetched only by someone who writes code.
// Requests are answered in order; a caller awaits its own answer.
import type { CheckRequest, TypeDiagnostic } from './check-program.ts';
import type { TsWorkerRequest, TsWorkerResponse } from './ts-worker.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export type CheckResult = { readonly ok: true; readonly diagnostics: readonly TypeDiagnostic[] } | { readonly ok: false; readonly error: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: CheckResult) => void>();

function failAll(error: string): void {
  for (const resolve of pending.values()) resolve({ ok: false, error });
  pending.clear();
  worker?.terminate();
  worker = null;
}

function checker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./ts-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<TsWorkerResponse>) => {
    const m = e.data;
    const resolve = pending.get(m.id);
    pending.delete(m.id);
    resolve?.('error' in m ? { ok: false, error: m.error } : { ok: true, diagnostics: m.diagnostics });
  };
  w.onerror = (e) => {
    failAll(workerErrorMessage(e));
  };
  return (worker = w);
}

export function typeCheck(request: CheckRequest): Promise<CheckResult> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const message: TsWorkerRequest = { id, ...request };
    checker().postMessage(message);
  });
}
