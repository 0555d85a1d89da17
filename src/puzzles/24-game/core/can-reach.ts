// The decider: can these numbers reach the target with + − × ÷ and any parentheses?
// Model: every expression tree over a multiset is produced by repeatedly replacing two of the
// numbers with one result of combining them (a+b, a−b, b−a, a×b, a÷b, b÷a), so exploring all
// pair choices is an exhaustive search; a "false" answer is a proof that no expression exists.
// A multiset of values settles the same way every time, so outcomes are memoised by the sorted
// value keys (this is what keeps six numbers fast). Arithmetic is exact (see field.ts).
import { type Field, type PairOp, applyOp, runExact } from './field.ts';
import { type Rational, toRational } from './rational.ts';

export const MAX_NUMBERS = 6;

export interface ReachStats {
  /** States (multisets) expanded. */
  states: number;
  /** Arithmetic results computed. */
  operations: number;
  /** States skipped because the same multiset already failed. */
  memoHits: number;
}

const PAIR_OPS: readonly PairOp[] = ['a+b', 'a-b', 'b-a', 'a*b', 'a/b', 'b/a'];

/** Whether the search tries `op` on (a, b): when a = b, b−a and b÷a repeat a−b and a÷b; never ÷ 0. */
function tried<T>(F: Field<T>, op: PairOp, a: T, b: T, same: boolean): boolean {
  if (op === 'b-a') return !same;
  if (op === 'a/b') return !F.isZero(b);
  if (op === 'b/a') return !same && !F.isZero(a);
  return true;
}

/** Applies f to each result of combining a and b; stops early when f returns true. */
export function forEachResult<T>(F: Field<T>, a: T, b: T, f: (value: T, op: PairOp) => boolean): boolean {
  const same = F.eq(a, b);
  for (const op of PAIR_OPS) if (tried(F, op, a, b, same) && f(applyOp(F, op, a, b) as T, op)) return true;
  return false;
}

export type { PairOp } from './field.ts';

/** Whether the last pair reaches the target: forEachResult's operations, each compared without being built. */
function pairReaches<T>(F: Field<T>, a: T, b: T, target: T, stats: ReachStats): boolean {
  stats.states++;
  const same = F.eq(a, b);
  for (const op of PAIR_OPS) {
    if (!tried(F, op, a, b, same)) continue;
    stats.operations++;
    if (F.opEquals(op, a, b, target)) return true;
  }
  return false;
}

export function stateKey<T>(F: Field<T>, values: readonly T[]): string {
  return values
    .map((v) => F.key(v))
    .sort()
    .join(',');
}

/**
 * A reusable decider for one target: `reach(values)` answers for any multiset and remembers every
 * multiset it has settled (both outcomes), so the solution lister can ask it at each node for free.
 */
export function createReacher<T>(F: Field<T>, target: T, stats: ReachStats): (values: readonly T[]) => boolean {
  const settled = new Map<string, boolean>();
  const go = (values: T[]): boolean => {
    if (values.length === 1) return F.eq(values[0] as T, target);
    if (values.length === 2) return pairReaches(F, values[0] as T, values[1] as T, target, stats);
    let key = '';
    if (values.length > 2) {
      key = stateKey(F, values);
      const known = settled.get(key);
      if (known !== undefined) {
        stats.memoHits++;
        return known;
      }
    }
    stats.states++;
    const n = values.length;
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      for (let j = i + 1; j < n && !found; j++) {
        const rest: T[] = [];
        for (let k = 0; k < n; k++) if (k !== i && k !== j) rest.push(values[k] as T);
        rest.push(values[i] as T); // placeholder slot, overwritten by each result
        found = forEachResult(F, values[i] as T, values[j] as T, (v) => {
          stats.operations++;
          rest[rest.length - 1] = v;
          return go(rest);
        });
      }
    }
    if (values.length > 2) settled.set(key, found);
    return found;
  };
  return (values) => go([...values]);
}

export type NumberInput = number | bigint | string | Rational;

/** Exhaustive, exact: true iff some expression over all of `nums` equals `target`. */
export function canReach(nums: readonly NumberInput[], target: NumberInput, stats?: ReachStats): boolean {
  if (nums.length === 0 || nums.length > MAX_NUMBERS) throw new RangeError(`need 1–${MAX_NUMBERS} numbers`);
  const values = nums.map(toRational);
  const t = toRational(target);
  const s = stats ?? { states: 0, operations: 0, memoHits: 0 };
  return runExact((F) => {
    s.states = s.operations = s.memoHits = 0; // a BigInt replay starts the count again
    return createReacher(F, F.from(t), s)(values.map((v) => F.from(v)));
  });
}

/** Every multiset of `size` numbers from lo..hi (non-decreasing tuples), e.g. 1,820 for 4 of 1..13. */
export function* multisets(size: number, lo: number, hi: number): Generator<number[]> {
  const cur: number[] = [];
  function* rec(from: number): Generator<number[]> {
    if (cur.length === size) {
      yield [...cur];
      return;
    }
    for (let x = from; x <= hi; x++) {
      cur.push(x);
      yield* rec(x);
      cur.pop();
    }
  }
  yield* rec(lo);
}

export interface Survey {
  total: number;
  solvable: number;
  unsolvable: number[][];
}

/** The classic survey: how many hands of `size` cards lo..hi reach `target` (4 of 1..13 → 24: 1,362 of 1,820). */
export function survey(size = 4, lo = 1, hi = 13, target = 24): Survey {
  let total = 0;
  let solvable = 0;
  const unsolvable: number[][] = [];
  for (const hand of multisets(size, lo, hi)) {
    total++;
    if (canReach(hand, target)) solvable++;
    else unsolvable.push(hand);
  }
  return { total, solvable, unsolvable };
}
