// The app side of the runner: one hidden sandboxed iframe, reused for every run. A run posts the
// user's compiled program and the cases, and collects one result per case, a timeout, or an error.
import { SANDBOX_HTML } from './sandbox-source.ts';

export interface CaseResult {
  readonly index: number;
  readonly output?: unknown;
  /** The thrown error (message and stack), when the function threw. */
  readonly error?: string;
  readonly timeMs: number;
  readonly logs: readonly string[];
}

export type SandboxOutcome =
  | { readonly kind: 'done'; readonly results: readonly CaseResult[] }
  | { readonly kind: 'timeout'; readonly index: number; readonly results: readonly CaseResult[] }
  | { readonly kind: 'load-error'; readonly message: string }
  /** The user pressed Stop: the cases that finished before it. */
  | { readonly kind: 'stopped'; readonly results: readonly CaseResult[] };

export interface SandboxRun {
  /** Compiled JavaScript: prelude and the user's code. */
  readonly program: string;
  readonly functionName: string;
  /** JavaScript source of `(fn, args) => result`. */
  readonly invoke: string;
  readonly cases: readonly (readonly unknown[])[];
  readonly timeLimitMs: number;
}

let frame: Promise<HTMLIFrameElement> | null = null;
let nextRunId = 1;

function sandboxFrame(): Promise<HTMLIFrameElement> {
  return (frame ??= new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'code sandbox';
    iframe.style.display = 'none';
    const onReady = (e: MessageEvent) => {
      if (e.source === iframe.contentWindow && (e.data as { type?: string })?.type === 'sandbox-ready') {
        window.removeEventListener('message', onReady);
        resolve(iframe);
      }
    };
    window.addEventListener('message', onReady);
    iframe.srcdoc = SANDBOX_HTML;
    document.body.append(iframe);
  }));
}

/** Removes the sandbox and the worker running in it; the next run builds a fresh one. */
function discardFrame(iframe: HTMLIFrameElement): void {
  iframe.remove();
  frame = null;
}

export async function runInSandbox(run: SandboxRun, onCase?: (result: CaseResult) => void, signal?: AbortSignal): Promise<SandboxOutcome> {
  const iframe = await sandboxFrame();
  const runId = nextRunId++;
  const results: CaseResult[] = [];
  if (signal?.aborted) return { kind: 'stopped', results };
  return new Promise((resolve) => {
    const onAbort = () => {
      window.removeEventListener('message', onMessage);
      discardFrame(iframe);
      resolve({ kind: 'stopped', results });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (e: MessageEvent) => {
      const m = e.data as { runId?: number; type?: string; index?: number; message?: string } & Partial<CaseResult>;
      if (e.source !== iframe.contentWindow || m?.runId !== runId) return;
      if (m.type === 'case-done') {
        const result: CaseResult = {
          index: m.index ?? results.length,
          timeMs: m.timeMs ?? 0,
          logs: m.logs ?? [],
          ...('output' in m ? { output: m.output } : {}),
          ...(m.error !== undefined ? { error: m.error } : {}),
        };
        results.push(result);
        onCase?.(result);
        return;
      }
      window.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      if (m.type === 'timeout') resolve({ kind: 'timeout', index: m.index ?? -1, results });
      else if (m.type === 'load-error') resolve({ kind: 'load-error', message: m.message ?? '' });
      else resolve({ kind: 'done', results });
    };
    window.addEventListener('message', onMessage);
    iframe.contentWindow?.postMessage({ runId, ...run, cases: run.cases.map((c) => [...c]) }, '*');
  });
}
