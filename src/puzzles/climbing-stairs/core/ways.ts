// One entry point over the three methods, with their operation counts side by side.
// The matrix method dispatches {1, 2} to Fibonacci fast doubling (the 2×2 matrix power written
// out: same O(log n) products, fewer of them) unless asked for the plain matrix.
import { waysDp } from './dp.ts';
import { type DoublingStep, type PowerStep, waysFibonacci, waysMatrix } from './matrix.ts';
import { waysMemo } from './memo.ts';
import { MAX_N, MAX_N_MEMO, type OpCount, type StepSet, normalizeSteps, zeroOps } from './steps.ts';

export type StairsMethod = 'memo' | 'dp' | 'matrix';
export const STAIRS_METHODS: readonly StairsMethod[] = ['memo', 'dp', 'matrix'];

export const METHOD_LIMIT: Record<StairsMethod, number> = { memo: MAX_N_MEMO, dp: MAX_N, matrix: MAX_N };

export interface WaysResult {
  readonly method: StairsMethod;
  readonly ways: bigint;
  readonly ops: OpCount;
  /** Squarings of the matrix method, or the doubling steps for {1, 2}. */
  readonly powerSteps?: readonly PowerStep[];
  readonly doublingSteps?: readonly DoublingStep[];
}

const isClassic = (steps: StepSet): boolean => steps.length === 2 && steps[0] === 1 && steps[1] === 2;

export function countWays(n: number, stepsIn: StepSet, method: StairsMethod, options: { plainMatrix?: boolean; trace?: boolean } = {}): WaysResult {
  const steps = normalizeSteps(stepsIn);
  const ops = zeroOps();
  switch (method) {
    case 'memo':
      return { method, ways: waysMemo(n, steps, ops), ops };
    case 'dp':
      return { method, ways: waysDp(n, steps, ops), ops };
    case 'matrix': {
      if (isClassic(steps) && !options.plainMatrix) {
        const doublingSteps: DoublingStep[] | undefined = options.trace ? [] : undefined;
        const ways = waysFibonacci(n, ops, doublingSteps);
        return doublingSteps ? { method, ways, ops, doublingSteps } : { method, ways, ops };
      }
      const powerSteps: PowerStep[] | undefined = options.trace ? [] : undefined;
      const ways = waysMatrix(n, steps, ops, powerSteps);
      return powerSteps ? { method, ways, ops, powerSteps } : { method, ways, ops };
    }
  }
}

/** Every method that accepts this n, on the same input. */
export function compareMethods(n: number, steps: StepSet): WaysResult[] {
  return STAIRS_METHODS.filter((m) => n <= METHOD_LIMIT[m]).map((m) => countWays(n, steps, m));
}
