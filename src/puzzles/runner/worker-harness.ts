// The code that runs in the sandbox's Web Worker, as text. User code shares this worker's global
// scope, so the harness assumes every global can be replaced once user code has run:
// - it reports only on a private MessagePort it was handed (the app never reads the worker's own
//   postMessage, and the port lives in a closure user code cannot reach), with a per-run secret;
// - it takes every built-in it uses (Reflect.apply, Object.keys, JSON.stringify, performance.now…)
//   before the user's program is evaluated, never iterates with for-of or spread after that (an
//   iterator can be patched), and builds arrays and objects without a prototype (an index setter
//   on Array.prototype must not see what it writes);
// - it copies a returned value into plain data under a size budget, and formats console output
//   under a line and character budget, so nothing large or hostile reaches the page.
// It never judges: the page compares the copied output with the expected one.
import { LIMITS } from './limits.ts';

export const WORKER_HARNESS = String.raw`'use strict';
const LIMITS = ${JSON.stringify(LIMITS)};
self.onmessage = (event) => {
  const port = event.ports[0];
  const data = event.data;
  const secret = data.secret, program = data.program, functionName = data.functionName, invoke = data.invoke, cases = data.cases;
  const R = Reflect, apply = R.apply, O = Object, ownKeys = O.keys, getProto = O.getPrototypeOf, setProto = O.setPrototypeOf;
  const defineProperty = O.defineProperty, isArray = Array.isArray, isFinite = Number.isFinite, objectIs = O.is;
  const stringify = JSON.stringify, Str = String, now = performance.now.bind(performance);
  const portPost = MessagePort.prototype.postMessage, strSlice = String.prototype.slice;
  const SafeMap = Map, SafeSet = Set, SafeDate = Date, mapGet = Map.prototype.get, mapSet = Map.prototype.set;
  const mapForEach = Map.prototype.forEach, setForEach = Set.prototype.forEach, setAdd = Set.prototype.add;
  const dateTime = Date.prototype.getTime, MapProto = Map.prototype, SetProto = Set.prototype, DateProto = Date.prototype;
  const errorStack = (e) => { try { const s = e !== null && typeof e === 'object' ? (e.stack || e.message || e) : e; return typeof s === 'string' ? s : Str(s); } catch (x) { return 'Error'; } };
  const slice = (s, n) => apply(strSlice, s, [0, n]);
  const list = () => setProto([], null);
  // Every message is an object literal with the secret in it (a literal defines its properties, so
  // a setter planted on Object.prototype never sees them).
  const send = (message) => apply(portPost, port, [message]);

  // The worker's own channel to the frame is dead (the frame never listens); shadow it anyway so a
  // user who tries it sees nothing happen, and no later message can reach a handler.
  const dead = { __proto__: null, value: undefined, writable: false, configurable: false };
  const names = ['postMessage', 'onmessage', 'onmessageerror', 'addEventListener', 'removeEventListener', 'dispatchEvent', 'close', 'importScripts'];
  for (let i = 0; i < names.length; i++) defineProperty(self, names[i], dead);

  // Output: a copy in plain data; a budget in "units" (a character, or 8 for any other value).
  const copyValue = (root) => {
    let used = 0;
    const seen = new SafeMap();
    const TOO_LARGE = {}, UNCLONABLE = {};
    const visit = (v, depth) => {
      used += typeof v === 'string' ? v.length + 2 : 8;
      if (used > LIMITS.outputUnits) throw TOO_LARGE;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'undefined' || typeof v === 'bigint') return v;
      if (typeof v !== 'object' || depth > LIMITS.outputDepth) throw UNCLONABLE;
      const known = apply(mapGet, seen, [v]);
      if (known !== undefined) return known;
      if (isArray(v)) {
        const out = list();
        apply(mapSet, seen, [v, out]);
        const n = v.length;
        if (n > LIMITS.outputUnits) throw TOO_LARGE;
        for (let i = 0; i < n; i++) out[i] = visit(v[i], depth + 1);
        return out;
      }
      const proto = getProto(v);
      if (proto === MapProto) {
        const out = new SafeMap();
        apply(mapSet, seen, [v, out]);
        apply(mapForEach, v, [(val, key) => apply(mapSet, out, [visit(key, depth + 1), visit(val, depth + 1)])]);
        return out;
      }
      if (proto === SetProto) {
        const out = new SafeSet();
        apply(mapSet, seen, [v, out]);
        apply(setForEach, v, [(val) => apply(setAdd, out, [visit(val, depth + 1)])]);
        return out;
      }
      if (proto === DateProto) return new SafeDate(apply(dateTime, v, []));
      const out = O.create(null);
      apply(mapSet, seen, [v, out]);
      const keys = ownKeys(v);
      for (let i = 0; i < keys.length; i++) { used += keys[i].length; out[keys[i]] = visit(v[keys[i]], depth + 1); }
      return out;
    };
    try { return { __proto__: null, ok: true, value: visit(root, 0) }; }
    catch (e) {
      if (e === TOO_LARGE) return { __proto__: null, ok: false, reason: 'too-large' };
      if (e === UNCLONABLE) return { __proto__: null, ok: false, reason: 'unclonable' };
      return { __proto__: null, ok: false, reason: 'threw', error: slice(errorStack(e), LIMITS.logLineChars) };
    }
  };

  // console output: each argument previewed within what is left of the case's budget.
  const preview = (v, budget, depth) => {
    if (typeof v === 'string') return depth === 0 ? slice(v, budget) : slice(stringify(slice(v, budget)), budget);
    if (typeof v === 'number') return objectIs(v, -0) ? '-0' : Str(v);
    if (typeof v === 'bigint') return Str(v) + 'n';
    if (v === null || typeof v === 'boolean' || v === undefined) return Str(v);
    if (typeof v === 'function') return '[Function]';
    if (typeof v === 'symbol') return 'Symbol()';
    if (depth > 4) return '…';
    let text = isArray(v) ? '[' : '{';
    const keys = isArray(v) ? null : ownKeys(v);
    const n = keys === null ? v.length : keys.length;
    for (let i = 0; i < n && text.length < budget; i++) {
      if (i > 0) text += ',';
      text += keys === null ? preview(v[i], budget - text.length, depth + 1) : stringify(keys[i]) + ':' + preview(v[keys[i]], budget - text.length, depth + 1);
    }
    text += isArray(v) ? ']' : '}';
    return slice(text, budget);
  };
  let logs = list(), logChars = 0, logsDropped = 0, logsCut = false;
  const log = function () {
    if (logs.length >= LIMITS.logLines || logChars >= LIMITS.logChars) { logsDropped++; return; }
    let line = '';
    for (let i = 0; i < arguments.length && line.length < LIMITS.logLineChars; i++) {
      let part;
      try { part = preview(arguments[i], LIMITS.logLineChars - line.length, 0); } catch (e) { part = '[?]'; }
      line += (i > 0 ? ' ' : '') + part;
    }
    if (line.length >= LIMITS.logLineChars || line.length > LIMITS.logChars - logChars) logsCut = true;
    line = slice(line, LIMITS.logChars - logChars);
    logChars += line.length;
    logs[logs.length] = line;
  };
  const quiet = { __proto__: null, value: log, writable: true, configurable: true };
  defineProperty(console, 'log', quiet); defineProperty(console, 'info', quiet);
  defineProperty(console, 'warn', quiet); defineProperty(console, 'error', quiet); defineProperty(console, 'debug', quiet);

  let fn, call;
  try {
    fn = new Function(program + '\n;return typeof ' + functionName + ' === "function" ? ' + functionName + ' : undefined;')();
  } catch (e) {
    send({ secret, type: 'load-error', message: slice(errorStack(e), LIMITS.logLineChars) });
    return;
  }
  if (typeof fn !== 'function') { send({ secret, type: 'load-error', message: 'missing-function' }); return; }
  call = (0, eval)('(' + invoke + ')');
  for (let i = 0; i < cases.length; i++) {
    logs = list(); logChars = 0; logsDropped = 0; logsCut = false;
    send({ secret, type: 'case-start', index: i });
    const start = now();
    let packed, error;
    try { packed = copyValue(call(fn, cases[i])); } catch (e) { error = slice(errorStack(e), LIMITS.logLineChars); }
    const timeMs = now() - start;
    const out = logs;
    if (error !== undefined) send({ secret, type: 'case-done', index: i, timeMs, logs: out, logsDropped, logsCut, error });
    else if (packed.ok) send({ secret, type: 'case-done', index: i, timeMs, logs: out, logsDropped, logsCut, output: packed.value });
    else send({ secret, type: 'case-done', index: i, timeMs, logs: out, logsDropped, logsCut, outputProblem: packed.reason, error: packed.error });
  }
  send({ secret, type: 'all-done' });
};`;
