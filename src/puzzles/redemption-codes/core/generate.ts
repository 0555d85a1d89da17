// Generation in chunks, for a Web Worker that reports progress and can be cancelled between
// chunks, and for a streamed download (one text chunk per yield, never one 110 MB string for
// ten million codes). The caller pulls: stopping the iteration is the cancel.
// Each chunk is written as ASCII bytes and decoded once (TextDecoder), so a chunk of 50,000
// codes costs one string allocation for the text plus one per code only if `codes` is read.
import type { CodeBatch } from './codes.ts';

export interface CodeChunk {
  /** Counter of the first code in this chunk. */
  readonly start: number;
  /** How many codes are in the chunk. */
  readonly size: number;
  /** The chunk as download text: one code per line, each line ending in "\n". */
  readonly text: string;
  /** Codes produced so far, this chunk included. */
  readonly done: number;
  readonly total: number;
  /** The codes as strings (split from `text` on first use). */
  codes(): string[];
}

export interface ChunkOptions {
  /** First counter (to resume); default 0. */
  readonly start?: number;
  /** Stop before this counter; default batch.count. */
  readonly end?: number;
  /** Codes per chunk; default 50,000 (a few ms of work: progress stays smooth). */
  readonly chunkSize?: number;
}

export function* generateCodeChunks(batch: CodeBatch, options: ChunkOptions = {}): Generator<CodeChunk, void, undefined> {
  const start = options.start ?? 0;
  const end = Math.min(options.end ?? batch.count, batch.count);
  const size = options.chunkSize ?? 50_000;
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(size) || size < 1) throw new RangeError('bad chunk options');
  const stride = batch.codeLength + 1;
  const bytes = new Uint8Array(Math.min(size, Math.max(0, end - start)) * stride);
  const decoder = new TextDecoder();
  for (let from = start; from < end; from += size) {
    const to = Math.min(end, from + size);
    batch.writeCodes(from, to, bytes);
    const text = decoder.decode(bytes.subarray(0, (to - from) * stride));
    yield {
      start: from,
      size: to - from,
      text,
      done: to - start,
      total: end - start,
      codes: () => text.slice(0, -1).split('\n'),
    };
  }
}

/** A chunk's text with each code grouped for reading, "SPR7-KQ4M-Z9X". */
export function chunkToText(chunk: CodeChunk, format?: (code: string) => string): string {
  if (!format) return chunk.text;
  let out = '';
  for (const code of chunk.codes()) out += `${format(code)}\n`;
  return out;
}

/**
 * A chunk as CSV rows "serial,code": the serial is the counter k the code was made from (0-based,
 * as the preview, the anatomy and the checker show it), so a row can be checked against them.
 */
export function chunkToCsv(chunk: CodeChunk, format?: (code: string) => string): string {
  let out = chunk.start === 0 ? 'serial,code\n' : '';
  const codes = chunk.codes();
  for (let i = 0; i < codes.length; i++) out += `${chunk.start + i},${format ? format(codes[i] as string) : codes[i]}\n`;
  return out;
}
