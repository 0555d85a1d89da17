// The sandbox document, as text. The app loads it from its own file (sandbox.html, emitted by
// vite-plugin-sandbox.ts) into an iframe with sandbox="allow-scripts" and no allow-same-origin, so
// it runs in an opaque origin: no access to the app's storage, DOM or network. It is its own file,
// not a srcdoc, because a srcdoc frame inherits the app's Content-Security-Policy, and the worker
// must be allowed to eval the user's program while the app is not.
//
// The frame only starts workers: it hands each run's private MessagePort to a fresh worker and
// never listens to the worker itself (user code can post there). The page owns the watchdog and
// judges; to end a run early it removes the whole frame.
import { WORKER_HARNESS } from './worker-harness.ts';

export const FRAME_SCRIPT = String.raw`'use strict';
const workerUrl = URL.createObjectURL(new Blob([${JSON.stringify(WORKER_HARNESS)}], { type: 'text/javascript' }));
let current = null;
const end = () => { if (current) current.worker.terminate(); current = null; };
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const d = event.data || {};
  if (d.type === 'end') { if (current && current.runId === d.runId) end(); return; }
  if (d.type !== 'run' || !event.ports[0]) return;
  end();
  const worker = new Worker(workerUrl);
  current = { runId: d.runId, worker };
  // Errors thrown later by user code (a stray setTimeout) are the user's; the page's watchdog
  // covers a worker that dies.
  worker.onerror = (e) => e.preventDefault();
  worker.postMessage({ secret: d.secret, program: d.program, functionName: d.functionName, invoke: d.invoke, cases: d.cases }, [event.ports[0]]);
});
window.parent.postMessage({ type: 'sandbox-ready' }, '*');`;

/**
 * The frame's own policy: its one script by hash; eval for the worker (which inherits this policy
 * and compiles the user's program with `new Function`); workers from blob: only; nothing else, so
 * user code can fetch nothing, import nothing, and load no image.
 */
export function sandboxPolicy(scriptHash: string): string {
  return `default-src 'none'; script-src '${scriptHash}' 'unsafe-eval'; worker-src blob:; base-uri 'none'; form-action 'none'`;
}

export function sandboxDocument(scriptHash: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxPolicy(scriptHash)}"><title>sandbox</title></head><body><script>${FRAME_SCRIPT}</script></body></html>`;
}
