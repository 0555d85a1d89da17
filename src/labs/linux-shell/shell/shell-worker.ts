// The shell runs here, off the page's thread: a pipeline over the whole log, or a runaway loop,
// never blocks the terminal. The seeded files are built once per seed and kept.
import { installBufferShim } from './buffer-shim.ts';
import { labFiles } from '../core/lab-files.ts';
import { runInShell } from './run-shell.ts';
import type { ShellReply, ShellRequest } from './shell-protocol.ts';

installBufferShim(self);

let cached: { seed: number; files: Record<string, string> } | null = null;

function filesFor(seed: number): Record<string, string> {
  if (cached?.seed !== seed) cached = { seed, files: labFiles(seed) };
  return cached.files;
}

self.onmessage = async (e: MessageEvent<ShellRequest>) => {
  const { id, seed, command } = e.data;
  const started = performance.now();
  let reply: ShellReply;
  try {
    const result = await runInShell(filesFor(seed), command);
    reply = { id, type: 'result', result, ms: performance.now() - started };
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
