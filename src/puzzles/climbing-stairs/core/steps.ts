// The step sets and limits shared by every method.
// Model: ways(n) = Σ_{s ∈ S} ways(n − s), ways(0) = 1 (standing still is one way), ways(m < 0) = 0.
// For S = {1, 2} this is Fibonacci shifted by one: ways(n) = F(n + 1).

/** Largest allowed step: the matrix method multiplies k×k matrices, k = max step. */
export const MAX_STEP = 10;
/** DP and matrix answer up to here (the answer for {1,2} has ~20,900 digits). */
export const MAX_N = 100_000;
/** The memoised recursion keeps every ways(m) alive: Σ digits grows as n², so it stops here. */
export const MAX_N_MEMO = 20_000;
/** Largest n whose full recursion tree is drawn. */
export const MAX_N_TREE = 12;

/** Sorted, distinct, each 1..MAX_STEP, at least one. */
export type StepSet = readonly number[];

export const CLASSIC_STEPS: StepSet = [1, 2];

export function normalizeSteps(steps: readonly number[]): StepSet {
  const out = [...new Set(steps)].sort((a, b) => a - b);
  if (out.length === 0) throw new RangeError('step set is empty');
  for (const s of out) if (!Number.isInteger(s) || s < 1 || s > MAX_STEP) throw new RangeError(`step ${s} outside 1..${MAX_STEP}`);
  return out;
}

export function checkN(n: number, max: number = MAX_N): void {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RangeError(`n must be an integer in 0..${max}`);
}

/** What each method did, to compare their cost on the same input. */
export interface OpCount {
  /** BigInt additions. */
  additions: number;
  /** BigInt multiplications (matrix method only). */
  multiplications: number;
  /** Function calls, memo hits included (memoised recursion only). */
  calls: number;
  /** Calls answered from the memo. */
  memoHits: number;
}

export const zeroOps = (): OpCount => ({ additions: 0, multiplications: 0, calls: 0, memoHits: 0 });

/** 573147844013817084101 as is; a 20,899-digit number as "25974…03125（20899 位）". */
export function summarizeBigInt(x: bigint, keep = 24): { digits: number; text: string } {
  const s = x.toString();
  const digits = s.startsWith('-') ? s.length - 1 : s.length;
  if (s.length <= keep) return { digits, text: s };
  const half = Math.floor(keep / 2);
  return { digits, text: `${s.slice(0, half)}…${s.slice(-half)}（${digits} 位）` };
}
