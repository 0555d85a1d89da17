// The harness run in a fresh V8 context (node:vm) standing in for the worker: what it posts on its
// private port, and what user code can and cannot change about that.
import { createContext, runInContext } from 'node:vm';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import { WORKER_HARNESS } from './worker-harness.ts';

type Message = Record<string, unknown> & { type: string };

async function runHarness(program: string, cases: unknown[][], functionName = 'f', invoke = '(fn, args) => fn(...args)') {
  const workerPosts: unknown[] = [];
  // Everything handed in is the context's own (user code patches those, not the test runner's).
  const context = createContext({
    performance: { now: () => performance.now() },
    console: { log: () => undefined },
    postMessage: (m: unknown) => workerPosts.push(m),
  });
  runInContext(
    'globalThis.self = globalThis; globalThis.MessagePort = class MessagePort { constructor(out) { this.out = out; } postMessage(m) { this.out(m); } };',
    context,
  );
  runInContext(WORKER_HARNESS, context);
  const { port1, port2 } = new MessageChannel();
  const Port = (context as { MessagePort: new (out: (m: unknown) => void) => unknown }).MessagePort;
  const port = new Port((m) => port2.postMessage(m));
  const received: Message[] = [];
  const allDone = new Promise<void>((resolve) => {
    port1.on('message', (m: Message) => {
      received.push(m);
      if (m.type === 'all-done' || m.type === 'load-error') resolve();
    });
  });
  const handler = (context as { onmessage: (e: unknown) => void }).onmessage;
  handler({ ports: [port], data: { secret: 's3cret', program, functionName, invoke, cases } });
  await allDone;
  port1.close();
  port2.close();
  return { received, workerPosts, done: received.filter((m) => m.type === 'case-done') };
}

describe('worker harness', () => {
  it('posts every case on the port with the run secret, and the copied output', async () => {
    const { received, done } = await runHarness('function f(a, b) { console.log("sum", a + b, [a, b]); return { sum: a + b, list: [a, b] }; }', [
      [1, 2],
      [3, 4],
    ]);
    expect(received.map((m) => m.type)).toEqual(['case-start', 'case-done', 'case-start', 'case-done', 'all-done']);
    expect(received.every((m) => m.secret === 's3cret')).toBe(true);
    expect(done[1]).toMatchObject({ index: 1, output: { sum: 7, list: [3, 4] }, logs: ['sum 7 [3,4]'], logsDropped: 0, logsCut: false });
  });

  it('gives user code no way to post on the port: self.postMessage is gone and never reaches it', async () => {
    const program = `function f() {
      try { self.postMessage({ type: 'all-done' }); } catch {}
      try { Object.getPrototypeOf(self).postMessage?.call(self, { type: 'all-done' }); } catch {}
      return [typeof self.postMessage, typeof self.addEventListener, typeof self.close];
    }`;
    const { received, workerPosts, done } = await runHarness(program, [[]]);
    expect(done[0]?.output).toEqual(['undefined', 'undefined', 'undefined']);
    expect(received.map((m) => m.type)).toEqual(['case-start', 'case-done', 'all-done']);
    expect(workerPosts).toEqual([]);
  });

  it('keeps working when user code patches the built-ins it would use', async () => {
    const program = `
      JSON.stringify = () => '"patched"';
      Object.is = () => true;
      Object.keys = () => [];
      Array.isArray = () => false;
      Reflect.apply = () => undefined;
      Array.prototype.push = function () { return 0; };
      Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
      Object.defineProperty(Array.prototype, '0', { set() { throw new Error('setter ran'); }, configurable: true });
      Object.defineProperty(Object.prototype, 'secret', { set() { throw new Error('setter ran'); }, configurable: true });
      MessagePort.prototype.postMessage = function () { throw new Error('patched post'); };
      performance.now = () => 0;
      function f(n) { console.log('n =', n, { n }); return [n, n + 1]; }`;
    const { received, done } = await runHarness(program, [[1], [2]], 'f', '(fn, args) => fn(args[0])');
    expect(received.map((m) => m.type)).toEqual(['case-start', 'case-done', 'case-start', 'case-done', 'all-done']);
    expect(done[1]).toMatchObject({ output: [2, 3], logs: ['n = 2 {"n":2}'] });
    expect(done[1]?.error).toBeUndefined();
  });

  it('refuses a returned value over the size budget without posting it', async () => {
    const { done } = await runHarness(`function f(n) { return 'x'.repeat(n); }`, [[LIMITS.outputUnits + 10], [10]]);
    expect(done[0]).toMatchObject({ outputProblem: 'too-large' });
    expect('output' in (done[0] ?? {})).toBe(false);
    expect(done[1]).toMatchObject({ output: 'xxxxxxxxxx' });
    const wide = await runHarness(`function f() { return new Array(1e9); }`, [[]]);
    expect(wide.done[0]).toMatchObject({ outputProblem: 'too-large' });
  });

  it('says a function in the output cannot be copied, and a throwing getter is the user’s error', async () => {
    const { done } = await runHarness(`function f(k) { return k === 0 ? { g: () => 1 } : { get g() { throw new Error('boom'); } }; }`, [[0], [1]]);
    expect(done[0]).toMatchObject({ outputProblem: 'unclonable' });
    expect(done[1]).toMatchObject({ outputProblem: 'threw' });
    expect(String(done[1]?.error)).toContain('boom');
  });

  it('caps console output per line and per case, and says so', async () => {
    const { done } = await runHarness(
      `function f(k) { if (k === 0) console.log('y'.repeat(5e7)); else for (let i = 0; i < 1000; i++) console.log(i); return k; }`,
      [[0], [1]],
    );
    const first = done[0] as unknown as { logs: string[]; logsCut: boolean };
    expect(first.logs[0]?.length).toBe(LIMITS.logLineChars);
    expect(first.logsCut).toBe(true);
    expect(done[1]).toMatchObject({ logsDropped: 1000 - LIMITS.logLines });
    expect((done[1] as unknown as { logs: string[] }).logs).toHaveLength(LIMITS.logLines);
  });

  it('reports a program that does not load, and a missing function', async () => {
    const bad = await runHarness('function f( {', [[]]);
    expect(bad.received.at(-1)).toMatchObject({ type: 'load-error' });
    const missing = await runHarness('function g() {}', [[]]);
    expect(missing.received.at(-1)).toMatchObject({ type: 'load-error', message: 'missing-function' });
  });
});
