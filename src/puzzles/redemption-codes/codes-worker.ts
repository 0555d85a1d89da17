// Generates a batch in a Web Worker, one chunk of text per pull: the page asks for the next chunk
// only after it has stored the previous one (a Blob part, or a write to disk), so a slow disk
// never lets chunks pile up in memory. Cancelling is terminating the worker.
/// <reference lib="webworker" />
import { formatCode } from './core/alphabet.ts';
import { createCodeBatch } from './core/codes.ts';
import { type CodeChunk, chunkToCsv, chunkToText, generateCodeChunks } from './core/generate.ts';
import type { CodesRequest, CodesResponse } from './codes-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let chunks: Generator<CodeChunk, void, undefined> | null = null;
let request: CodesRequest | null = null;

const post = (message: CodesResponse): void => self.postMessage(message);

function toText(chunk: CodeChunk, req: CodesRequest): string {
  const format = req.grouped ? formatCode : undefined;
  return req.format === 'txt' ? chunkToText(chunk, format) : chunkToCsv(chunk, format);
}

function next(): void {
  if (!chunks || !request) return;
  const r = chunks.next();
  if (r.done) {
    post({ type: 'done' });
    chunks = null;
    return;
  }
  post({ type: 'chunk', text: toText(r.value, request), done: r.value.done, total: r.value.total });
}

self.onmessage = (e: MessageEvent<{ type: 'start'; request: CodesRequest } | { type: 'pull' }>) => {
  try {
    if (e.data.type === 'start') {
      request = e.data.request;
      const batch = createCodeBatch(request.config);
      chunks = generateCodeChunks(batch, { chunkSize: request.chunkSize });
    }
    next();
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
