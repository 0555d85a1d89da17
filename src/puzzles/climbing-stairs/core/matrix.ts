// O(log n) multiplications: ways(n) is the top-left entry of Mⁿ, M the k×k companion matrix of
// the recurrence (k = max step): first row [c₁ … c_k] with c_j = 1 iff j ∈ S, ones below the
// diagonal. M maps the state [w(i−1), …, w(i−k)] to [w(i), …, w(i−k+1)], and the start state is
// [w(0), w(−1), …] = [1, 0, …], so w(n) = (Mⁿ)[0][0].
// Mⁿ by left-to-right binary exponentiation: for each bit of n after the leading one, square, and
// multiply by M when the bit is 1 (≤ 2·log₂ n matrix products of k³ BigInt multiplications).
// For S = {1, 2} the same idea is Fibonacci fast doubling (2 squarings' worth of work per bit):
//   F(2m) = F(m)·(2F(m+1) − F(m)),  F(2m+1) = F(m)² + F(m+1)²,  and ways(n) = F(n + 1).
import { MAX_N, type OpCount, type StepSet, checkN, normalizeSteps, zeroOps } from './steps.ts';

export type Matrix = bigint[][];

export function companionMatrix(steps: StepSet): Matrix {
  const k = steps[steps.length - 1] as number;
  return Array.from({ length: k }, (_, r) => Array.from({ length: k }, (_, c) => (r === 0 ? (steps.includes(c + 1) ? 1n : 0n) : c === r - 1 ? 1n : 0n)));
}

export function multiply(a: Matrix, b: Matrix, ops: OpCount): Matrix {
  const k = a.length;
  const out: Matrix = [];
  for (let r = 0; r < k; r++) {
    const row: bigint[] = [];
    const ar = a[r] as bigint[];
    for (let c = 0; c < k; c++) {
      let acc = 0n;
      for (let j = 0; j < k; j++) {
        const x = ar[j] as bigint;
        const y = (b[j] as bigint[])[c] as bigint;
        // Skipping zeros is not an optimisation trick: the counter should show real work.
        if (x === 0n || y === 0n) continue;
        acc += x * y;
        ops.multiplications++;
        ops.additions++;
      }
      row.push(acc);
    }
    out.push(row);
  }
  return out;
}

export interface PowerStep {
  readonly kind: 'start' | 'square' | 'multiply';
  /** Exponent of the power held after this step. */
  readonly exponent: number;
  /** The bit of n being consumed (square and multiply steps), most significant first. */
  readonly bit: number | null;
  /** The matrix after this step, entries as strings, or null when too large to show. */
  readonly matrix: readonly (readonly string[])[] | null;
  /** Digits of the largest entry. */
  readonly digits: number;
}

const SHOW_DIGITS = 30;

function snapshot(kind: PowerStep['kind'], exponent: number, bit: number | null, m: Matrix): PowerStep {
  const digits = Math.max(...m.flat().map((x) => x.toString().length));
  return { kind, exponent, bit, matrix: digits <= SHOW_DIGITS ? m.map((row) => row.map(String)) : null, digits };
}

export function waysMatrix(n: number, stepsIn: StepSet, ops: OpCount = zeroOps(), trace?: PowerStep[]): bigint {
  checkN(n, MAX_N);
  const steps = normalizeSteps(stepsIn);
  if (n === 0) return 1n;
  const m = companionMatrix(steps);
  let p = m;
  let exponent = 1;
  trace?.push(snapshot('start', 1, null, p));
  const bits = n.toString(2);
  for (let i = 1; i < bits.length; i++) {
    p = multiply(p, p, ops);
    exponent *= 2;
    trace?.push(snapshot('square', exponent, Number(bits[i]), p));
    if (bits[i] === '1') {
      p = multiply(p, m, ops);
      exponent += 1;
      trace?.push(snapshot('multiply', exponent, 1, p));
    }
  }
  return (p[0] as bigint[])[0] as bigint;
}

export interface DoublingStep {
  /** After this step we hold F(m) and F(m+1). */
  readonly m: number;
  readonly kind: 'start' | 'double' | 'double+1';
  readonly bit: number | null;
  readonly fm: string;
  readonly fm1: string;
}

/** F(k) and F(k+1) by fast doubling, k ≥ 0: six multiplications per bit at most. */
export function fibPair(k: number, ops: OpCount = zeroOps(), trace?: DoublingStep[]): [bigint, bigint] {
  let a = 0n; // F(m)
  let b = 1n; // F(m+1)
  let m = 0;
  const show = (x: bigint): string => (x.toString().length <= SHOW_DIGITS ? x.toString() : `…（${x.toString().length} 位）`);
  trace?.push({ m: 0, kind: 'start', bit: null, fm: '0', fm1: '1' });
  const bits = k === 0 ? '' : k.toString(2);
  for (const ch of bits) {
    const c = a * (2n * b - a); // F(2m)
    const d = a * a + b * b; //     F(2m+1)
    ops.multiplications += 4; // a·(…), 2·b, a², b²
    ops.additions += 2;
    m *= 2;
    if (ch === '1') {
      a = d;
      b = c + d;
      ops.additions++;
      m += 1;
    } else {
      a = c;
      b = d;
    }
    trace?.push({ m, kind: ch === '1' ? 'double+1' : 'double', bit: Number(ch), fm: show(a), fm1: show(b) });
  }
  return [a, b];
}

/** ways(n) for {1, 2} = F(n + 1), by fast doubling. */
export function waysFibonacci(n: number, ops: OpCount = zeroOps(), trace?: DoublingStep[]): bigint {
  checkN(n, MAX_N);
  return fibPair(n + 1, ops, trace)[0];
}
