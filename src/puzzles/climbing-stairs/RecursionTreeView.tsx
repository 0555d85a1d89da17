// The recursion tree of ways(n), call by call: each call appears when it is made, memo hits are
// answered at once (no subtree), values appear when calls return, and the current call stack is
// highlighted. With the memo off the same picture shows the exponential tree it saves.
import { useEffect, useMemo, useState } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { type MemoEvent, traceMemoTree } from './core/memo.ts';
import { MAX_N_TREE, type StepSet } from './core/steps.ts';
import { T } from './strings.ts';
import { layoutTree, nodeTimes, stackOf } from './tree-layout.ts';

const STEP_MS = 500;
const MAX_NODES = 320;
const ROW = 56;

export function RecursionTreeView({ n, steps }: { n: number; steps: StepSet }) {
  const [memo, setMemo] = useState(true);
  const base = Math.min(n, MAX_N_TREE);
  const trace = useMemo(() => {
    let m = base;
    let t = traceMemoTree(m, steps, { memo });
    while (t.nodes.length > MAX_NODES && m > 0) t = traceMemoTree(--m, steps, { memo });
    return { shown: m, ...t };
  }, [base, steps, memo]);
  const layout = useMemo(() => layoutTree(trace.nodes), [trace]);
  const times = useMemo(() => nodeTimes(trace.nodes.length, trace.events), [trace]);
  const eventTimes = useMemo(() => trace.events.map((_, i) => i * STEP_MS), [trace]);
  const player = usePlayer(eventTimes, trace.events.length * STEP_MS, 2);
  // Open on the finished tree; ▶ replays it from the first call. (toEnd is a new function each
  // render; the run, not the function, is what should trigger this.)
  const { toEnd } = player;
  useEffect(() => toEnd(), [eventTimes]);
  const at = player.index;
  const current = trace.events[at];
  const stack = useMemo(() => stackOf(trace.nodes, current ? current.node : null), [trace, current]);
  const col = Math.max(22, Math.min(48, 760 / layout.columns));
  const width = layout.columns * col;
  const height = layout.rows * ROW;
  const px = (x: number) => x * col + col / 2;
  const py = (y: number) => y * ROW + 20;
  const r = Math.min(14, col / 2 - 2);

  const columns: TraceColumn<MemoEvent>[] = [
    { header: T.stepCol, cell: (_e, i) => i + 1 },
    { header: T.depthCol, cell: (e) => trace.nodes[e.node]?.depth ?? '' },
    { header: T.whyCol, className: 'why', cell: (e) => T.event(e, trace.nodes[e.node]?.n ?? 0, 'value' in e ? e.value : '') },
  ];

  return (
    <div className="stairs-tree" data-testid="stairs-tree">
      <p className="small">
        {T.treeIntro(trace.shown, n)}
        {!memo && trace.shown < base && ` ${T.treeShrunk(trace.nodes.length)}`}{' '}
        <strong data-testid="tree-stats">{T.treeStats(trace.ops.calls, trace.ops.memoHits)}</strong>
      </p>
      <label className="row small">
        <input type="checkbox" checked={memo} onChange={(e) => setMemo(e.target.checked)} data-testid="tree-memo" />
        {T.treeMemo}
      </label>
      <PlayerControls player={player} rowCount={trace.events.length} />
      <p className="stairs-now" aria-live="polite">
        {current ? T.event(current, trace.nodes[current.node]?.n ?? 0, 'value' in current ? current.value : '') : ''}
      </p>
      <div className="tree-scroll">
        <svg
          className="stairs-tree-svg"
          viewBox={`0 0 ${width} ${height}`}
          style={{ width: '100%', maxWidth: `${width}px`, minWidth: `${Math.round(width * 0.6)}px` }}
          role="img"
          aria-label={T.treeAria(trace.shown, trace.nodes.length)}
        >
          {trace.nodes.map((node) => {
            if (node.parent === null || (times.appear[node.id] ?? Infinity) > at) return null;
            const a = layout.placed[node.parent];
            const b = layout.placed[node.id];
            return a && b ? (
              <line key={`e${node.id}`} className={`tree-edge${stack.has(node.id) ? ' on-stack' : ''}`} x1={px(a.x)} y1={py(a.y)} x2={px(b.x)} y2={py(b.y)} />
            ) : null;
          })}
          {trace.nodes.map((node) => {
            if ((times.appear[node.id] ?? Infinity) > at) return null;
            const p = layout.placed[node.id];
            if (!p) return null;
            const settled = (times.settle[node.id] ?? Infinity) <= at;
            const cls = `tree-node kind-${node.kind}${stack.has(node.id) ? ' on-stack' : ''}${current?.node === node.id ? ' current' : ''}`;
            return (
              <g key={node.id} className={cls} transform={`translate(${px(p.x)} ${py(p.y)})`}>
                <circle r={r} />
                <text className="tree-n" dy="0.35em" textAnchor="middle" style={{ fontSize: `${Math.max(9, r)}px` }}>
                  {node.n}
                </text>
                {settled && col >= 26 && (
                  <text className="tree-value" y={r + 12} textAnchor="middle">
                    {node.value.length > 6 ? `${node.value.slice(0, 5)}…` : node.value}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <p className="legend small" aria-hidden="true">
        <span className="legend-chip kind-computed">{T.treeLegend.computed}</span>
        <span className="legend-chip kind-memo-hit">{T.treeLegend.hit}</span>
        <span className="legend-chip kind-base">{T.treeLegend.base}</span>
        <span className="legend-chip on-stack">{T.treeLegend.stack}</span>
      </p>
      <TraceTable caption={T.treeTitle} rows={trace.events} columns={columns} currentIndex={at} onSelect={(i) => player.seek(i * STEP_MS)} />
    </div>
  );
}
