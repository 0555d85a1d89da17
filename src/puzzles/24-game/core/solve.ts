// Lists the distinct solutions, or proves there is none.
// The verdict comes from the exhaustive decider (can-reach.ts), so "no solution" is a proof even
// when the listing is cut short by its budget. The listing walks the same pair-combining tree but
// carries canonical expressions (expression.ts) next to the values, and prunes with the decider:
// a node whose values cannot reach the target is never expanded. A node is also skipped when the
// same multiset of canonical expressions was already expanded (combining (a,b) then (c,d) reaches
// the same node as (c,d) then (a,b)). A solution is kept once per canonical key.
import { type NumberInput, type PairOp, type ReachStats, MAX_NUMBERS, createReacher, forEachResult } from './can-reach.ts';
import { type Expr, type Op, combine, formatExpr, leaf } from './expression.ts';
import { type Field, runExact } from './field.ts';
import { toRational } from './rational.ts';

export interface Solution {
  /** "8 ÷ (3 − 8 ÷ 3)" */
  readonly text: string;
  /** "8/(3-8/3)" */
  readonly ascii: string;
  /** Canonical key: two solutions are the same iff their keys are equal. */
  readonly key: string;
}

export interface SolveOptions {
  /** Stop listing after this many distinct solutions (default 500). */
  readonly maxSolutions?: number;
  /** Stop listing after expanding this many nodes (default 200,000). */
  readonly maxNodes?: number;
}

export interface SolveResult {
  /** Exhaustive and exact: false means no expression exists. */
  readonly solvable: boolean;
  readonly solutions: readonly Solution[];
  /** True when the listing covered the whole tree (every distinct solution is in `solutions`). */
  readonly complete: boolean;
  readonly stats: ReachStats & { listNodes: number };
}

/** Which operator, and whether the pair's operands are swapped (b − a, b ÷ a). */
const PAIR_OPS: Record<PairOp, [Op, boolean]> = {
  'a+b': ['+', false],
  'a-b': ['-', false],
  'b-a': ['-', true],
  'a*b': ['*', false],
  'a/b': ['/', false],
  'b/a': ['/', true],
};

interface Item<T> {
  readonly value: T;
  readonly expr: Expr;
}

export function solve24(nums: readonly NumberInput[], target: NumberInput = 24, options: SolveOptions = {}): SolveResult {
  if (nums.length === 0 || nums.length > MAX_NUMBERS) throw new RangeError(`need 1–${MAX_NUMBERS} numbers`);
  const values = nums.map(toRational);
  const goal = toRational(target);
  const maxSolutions = options.maxSolutions ?? 500;
  const maxNodes = options.maxNodes ?? 200_000;
  return runExact(<T>(F: Field<T>): SolveResult => {
    const stats = { states: 0, operations: 0, memoHits: 0, listNodes: 0 };
    const t = F.from(goal);
    const reach = createReacher(F, t, stats);
    const start: Item<T>[] = values.map((v) => ({ value: F.from(v), expr: leaf(v) }));
    const solvable = reach(start.map((i) => i.value));
    const found = new Map<string, Solution>();
    const expanded = new Set<string>();
    let complete = true;

    const walk = (items: Item<T>[]): void => {
      if (!complete) return;
      if (items.length === 1) {
        const only = items[0] as Item<T>;
        if (F.eq(only.value, t) && !found.has(only.expr.key)) {
          found.set(only.expr.key, { text: formatExpr(only.expr), ascii: formatExpr(only.expr, 'ascii'), key: only.expr.key });
          if (found.size >= maxSolutions) complete = false;
        }
        return;
      }
      const key = items
        .map((i) => i.expr.key)
        .sort()
        .join('|');
      if (expanded.has(key)) return;
      expanded.add(key);
      if (!reach(items.map((i) => i.value))) return;
      if (++stats.listNodes > maxNodes) {
        complete = false;
        return;
      }
      const n = items.length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = items[i] as Item<T>;
          const b = items[j] as Item<T>;
          const rest = items.filter((_, k) => k !== i && k !== j);
          forEachResult(F, a.value, b.value, (value, pairOp) => {
            const [op, swap] = PAIR_OPS[pairOp];
            const expr = swap ? combine(op, b.expr, a.expr) : combine(op, a.expr, b.expr);
            walk([...rest, { value, expr }]);
            return !complete;
          });
        }
      }
    };
    if (solvable) walk(start);
    return { solvable, solutions: [...found.values()], complete: solvable ? complete : true, stats };
  });
}
