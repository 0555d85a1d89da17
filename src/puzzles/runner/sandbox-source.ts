// The code that runs inside the sandbox, as text. The iframe (opaque origin: sandbox="allow-scripts"
// without allow-same-origin) cannot touch the app's storage or DOM; it starts one Web Worker per
// run, forwards results, and terminates the worker when a case overruns its time limit, so an
// infinite loop never freezes the page.

/** Runs in the worker: evaluates the user's program once, then each case. */
const WORKER = String.raw`
self.onmessage = (event) => {
  const { program, functionName, invoke, cases } = event.data;
  const logs = [];
  const fmt = (v) => { try { return typeof v === 'string' ? v : JSON.stringify(v); } catch { return String(v); } };
  console.log = (...a) => { if (logs.length < 50) logs.push(a.map(fmt).join(' ')); };
  console.error = console.warn = console.info = console.log;
  let fn;
  try {
    fn = new Function(program + '\n;return typeof ' + functionName + ' === "function" ? ' + functionName + ' : undefined;')();
  } catch (e) {
    self.postMessage({ type: 'load-error', message: String(e && e.message || e) });
    return;
  }
  if (typeof fn !== 'function') {
    self.postMessage({ type: 'load-error', message: '没有找到函数 ' + functionName });
    return;
  }
  const call = (0, eval)('(' + invoke + ')');
  for (let i = 0; i < cases.length; i++) {
    logs.length = 0;
    self.postMessage({ type: 'case-start', index: i });
    const start = performance.now();
    let message;
    try {
      const output = call(fn, cases[i]);
      const timeMs = performance.now() - start;
      message = { type: 'case-done', index: i, output, timeMs, logs: logs.slice() };
    } catch (e) {
      const timeMs = performance.now() - start;
      message = { type: 'case-done', index: i, error: String(e && e.stack || e), timeMs, logs: logs.slice() };
    }
    try { self.postMessage(message); }
    catch { self.postMessage({ ...message, output: undefined, unclonable: String(message.output) }); }
  }
  self.postMessage({ type: 'all-done' });
};`;

/** Runs in the iframe: one worker per run, a watchdog per case. */
const FRAME = String.raw`
const workerUrl = URL.createObjectURL(new Blob([${JSON.stringify(WORKER)}], { type: 'text/javascript' }));
let current = null;
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const { runId, program, functionName, invoke, cases, timeLimitMs } = event.data || {};
  if (current) { current.worker.terminate(); clearTimeout(current.timer); }
  const worker = new Worker(workerUrl);
  const run = { worker, timer: 0 };
  current = run;
  const send = (data) => window.parent.postMessage({ runId, ...data }, '*');
  const arm = (index) => {
    clearTimeout(run.timer);
    run.timer = setTimeout(() => { worker.terminate(); current = null; send({ type: 'timeout', index }); }, timeLimitMs);
  };
  arm(-1);
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'case-start') arm(m.index);
    else if (m.type === 'case-done') { clearTimeout(run.timer); send(m); }
    else { clearTimeout(run.timer); worker.terminate(); current = null; send(m); }
  };
  worker.onerror = (e) => { clearTimeout(run.timer); worker.terminate(); current = null; send({ type: 'load-error', message: e.message || '运行出错' }); e.preventDefault(); };
  worker.postMessage({ program, functionName, invoke, cases });
});
window.parent.postMessage({ type: 'sandbox-ready' }, '*');`;

export const SANDBOX_HTML = `<!doctype html><meta charset="utf-8"><script>${FRAME}<\/script>`;
