// Messages between the stairs page and its worker. BigInt crosses postMessage as is.
import type { DoublingStep, PowerStep } from './core/matrix.ts';
import type { OpCount, StepSet } from './core/steps.ts';
import type { StairsMethod } from './core/ways.ts';

export interface StairsJob {
  readonly id: number;
  readonly n: number;
  readonly steps: StepSet;
}

export interface MethodResult {
  readonly method: StairsMethod;
  readonly ways: bigint;
  readonly ops: OpCount;
  readonly ms: number;
}

export interface MatrixTrace {
  readonly powerSteps: readonly PowerStep[] | null;
  readonly doublingSteps: readonly DoublingStep[] | null;
  /** The plain k×k matrix power, also for {1, 2}, to compare with fast doubling. */
  readonly plainPowerSteps: readonly PowerStep[] | null;
}

export type StairsMessage =
  | { readonly id: number; readonly kind: 'started'; readonly method: StairsMethod | 'trace'; readonly index: number; readonly total: number }
  | { readonly id: number; readonly kind: 'method'; readonly result: MethodResult }
  | { readonly id: number; readonly kind: 'trace'; readonly trace: MatrixTrace }
  | { readonly id: number; readonly kind: 'done' }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
