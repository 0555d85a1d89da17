// Messages between the page and codes-worker.ts.
import type { BatchConfig } from './core/codes.ts';

export type CodesFormat = 'txt' | 'csv';

export interface CodesRequest {
  readonly config: BatchConfig;
  readonly format: CodesFormat;
  /** Write codes as SPR7-KQ4M-Z9X. */
  readonly grouped: boolean;
  readonly chunkSize: number;
}

export type CodesResponse =
  | { readonly type: 'chunk'; readonly text: string; readonly done: number; readonly total: number }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

/** Codes per chunk: about 100 progress steps, each chunk 10k–100k codes (≤ ~2 MB of text). */
export function chunkSizeFor(count: number): number {
  return Math.min(100_000, Math.max(10_000, Math.ceil(count / 100)));
}
