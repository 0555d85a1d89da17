// What the picture shows at one step of the trace, derived in O(1) per node from indices that
// are computed once per trace: a node's position in the BFS order tells whether it has been
// dequeued (before queueStart), is waiting (before queueEnd) or has not been reached yet.
import { type BfsStep, type BfsTrace } from './core/bfs-trace.ts';
import { levelIds } from './core/levels.ts';
import type { BinaryTree } from './core/tree.ts';

export type NodeState = 'current' | 'queued' | 'visited' | 'idle';

export interface BfsFrames {
  readonly trace: BfsTrace;
  /** Node id → index in trace.order. */
  readonly orderPos: Int32Array;
  /** Step index → output lines printed up to and including it. */
  readonly printedAt: Int32Array;
  /** Level → node ids. */
  readonly levels: readonly (readonly number[])[];
  /** All output lines, in order. */
  readonly lines: readonly string[];
}

export function buildFrames(tree: BinaryTree, trace: BfsTrace): BfsFrames {
  const orderPos = new Int32Array(tree.nodes.length).fill(-1);
  trace.order.forEach((id, i) => (orderPos[id] = i));
  const printedAt = new Int32Array(trace.steps.length);
  const lines: string[] = [];
  trace.steps.forEach((step, i) => {
    if (step.kind === 'level-end') lines.push(step.line);
    printedAt[i] = lines.length;
  });
  return { trace, orderPos, printedAt, levels: levelIds(tree), lines };
}

/** The node the step acts on (dequeued or enqueued), if any. */
export function currentNode(step: BfsStep): number | null {
  return step.kind === 'dequeue' || step.kind === 'enqueue' ? step.node : null;
}

export function nodeState(frames: BfsFrames, step: BfsStep, id: number): NodeState {
  if (currentNode(step) === id || (step.kind === 'enqueue' && step.parent === id)) return 'current';
  const pos = frames.orderPos[id] ?? -1;
  if (pos === -1 || pos >= step.queueEnd) return 'idle';
  return pos < step.queueStart ? 'visited' : 'queued';
}

/** Whether a node belongs to the level being processed (drawn with a ring). */
export function inCurrentLevel(frames: BfsFrames, step: BfsStep, depth: number): boolean {
  return step.kind !== 'start' && step.kind !== 'done' && depth === step.level;
}
