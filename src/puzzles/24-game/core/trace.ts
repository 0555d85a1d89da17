// A step-by-step record of the decider's search, for the animation. It replays exactly the search
// of can-reach.ts (same pair order, same six results per pair, same memo of settled multisets),
// but records each move: which two items were picked, how they were combined, the multiset after,
// dead ends, memo hits and backtracks. Every step carries the full multiset after it (at most six
// items), so the player can seek to any step without replaying.
import { type NumberInput, MAX_NUMBERS, type PairOp, forEachResult, stateKey } from './can-reach.ts';
import { type Expr, type Op, combine, formatExpr, leaf } from './expression.ts';
import { type Field, runExact } from './field.ts';
import { ZERO, toRational } from './rational.ts';

export interface TraceItem {
  /** Stable id: inputs are 0..n−1, every result gets the next id, so the view can animate merges. */
  readonly id: number;
  /** Exact value, "8/3". */
  readonly value: string;
  /** How it was built, "8 ÷ 3". */
  readonly expr: string;
}

export type Trace24Step =
  | { readonly kind: 'start'; readonly depth: 0; readonly items: readonly TraceItem[] }
  | {
      readonly kind: 'combine';
      readonly depth: number;
      readonly left: TraceItem;
      readonly right: TraceItem;
      readonly op: Op;
      readonly result: TraceItem;
      readonly items: readonly TraceItem[];
    }
  /** x ÷ 0 is skipped; the pair and op are shown so the view can say why. */
  | { readonly kind: 'divide-by-zero'; readonly depth: number; readonly left: TraceItem; readonly right: TraceItem; readonly items: readonly TraceItem[] }
  /** This multiset of values was already searched and failed. */
  | { readonly kind: 'memo-hit'; readonly depth: number; readonly items: readonly TraceItem[] }
  /** One value left and it is not the target. */
  | { readonly kind: 'dead-end'; readonly depth: number; readonly items: readonly TraceItem[] }
  | { readonly kind: 'found'; readonly depth: number; readonly expression: string; readonly items: readonly TraceItem[] }
  /** Undo the last combine: `items` is the multiset we return to. */
  | { readonly kind: 'backtrack'; readonly depth: number; readonly items: readonly TraceItem[] }
  | { readonly kind: 'exhausted'; readonly depth: 0; readonly items: readonly TraceItem[] };

export interface Trace24 {
  readonly steps: readonly Trace24Step[];
  readonly solvable: boolean | 'unknown';
  /** True when maxSteps cut the trace before the search ended. */
  readonly truncated: boolean;
}

export interface Trace24Options {
  /** Default 5,000 steps. */
  readonly maxSteps?: number;
}

const OPS: Record<PairOp, [Op, boolean]> = {
  'a+b': ['+', false],
  'a-b': ['-', false],
  'b-a': ['-', true],
  'a*b': ['*', false],
  'a/b': ['/', false],
  'b/a': ['/', true],
};

class StepLimit extends Error {}

interface Node<T> {
  readonly value: T;
  readonly expr: Expr;
  readonly item: TraceItem;
}

export function trace24(nums: readonly NumberInput[], target: NumberInput = 24, options: Trace24Options = {}): Trace24 {
  if (nums.length === 0 || nums.length > MAX_NUMBERS) throw new RangeError(`need 1–${MAX_NUMBERS} numbers`);
  const values = nums.map(toRational);
  const goal = toRational(target);
  const maxSteps = options.maxSteps ?? 5000;
  return runExact(<T>(F: Field<T>): Trace24 => {
    const steps: Trace24Step[] = [];
    const push = (step: Trace24Step): void => {
      if (steps.length >= maxSteps) throw new StepLimit();
      steps.push(step);
    };
    const t = F.from(goal);
    const zero = F.from(ZERO);
    const settled = new Map<string, boolean>();
    let nextId = values.length;
    const snap = (nodes: readonly Node<T>[]): TraceItem[] => nodes.map((n) => n.item);

    const go = (nodes: Node<T>[], depth: number): boolean => {
      if (nodes.length === 1) {
        const only = nodes[0] as Node<T>;
        if (F.eq(only.value, t)) {
          push({ kind: 'found', depth, expression: formatExpr(only.expr), items: snap(nodes) });
          return true;
        }
        push({ kind: 'dead-end', depth, items: snap(nodes) });
        return false;
      }
      const key =
        nodes.length > 2
          ? stateKey(
              F,
              nodes.map((n) => n.value),
            )
          : '';
      if (key !== '' && settled.get(key) === false) {
        push({ kind: 'memo-hit', depth, items: snap(nodes) });
        return false;
      }
      const n = nodes.length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i] as Node<T>;
          const b = nodes[j] as Node<T>;
          const rest = nodes.filter((_, k) => k !== i && k !== j);
          // forEachResult skips x÷0 silently; record it so the animation can show the skip.
          if (F.eq(b.value, zero)) push({ kind: 'divide-by-zero', depth, left: a.item, right: b.item, items: snap(nodes) });
          if (F.eq(a.value, zero) && !F.eq(b.value, zero)) push({ kind: 'divide-by-zero', depth, left: b.item, right: a.item, items: snap(nodes) });
          const found = forEachResult(F, a.value, b.value, (value, pairOp) => {
            const [op, swap] = OPS[pairOp];
            const [l, r] = swap ? [b, a] : [a, b];
            const expr = combine(op, l.expr, r.expr);
            const item: TraceItem = { id: nextId++, value: F.key(value), expr: formatExpr(expr) };
            const after = [...rest, { value, expr, item }];
            push({ kind: 'combine', depth: depth + 1, left: l.item, right: r.item, op, result: item, items: snap(after) });
            if (go(after, depth + 1)) return true;
            push({ kind: 'backtrack', depth, items: snap(nodes) });
            return false;
          });
          if (found) return true;
        }
      }
      if (key !== '') settled.set(key, false);
      return false;
    };

    const start: Node<T>[] = values.map((v, id) => {
      const expr = leaf(v);
      return { value: F.from(v), expr, item: { id, value: F.key(F.from(v)), expr: formatExpr(expr) } };
    });
    try {
      push({ kind: 'start', depth: 0, items: snap(start) });
      const solvable = go(start, 0);
      if (!solvable) push({ kind: 'exhausted', depth: 0, items: snap(start) });
      return { steps, solvable, truncated: false };
    } catch (error) {
      if (!(error instanceof StepLimit)) throw error;
      return { steps, solvable: 'unknown', truncated: true };
    }
  });
}
