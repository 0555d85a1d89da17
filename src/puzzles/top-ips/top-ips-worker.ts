// Counts client IPs off the main thread. A file is read with File.slice(…).arrayBuffer() one
// 4 MB chunk at a time, so a 1 GB log never sits in memory; the counter (core/ip-counter.ts)
// carries a line split across two chunks. A generated sample is counted chunk by chunk as it is
// produced, or streamed back as text (one chunk per pull) for the download.
// Cancelling is terminating the worker.
/// <reference lib="webworker" />
import { createIpCounter } from './core/ip-counter.ts';
import { type LogOptions, generateLogChunks } from './core/log-generator.ts';
import { FILE_CHUNK_BYTES, type LogRequest, type LogResponse, TOP_KEPT } from './log-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: LogResponse): void => self.postMessage(m);
const PARTIAL_TOP_MS = 300;

async function countFile(file: File): Promise<void> {
  const startedAt = performance.now();
  const counter = createIpCounter();
  let lastTop = performance.now();
  for (let offset = 0; offset < file.size; offset += FILE_CHUNK_BYTES) {
    const buf = await file.slice(offset, offset + FILE_CHUNK_BYTES).arrayBuffer();
    counter.push(new Uint8Array(buf));
    const now = performance.now();
    const withTop = now - lastTop > PARTIAL_TOP_MS;
    if (withTop) lastTop = now;
    post({
      type: 'progress',
      done: Math.min(file.size, offset + FILE_CHUNK_BYTES),
      total: file.size,
      unit: 'bytes',
      stats: counter.stats(),
      top: withTop ? counter.top(TOP_KEPT) : null,
    });
  }
  counter.end();
  post({ type: 'result', stats: counter.stats(), top: counter.top(TOP_KEPT), ms: performance.now() - startedAt });
}

function countSample(options: LogOptions): void {
  const startedAt = performance.now();
  const counter = createIpCounter();
  const total = options.lines ?? 0;
  let lastTop = performance.now();
  for (const chunk of generateLogChunks(options)) {
    counter.push(chunk);
    const now = performance.now();
    const withTop = now - lastTop > PARTIAL_TOP_MS;
    if (withTop) lastTop = now;
    const stats = counter.stats();
    post({ type: 'progress', done: stats.lines, total, unit: 'lines', stats, top: withTop ? counter.top(TOP_KEPT) : null });
  }
  counter.end();
  post({ type: 'result', stats: counter.stats(), top: counter.top(TOP_KEPT), ms: performance.now() - startedAt });
}

let sample: { chunks: Generator<string, void, undefined>; done: number; total: number } | null = null;

function nextSampleChunk(): void {
  if (!sample) return;
  const r = sample.chunks.next();
  if (r.done) {
    sample = null;
    post({ type: 'text-done' });
    return;
  }
  sample.done += (r.value.match(/\n/g) ?? []).length;
  post({ type: 'text', text: r.value, done: sample.done, total: sample.total });
}

self.onmessage = async (e: MessageEvent<LogRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'count-file') await countFile(m.file);
    else if (m.type === 'count-sample') countSample(m.options);
    else if (m.type === 'sample-text') {
      sample = { chunks: generateLogChunks(m.options), done: 0, total: m.options.lines ?? 0 };
      nextSampleChunk();
    } else nextSampleChunk();
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
