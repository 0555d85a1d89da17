// Messages between the page and the shell worker. One request at a time; `id` pairs a reply with
// its request so a late reply from a stopped run is ignored.
import type { ShellResult } from './run-shell.ts';

export interface ShellRequest {
  readonly id: number;
  readonly seed: number;
  readonly command: string;
}

export type ShellReply =
  | { readonly id: number; readonly type: 'result'; readonly result: ShellResult; readonly ms: number }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
