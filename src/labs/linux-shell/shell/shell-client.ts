// The page's side of the shell worker. Runs are queued one after another. just-bash stops a run at
// its own deadline (run-shell.ts); if a run still has not answered HARD_STOP_MS later (a command
// that never yields to the deadline check), the worker is terminated and a fresh one starts.
import type { ShellResult } from './run-shell.ts';
import type { ShellReply, ShellRequest } from './shell-protocol.ts';

export const HARD_STOP_MS = 10_000;

export type RunOutcome =
  | { readonly kind: 'done'; readonly result: ShellResult; readonly ms: number }
  | { readonly kind: 'killed' }
  | { readonly kind: 'error'; readonly message: string };

export interface ShellClient {
  run(seed: number, command: string): Promise<RunOutcome>;
  dispose(): void;
}

export function createShellClient(): ShellClient {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const ensure = (): Worker => {
    worker ??= new Worker(new URL('./shell-worker.ts', import.meta.url), { type: 'module' });
    return worker;
  };
  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  const runNow = (seed: number, command: string): Promise<RunOutcome> =>
    new Promise((resolve) => {
      const w = ensure();
      const id = nextId++;
      const timer = setTimeout(() => {
        kill();
        resolve({ kind: 'killed' });
      }, HARD_STOP_MS);
      const finish = (outcome: RunOutcome) => {
        clearTimeout(timer);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        resolve(outcome);
      };
      const onMessage = (e: MessageEvent<ShellReply>) => {
        if (e.data.id !== id) return;
        finish(e.data.type === 'result' ? { kind: 'done', result: e.data.result, ms: e.data.ms } : { kind: 'error', message: e.data.message });
      };
      const onError = (e: ErrorEvent) => {
        kill();
        finish({ kind: 'error', message: e.message || 'worker error' });
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      const request: ShellRequest = { id, seed, command };
      w.postMessage(request);
    });

  return {
    run(seed, command) {
      const next = queue.then(() => runNow(seed, command));
      queue = next.catch(() => undefined);
      return next;
    },
    dispose: kill,
  };
}
