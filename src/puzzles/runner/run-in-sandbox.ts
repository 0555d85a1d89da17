// The page side of the runner: one hidden sandboxed iframe (sandbox.html), reused for every run. A
// run hands the frame one end of a fresh MessageChannel; only the harness in the worker holds the
// other end, and every message on it must carry this run's random secret. The worker's own
// postMessage, which user code can call, reaches nothing. The watchdogs live here: a per-case
// limit armed by the harness, and an overall deadline fixed when the run starts, which no message
// can move. Any overrun or Stop removes the frame, and the worker with it.
import { LOAD_ALLOWANCE_MS, overallLimitMs } from './limits.ts';

export const SANDBOX_FILE = 'sandbox.html';
/** The load-error message when the sandbox frame never became ready (the view words it). */
export const SANDBOX_UNAVAILABLE = 'sandbox-unavailable';

/** Why a returned value did not reach the page. */
export type OutputProblem = 'too-large' | 'unclonable' | 'threw';

export interface CaseResult {
  readonly index: number;
  readonly output?: unknown;
  /** The thrown error (message and stack), when the function threw. */
  readonly error?: string;
  /** Set when the function returned, but its value was not copied out. */
  readonly outputProblem?: OutputProblem;
  readonly timeMs: number;
  readonly logs: readonly string[];
  /** console.log lines past the per-case limit, not kept. */
  readonly logsDropped: number;
  /** Some line was shortened to the per-line or per-case limit. */
  readonly logsCut: boolean;
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

let frame: Promise<HTMLIFrameElement | null> | null = null;
let nextRunId = 1;
// A frame that never says it is ready (offline with no service worker, a blocked file) must not
// leave a run waiting forever: the run reports a load error instead.
const FRAME_READY_LIMIT_MS = 15_000;

/**
 * The frame runs in an opaque origin in one of two ways. Normally the `sandbox` attribute does it.
 * Chromium never hands a sandboxed frame's navigation to the service worker, though, so offline
 * such a frame cannot load. When a service worker controls the page, the frame is created without
 * the attribute and the worker serves sandbox.html with `Content-Security-Policy: sandbox
 * allow-scripts` (sandbox-service-worker.ts), which gives the document the same opaque origin. The
 * page trusts neither path blindly: a ready message from any origin but "null" removes the frame,
 * and the next frame is built with the attribute.
 */
function sandboxFrame(): Promise<HTMLIFrameElement | null> {
  const viaServiceWorker = Boolean(navigator.serviceWorker?.controller) && !attributeOnly;
  return (frame ??= new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    if (!viaServiceWorker) iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'code sandbox';
    iframe.style.display = 'none';
    const settle = (value: HTMLIFrameElement | null) => {
      window.removeEventListener('message', onReady);
      clearTimeout(giveUp);
      if (!value) discardFrame(iframe);
      resolve(value);
    };
    const onReady = (e: MessageEvent) => {
      if (e.source !== iframe.contentWindow || (e.data as { type?: string } | null)?.type !== 'sandbox-ready') return;
      if (e.origin === 'null') return settle(iframe);
      // Not isolated: never run anything in it; build the next frame with the attribute.
      attributeOnly = true;
      settle(null);
    };
    const giveUp = window.setTimeout(() => settle(null), FRAME_READY_LIMIT_MS);
    window.addEventListener('message', onReady);
    iframe.src = `${import.meta.env.BASE_URL}${SANDBOX_FILE}`;
    document.body.append(iframe);
  }));
}
let attributeOnly = false;

/** Removes the sandbox and the worker running in it; the next run builds a fresh one. */
function discardFrame(iframe: HTMLIFrameElement): void {
  iframe.remove();
  frame = null;
}

function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function runInSandbox(run: SandboxRun, onCase?: (result: CaseResult) => void, signal?: AbortSignal): Promise<SandboxOutcome> {
  let iframe = await sandboxFrame();
  // A frame refused for not being isolated is replaced once by one with the attribute.
  if (!iframe && attributeOnly) iframe = await sandboxFrame();
  if (!iframe) return { kind: 'load-error', message: SANDBOX_UNAVAILABLE };
  const runId = nextRunId++;
  const secret = newSecret();
  const results: CaseResult[] = [];
  if (signal?.aborted) return { kind: 'stopped', results };
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    let caseTimer = 0;
    let current = -1;
    const finish = (outcome: SandboxOutcome, discard: boolean) => {
      port1.close();
      clearTimeout(caseTimer);
      clearTimeout(overall);
      signal?.removeEventListener('abort', onAbort);
      if (discard) discardFrame(iframe);
      else iframe.contentWindow?.postMessage({ type: 'end', runId }, '*');
      resolve(outcome);
    };
    const timeout = () => finish({ kind: 'timeout', index: current, results }, true);
    const arm = (ms: number) => {
      clearTimeout(caseTimer);
      caseTimer = window.setTimeout(timeout, ms);
    };
    const overall = window.setTimeout(timeout, overallLimitMs(run.cases.length, run.timeLimitMs));
    const onAbort = () => finish({ kind: 'stopped', results }, true);
    signal?.addEventListener('abort', onAbort, { once: true });
    port1.onmessage = (e: MessageEvent) => {
      const m = e.data as Record<string, unknown> | null;
      // Only the harness holds this port; the secret and the order checks are a second lock.
      if (!m || m.secret !== secret) return;
      if (m.type === 'case-start' && m.index === results.length) {
        current = m.index;
        arm(run.timeLimitMs);
      } else if (m.type === 'case-done' && m.index === current && current === results.length) {
        clearTimeout(caseTimer);
        const result = toCaseResult(current, m);
        results.push(result);
        onCase?.(result);
      } else if (m.type === 'all-done') {
        finish(results.length === run.cases.length ? { kind: 'done', results } : { kind: 'load-error', message: 'incomplete' }, false);
      } else if (m.type === 'load-error') {
        finish({ kind: 'load-error', message: typeof m.message === 'string' ? m.message : '' }, false);
      }
    };
    // Until the first case starts: starting the worker and evaluating the program (limits.ts). It
    // was the per-case limit, so a busy machine timed a run out before its first case.
    arm(LOAD_ALLOWANCE_MS);
    iframe.contentWindow?.postMessage(
      { type: 'run', runId, secret, program: run.program, functionName: run.functionName, invoke: run.invoke, cases: run.cases.map((c) => [...c]) },
      '*',
      [port2],
    );
  });
}

function toCaseResult(index: number, m: Record<string, unknown>): CaseResult {
  const problem = m.outputProblem;
  const logs = Array.isArray(m.logs) ? m.logs.filter((l): l is string => typeof l === 'string') : [];
  return {
    index,
    timeMs: typeof m.timeMs === 'number' ? m.timeMs : 0,
    logs,
    logsDropped: typeof m.logsDropped === 'number' ? m.logsDropped : 0,
    logsCut: m.logsCut === true,
    ...(problem === 'too-large' || problem === 'unclonable' || problem === 'threw' ? { outputProblem: problem } : 'output' in m ? { output: m.output } : {}),
    ...(typeof m.error === 'string' ? { error: m.error } : {}),
  };
}
