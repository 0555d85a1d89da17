// For each step of the trace, the combines that led to the current multiset (the search path):
// a combine pushes, a backtrack pops. Precomputed once so the player can seek anywhere.
import type { Op } from './core/expression.ts';
import type { Trace24Step } from './core/trace.ts';

export interface PathEntry {
  readonly left: string;
  readonly right: string;
  readonly op: Op;
  readonly result: string;
}

export function tracePaths(steps: readonly Trace24Step[]): (readonly PathEntry[])[] {
  const out: (readonly PathEntry[])[] = [];
  let path: readonly PathEntry[] = [];
  for (const s of steps) {
    if (s.kind === 'combine') {
      // The combine's depth is the path length after it; trim first in case steps were cut.
      path = [...path.slice(0, s.depth - 1), { left: s.left.value, right: s.right.value, op: s.op, result: s.result.value }];
    } else if (s.kind === 'backtrack') {
      path = path.slice(0, s.depth);
    }
    out.push(path);
  }
  return out;
}
