// Messages between the page and top-ips-worker.ts.
import type { CounterStats } from './core/ip-counter.ts';
import type { LogOptions } from './core/log-generator.ts';
import type { TopEntry } from './core/top-n.ts';

/** Bytes per File.slice read: big enough to amortise the call, small enough to keep memory flat. */
export const FILE_CHUNK_BYTES = 4 << 20;
/** How many ranked entries the worker sends; the page shows the first N of them. */
export const TOP_KEPT = 100;

export type LogRequest =
  | { readonly type: 'count-file'; readonly file: File }
  | { readonly type: 'count-sample'; readonly options: LogOptions }
  | { readonly type: 'sample-text'; readonly options: LogOptions }
  | { readonly type: 'pull' };

export type LogResponse =
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly unit: 'bytes' | 'lines';
      readonly stats: CounterStats;
      readonly top: readonly TopEntry[] | null;
    }
  | { readonly type: 'result'; readonly stats: CounterStats; readonly top: readonly TopEntry[]; readonly ms: number }
  | { readonly type: 'text'; readonly text: string; readonly done: number; readonly total: number }
  | { readonly type: 'text-done' }
  | { readonly type: 'error'; readonly message: string };
