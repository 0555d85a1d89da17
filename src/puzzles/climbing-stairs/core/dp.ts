// Bottom-up: fill ways[0..n] left to right, ways[i] = Σ ways[i − s].
// Only the last max(S) cells are ever read again, so `waysDp` keeps a ring buffer of that size:
// O(n·|S|) BigInt additions, O(max S) numbers alive (the full table for n = 100,000 would hold
// ~ n²·0.35 bits ≈ 400 MB of digits). `traceDp` keeps the whole table for drawing, n ≤ 60.
import { MAX_N, type OpCount, type StepSet, checkN, normalizeSteps, zeroOps } from './steps.ts';

export const MAX_N_DP_TRACE = 60;

export function waysDp(n: number, stepsIn: StepSet, ops: OpCount = zeroOps()): bigint {
  checkN(n, MAX_N);
  const steps = normalizeSteps(stepsIn);
  const k = steps[steps.length - 1] as number;
  const ring = new Array<bigint>(k + 1).fill(0n); // ring[i % (k+1)] = ways[i]
  ring[0] = 1n;
  for (let i = 1; i <= n; i++) {
    let acc = 0n;
    for (const s of steps) {
      if (s > i) break;
      acc += ring[(i - s) % (k + 1)] as bigint;
      ops.additions++;
    }
    ring[i % (k + 1)] = acc;
  }
  return ring[n % (k + 1)] as bigint;
}

export interface DpFill {
  readonly i: number;
  /** The cells summed into ways[i]. */
  readonly from: readonly number[];
  readonly value: string;
}

export interface DpTrace {
  readonly table: readonly string[];
  readonly fills: readonly DpFill[];
  readonly ops: OpCount;
}

export function traceDp(n: number, stepsIn: StepSet): DpTrace {
  checkN(n, MAX_N_DP_TRACE);
  const steps = normalizeSteps(stepsIn);
  const ops = zeroOps();
  const table: bigint[] = [1n];
  const fills: DpFill[] = [{ i: 0, from: [], value: '1' }];
  for (let i = 1; i <= n; i++) {
    const from = steps.filter((s) => s <= i).map((s) => i - s);
    let acc = 0n;
    for (const j of from) {
      acc += table[j] as bigint;
      ops.additions++;
    }
    table.push(acc);
    fills.push({ i, from, value: acc.toString() });
  }
  return { table: table.map(String), fills, ops };
}
