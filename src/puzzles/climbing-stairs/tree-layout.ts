// Where each call of the recursion tree is drawn: leaves take the next free column from left to
// right, a parent sits midway between its first and last child, rows are depths. Nodes come in
// call order (pre-order, a child's id is greater than its parent's), which this relies on.
// Also: when each node appears and when its value is known, from the trace's event list.
import type { CallNode, MemoEvent } from './core/memo.ts';

export interface PlacedNode {
  readonly id: number;
  /** Column, in leaf units (0 … columns − 1, halves possible). */
  readonly x: number;
  readonly y: number;
}

export interface TreeLayout {
  readonly placed: readonly PlacedNode[];
  readonly columns: number;
  readonly rows: number;
}

export function layoutTree(nodes: readonly CallNode[]): TreeLayout {
  const children: number[][] = nodes.map(() => []);
  for (const n of nodes) if (n.parent !== null) children[n.parent]?.push(n.id);
  const x = new Array<number>(nodes.length).fill(0);
  let next = 0;
  // Leaves get columns in id order (pre-order, so left to right); then, since every child's id is
  // greater than its parent's, walking ids from high to low places each parent after its children.
  for (const n of nodes) if ((children[n.id]?.length ?? 0) === 0) x[n.id] = next++;
  for (let id = nodes.length - 1; id >= 0; id--) {
    const kids = children[id] ?? [];
    if (kids.length > 0) x[id] = ((x[kids[0] as number] ?? 0) + (x[kids[kids.length - 1] as number] ?? 0)) / 2;
  }
  const rows = nodes.reduce((m, n) => Math.max(m, n.depth + 1), 0);
  return { placed: nodes.map((n) => ({ id: n.id, x: x[n.id] ?? 0, y: n.depth })), columns: Math.max(1, next), rows };
}

export interface NodeTimes {
  /** Index of the event at which the node appears. */
  readonly appear: readonly number[];
  /** Index of the event at which its value is known (at once for memo hits and the base case). */
  readonly settle: readonly number[];
}

export function nodeTimes(nodeCount: number, events: readonly MemoEvent[]): NodeTimes {
  const appear = new Array<number>(nodeCount).fill(Infinity);
  const settle = new Array<number>(nodeCount).fill(Infinity);
  events.forEach((e, i) => {
    if (e.kind !== 'return') appear[e.node] = Math.min(appear[e.node] ?? Infinity, i);
    if (e.kind !== 'call') settle[e.node] = Math.min(settle[e.node] ?? Infinity, i);
  });
  return { appear, settle };
}

/** The node and its callers up to the root: the call stack at that moment. */
export function stackOf(nodes: readonly CallNode[], id: number | null): Set<number> {
  const out = new Set<number>();
  let cur = id;
  while (cur !== null && cur !== undefined) {
    out.add(cur);
    cur = nodes[cur]?.parent ?? null;
  }
  return out;
}
