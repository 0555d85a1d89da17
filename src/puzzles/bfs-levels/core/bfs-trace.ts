// The BFS of levels.ts, recorded step by step for the animation: level starts, each dequeue, each
// enqueue, each finished level with its output line. Compact by construction: in BFS the queue is
// always a contiguous run of the enqueue order, so a step stores two indices into `order` instead
// of a copy of the queue (a 10,000-node tree gives ~30,000 steps, not 30,000 queue copies).
//   queue contents at a step  = order.slice(step.queueStart, step.queueEnd)
//   visited (dequeued) so far = order.slice(0, step.queueStart)
import { type BfsVariant, formatLevel } from './levels.ts';
import type { BinaryTree, TreeNodeData } from './tree.ts';

interface StepBase {
  /** Current level (0 = root). */
  readonly level: number;
  readonly queueStart: number;
  readonly queueEnd: number;
}

export type BfsStep = StepBase &
  (
    | { readonly kind: 'start' }
    | { readonly kind: 'level-start'; readonly size: number }
    | { readonly kind: 'dequeue'; readonly node: number }
    | { readonly kind: 'enqueue'; readonly node: number; readonly parent: number; readonly side: 'left' | 'right' }
    | { readonly kind: 'level-end'; readonly ids: readonly number[]; readonly values: readonly number[]; readonly line: string }
    | { readonly kind: 'done'; readonly lines: readonly string[] }
  );

export interface BfsTrace {
  /** Node ids in the order they entered the queue (= BFS order). */
  readonly order: readonly number[];
  readonly steps: readonly BfsStep[];
  readonly variant: BfsVariant;
}

export function traceBfs(tree: BinaryTree, variant: BfsVariant = 'levels'): BfsTrace {
  const order: number[] = [];
  const steps: BfsStep[] = [];
  let head = 0;
  const at = (level: number): StepBase => ({ level, queueStart: head, queueEnd: order.length });
  steps.push({ kind: 'start', ...at(0) });
  const lines: string[] = [];
  if (tree.root !== null) order.push(tree.root);
  let level = 0;
  while (head < order.length) {
    const size = order.length - head;
    steps.push({ kind: 'level-start', size, ...at(level) });
    const ids: number[] = [];
    for (let k = 0; k < size; k++) {
      const id = order[head++] as number;
      ids.push(id);
      steps.push({ kind: 'dequeue', node: id, ...at(level) });
      const node = tree.nodes[id] as TreeNodeData;
      for (const side of ['left', 'right'] as const) {
        const child = node[side];
        if (child === null) continue;
        order.push(child);
        steps.push({ kind: 'enqueue', node: child, parent: id, side, ...at(level) });
      }
    }
    const values = ids.map((id) => (tree.nodes[id] as TreeNodeData).value);
    const line = formatLevel(variant, values, level);
    lines.push(line);
    steps.push({ kind: 'level-end', ids, values, line, ...at(level) });
    level++;
  }
  steps.push({ kind: 'done', lines, ...at(Math.max(0, level - 1)) });
  return { order, steps, variant };
}

/** Queue contents (node ids, front first) at a step. */
export function queueAt(trace: BfsTrace, step: BfsStep): number[] {
  return trace.order.slice(step.queueStart, step.queueEnd);
}

/** Dequeued node ids at a step. */
export function visitedAt(trace: BfsTrace, step: BfsStep): number[] {
  return trace.order.slice(0, step.queueStart);
}
