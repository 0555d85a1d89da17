// Top-down: ways(n) = Σ ways(n − s), each ways(m) computed once and remembered.
// Two versions of the same algorithm with the same call order and the same counts:
//  - `waysMemo` runs the recursion on an explicit stack of frames, so n = 20,000 cannot overflow
//    the JS call stack (a recursive version dies somewhere past ~10,000 frames);
//  - `traceMemoTree` records the recursion tree (calls, memo hits, returns) for drawing, n ≤ 12,
//    with the memo switched off on request to show the exponential tree it saves.
// Calls are only made for n − s ≥ 0; ways(0) = 1 is the base case.
import { MAX_N_MEMO, MAX_N_TREE, type OpCount, type StepSet, checkN, normalizeSteps, zeroOps } from './steps.ts';

interface Frame {
  readonly n: number;
  next: number; // index into steps of the next child to call
  acc: bigint;
}

export function waysMemo(n: number, stepsIn: StepSet, ops: OpCount = zeroOps()): bigint {
  checkN(n, MAX_N_MEMO);
  const steps = normalizeSteps(stepsIn);
  const memo = new Map<number, bigint>([[0, 1n]]);
  ops.calls++;
  if (n === 0) return 1n;
  const stack: Frame[] = [{ n, next: 0, acc: 0n }];
  let returned: bigint | null = null; // value handed back by the frame just popped
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (returned !== null) {
      top.acc += returned;
      ops.additions++;
      returned = null;
    }
    let pushed = false;
    while (top.next < steps.length) {
      const m = top.n - (steps[top.next++] as number);
      if (m < 0) continue;
      ops.calls++;
      const known = memo.get(m);
      if (known !== undefined) {
        if (m !== 0) ops.memoHits++; // ways(0) is the base case, not a remembered answer
        top.acc += known;
        ops.additions++;
        continue;
      }
      stack.push({ n: m, next: 0, acc: 0n });
      pushed = true;
      break;
    }
    if (pushed) continue;
    stack.pop();
    memo.set(top.n, top.acc);
    returned = top.acc;
  }
  return memo.get(n) ?? 0n;
}

export interface CallNode {
  readonly id: number;
  readonly n: number;
  readonly parent: number | null;
  readonly depth: number;
  /** Answered from the memo (or the base case): no children below. */
  readonly kind: 'computed' | 'memo-hit' | 'base';
  /** Final value as a decimal string. */
  value: string;
}

export type MemoEvent =
  | { readonly kind: 'call'; readonly node: number }
  | { readonly kind: 'memo-hit'; readonly node: number; readonly value: string }
  | { readonly kind: 'base'; readonly node: number }
  | { readonly kind: 'return'; readonly node: number; readonly value: string };

export interface MemoTrace {
  readonly nodes: readonly CallNode[];
  readonly events: readonly MemoEvent[];
  readonly ways: bigint;
  readonly ops: OpCount;
}

/** The recursion tree for drawing (n ≤ 12). Recursion is fine here: depth ≤ 12. */
export function traceMemoTree(n: number, stepsIn: StepSet, options: { memo?: boolean } = {}): MemoTrace {
  checkN(n, MAX_N_TREE);
  const steps = normalizeSteps(stepsIn);
  const useMemo = options.memo ?? true;
  const memo = new Map<number, bigint>();
  const nodes: CallNode[] = [];
  const events: MemoEvent[] = [];
  const ops = zeroOps();
  const call = (m: number, parent: number | null, depth: number): bigint => {
    ops.calls++;
    const id = nodes.length;
    if (m === 0) {
      nodes.push({ id, n: m, parent, depth, kind: 'base', value: '1' });
      events.push({ kind: 'base', node: id });
      return 1n;
    }
    const known = useMemo ? memo.get(m) : undefined;
    if (known !== undefined) {
      ops.memoHits++;
      nodes.push({ id, n: m, parent, depth, kind: 'memo-hit', value: known.toString() });
      events.push({ kind: 'memo-hit', node: id, value: known.toString() });
      return known;
    }
    const node: CallNode = { id, n: m, parent, depth, kind: 'computed', value: '' };
    nodes.push(node);
    events.push({ kind: 'call', node: id });
    let acc = 0n;
    for (const s of steps) {
      if (m - s < 0) continue;
      acc += call(m - s, id, depth + 1);
      ops.additions++;
    }
    node.value = acc.toString();
    if (useMemo) memo.set(m, acc);
    events.push({ kind: 'return', node: id, value: node.value });
    return acc;
  };
  const ways = call(n, null, 0);
  return { nodes, events, ways, ops };
}
