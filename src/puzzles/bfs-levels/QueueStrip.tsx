// The queue at the current step, front on the left, as boxes of values: a bounded number of
// boxes (a level of 5,000 nodes shows the first 24 and a count), so playback never re-renders
// thousands of elements.
import type { BfsStep } from './core/bfs-trace.ts';
import type { BfsFrames } from './bfs-frame.ts';
import { s } from './strings.ts';

const SHOWN = 24;

export interface QueueStripProps {
  readonly frames: BfsFrames;
  readonly step: BfsStep;
  readonly valueOf: (id: number) => number;
  readonly depthOf: (id: number) => number;
}

export function QueueStrip({ frames, step, valueOf, depthOf }: QueueStripProps) {
  const { order } = frames.trace;
  const size = step.queueEnd - step.queueStart;
  const ids = order.slice(step.queueStart, Math.min(step.queueEnd, step.queueStart + SHOWN));
  const justIn = step.kind === 'enqueue' ? step.node : null;
  const levelSize = frames.levels[step.level]?.length ?? 0;
  const visited = step.queueStart;
  return (
    <div className="bfs-status" data-testid="bfs-status">
      <div>
        <h3 className="bfs-status-title">
          {s.queueTitle} <span className="muted small">· {size}</span>
        </h3>
        <ol className="bfs-queue" data-testid="bfs-queue">
          {ids.length === 0 && <li className="muted empty">{s.queueEmpty}</li>}
          {ids.map((id) => (
            <li key={id} className={`${id === justIn ? 'just-in' : ''}${depthOf(id) > step.level ? ' next-level' : ''}`}>
              {valueOf(id)}
            </li>
          ))}
          {size > SHOWN && <li className="muted more">{s.queueMore(size - SHOWN)}</li>}
        </ol>
        <p className="muted small bfs-queue-note">{s.queueNote}</p>
      </div>
      <p className="bfs-facts small">
        {step.kind !== 'start' && step.kind !== 'done' && <span data-testid="bfs-level">{s.levelNow(step.level, levelSize)}</span>}
        <span>{s.visitedNow(visited, order.length)}</span>
      </p>
    </div>
  );
}
