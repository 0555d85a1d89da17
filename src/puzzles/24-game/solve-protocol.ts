// Messages between the 24-game page and its worker. Numbers travel as exact text ("8/3").
import type { SolveResult } from './core/solve.ts';
import type { Trace24 } from './core/trace.ts';

/** Steps of the animated trace; the verdict always comes from the full search. */
export const TRACE_STEPS = 5000;

export interface SolveJob {
  readonly id: number;
  readonly nums: readonly string[];
  readonly target: string;
}

export type SolveMessage =
  | { readonly id: number; readonly kind: 'trace'; readonly trace: Trace24 }
  | { readonly id: number; readonly kind: 'solved'; readonly result: SolveResult; readonly ms: number }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
