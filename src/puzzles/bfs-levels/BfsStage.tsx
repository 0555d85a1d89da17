// The tree and the BFS playing on it: the player steps through traceBfs's steps; the picture,
// the queue, the current level and the lines printed so far all show that one step. The same
// picture switches to edit mode, where nodes and empty slots are buttons.
import { useMemo, useState } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { type BfsFrames, inCurrentLevel, nodeState } from './bfs-frame.ts';
import type { BfsStep } from './core/bfs-trace.ts';
import { layoutTree } from './core/layout.ts';
import type { BfsVariant } from './core/levels.ts';
import type { BinaryTree } from './core/tree.ts';
import type { TreeEdit } from './core/tree-edit.ts';
import { NodeEditor } from './NodeEditor.tsx';
import { QueueStrip } from './QueueStrip.tsx';
import { describeStep, s } from './strings.ts';
import { TreePicture, type TreeSelection } from './TreePicture.tsx';

export const STEP_MS = 700;
export const MAX_DRAWN = 255;

export interface BfsStageProps {
  readonly tree: BinaryTree;
  readonly frames: BfsFrames;
  readonly variant: BfsVariant;
  readonly onEdit: (edit: TreeEdit) => void;
}

export function BfsStage({ tree, frames, variant, onEdit }: BfsStageProps) {
  const { steps } = frames.trace;
  const times = useMemo(() => steps.map((_, i) => i * STEP_MS), [steps]);
  const player = usePlayer(times, (steps.length - 1) * STEP_MS);
  const layout = useMemo(() => layoutTree(tree), [tree]);
  const [editing, setEditing] = useState(false);
  const [selection, setSelection] = useState<TreeSelection | null>(null);
  const index = Math.max(0, player.index);
  const step = steps[index] as BfsStep;
  const valueOf = (id: number) => tree.nodes[id]?.value ?? 0;
  const depthOf = (id: number) => tree.nodes[id]?.depth ?? 0;
  const drawable = tree.nodes.length <= MAX_DRAWN;
  const sentence = describeStep(step, valueOf, variant);
  const printed = frames.lines.slice(0, frames.printedAt[index] ?? 0);

  return (
    <section className="panel" aria-labelledby="bfs-stage-title">
      <div className="row bfs-stage-head">
        <h2 id="bfs-stage-title">{s.treeTitle}</h2>
        {drawable && (
          <button
            type="button"
            className={editing ? 'primary' : 'secondary'}
            aria-pressed={editing}
            onClick={() => {
              setEditing(!editing);
              setSelection(null);
              player.pause();
            }}
            data-testid="edit-toggle"
          >
            {editing ? s.editDone : s.editToggle}
          </button>
        )}
      </div>
      {!drawable && <p className="muted small">{s.tooBigToDraw(tree.nodes.length, MAX_DRAWN)}</p>}
      {drawable && editing && (
        <>
          <p className="muted small">{s.editHint}</p>
          <TreePicture mode="edit" tree={tree} layout={layout} selection={selection} onSelect={setSelection} />
          {selection && (
            <NodeEditor
              key={JSON.stringify(selection)}
              tree={tree}
              selection={selection}
              onEdit={(edit) => {
                setSelection(null);
                onEdit(edit);
              }}
              onCancel={() => setSelection(null)}
            />
          )}
        </>
      )}
      {!editing && (
        <>
          {drawable &&
            (tree.root === null ? (
              <p className="muted">{s.outputEmpty}</p>
            ) : (
              <TreePicture
                mode="play"
                tree={tree}
                layout={layout}
                label={s.treePictureLabel(tree.nodes.length, sentence)}
                stateOf={(id) => nodeState(frames, step, id)}
                ringOf={(depth) => inCurrentLevel(frames, step, depth)}
              />
            ))}
          <Legend />
          <p className="bfs-sentence" data-testid="bfs-sentence">
            <span className="badge">{s.actions[step.kind]}</span> {sentence}
          </p>
          <PlayerControls player={player} rowCount={steps.length} />
          <div className="bfs-side">
            <QueueStrip frames={frames} step={step} valueOf={valueOf} depthOf={depthOf} />
            <div>
              <h3 className="bfs-status-title">{s.printedTitle}</h3>
              <pre className="bfs-printed" data-testid="bfs-printed">
                {printed.length === 0 ? s.printedNone : printed.slice(-40).join('\n')}
              </pre>
            </div>
          </div>
          <TraceTable
            caption={s.traceCaption}
            rows={steps}
            currentIndex={player.index}
            onSelect={(i) => player.seek(i * STEP_MS)}
            columns={[
              { header: s.colStep, cell: (_row, i) => i + 1 },
              { header: s.colAction, cell: (row) => s.actions[row.kind] },
              { header: s.colWhy, cell: (row) => describeStep(row, valueOf, variant), className: 'why' },
              { header: s.colQueue, cell: (row) => queueText(frames, row, valueOf) },
            ]}
          />
        </>
      )}
    </section>
  );
}

function queueText(frames: BfsFrames, step: BfsStep, valueOf: (id: number) => number): string {
  const n = step.queueEnd - step.queueStart;
  const ids = frames.trace.order.slice(step.queueStart, step.queueStart + Math.min(n, 8));
  return `[${ids.map(valueOf).join(', ')}${n > 8 ? s.queueMoreShort(n) : ''}]`;
}

function Legend() {
  return (
    <p className="bfs-legend small" aria-hidden="true">
      <span className="key state-current">{s.legend.current}</span>
      <span className="key state-queued">{s.legend.queued}</span>
      <span className="key state-visited">{s.legend.visited}</span>
      <span className="key state-idle">{s.legend.idle}</span>
      <span className="key in-level">{s.legend.level}</span>
    </p>
  );
}
