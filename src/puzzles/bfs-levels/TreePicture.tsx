// The tree, drawn from layoutTree: edges in an SVG underneath, nodes as HTML on top. In play mode
// the whole picture is one image (role="img") coloured by the player's step; in edit mode nodes
// and the empty child slots are real buttons, so the tree can be built with the keyboard too.
// Edit mode doubles the columns: in-order ranks of the tree with its empty slots as leaves are
// slot, node, slot, node, …, so node x sits at column 2x+1 and its slots at 2x and 2x+2.
import type { TreeLayout } from './core/layout.ts';
import type { BinaryTree } from './core/tree.ts';
import type { NodeState } from './bfs-frame.ts';
import { s } from './strings.ts';

export type TreeSelection =
  { readonly kind: 'node'; readonly id: number } | { readonly kind: 'slot'; readonly parent: number | null; readonly side: 'left' | 'right' };

interface Common {
  readonly tree: BinaryTree;
  readonly layout: TreeLayout;
}
export type TreePictureProps = Common &
  (
    | { readonly mode: 'play'; readonly label: string; readonly stateOf: (id: number) => NodeState; readonly ringOf: (depth: number) => boolean }
    | { readonly mode: 'edit'; readonly selection: TreeSelection | null; readonly onSelect: (sel: TreeSelection) => void }
  );

const ROW = 60;
const PAD = 24;

export function TreePicture(props: TreePictureProps) {
  const { tree, layout } = props;
  const edit = props.mode === 'edit';
  const unit = edit ? 26 : 44;
  const cols = edit ? 2 * layout.width + 1 : layout.width;
  const rows = Math.max(1, layout.height + (edit ? 1 : 0));
  const width = Math.max(cols * unit + 2 * PAD, 120);
  const height = rows * ROW + PAD;
  const cx = (col: number) => PAD + (col + 0.5) * unit;
  const cy = (row: number) => PAD / 2 + (row + 0.5) * ROW;
  const nodeCol = (x: number) => (edit ? 2 * x + 1 : x);

  const slots: { parent: number; side: 'left' | 'right'; col: number; row: number }[] = [];
  if (edit) {
    for (const n of tree.nodes) {
      const l = layout.nodes[n.id];
      if (!l) continue;
      if (n.left === null) slots.push({ parent: n.id, side: 'left', col: 2 * l.x, row: l.y + 1 });
      if (n.right === null) slots.push({ parent: n.id, side: 'right', col: 2 * l.x + 2, row: l.y + 1 });
    }
  }
  const selected = edit ? props.selection : null;
  const isSelectedSlot = (parent: number | null, side: 'left' | 'right') => selected?.kind === 'slot' && selected.parent === parent && selected.side === side;

  const edges = (
    <svg className="bfs-edges" width={width} height={height} aria-hidden="true">
      {layout.edges.map((e) => {
        const a = layout.nodes[e.from];
        const b = layout.nodes[e.to];
        return a && b ? <line key={`${e.from}-${e.to}`} x1={cx(nodeCol(a.x))} y1={cy(a.y)} x2={cx(nodeCol(b.x))} y2={cy(b.y)} /> : null;
      })}
      {slots.map((sl) => {
        const p = layout.nodes[sl.parent];
        return p ? <line key={`s${sl.parent}${sl.side}`} className="slot-edge" x1={cx(nodeCol(p.x))} y1={cy(p.y)} x2={cx(sl.col)} y2={cy(sl.row)} /> : null;
      })}
    </svg>
  );

  if (props.mode === 'play') {
    return (
      <div className="bfs-tree-scroll">
        <div className="bfs-tree" style={{ width, height }} role="img" aria-label={props.label} data-testid="tree-picture">
          {edges}
          {layout.nodes.map((n) => (
            <span
              key={n.id}
              className={`bfs-node state-${props.stateOf(n.id)}${props.ringOf(n.y) ? ' in-level' : ''}`}
              style={{ left: cx(n.x), top: cy(n.y) }}
              data-node={n.id}
            >
              {n.value}
            </span>
          ))}
        </div>
      </div>
    );
  }
  const { onSelect } = props;
  // Tab order = reading order: row by row, left to right, nodes and slots together.
  type Item = { kind: 'node'; node: (typeof layout.nodes)[number]; col: number; row: number } | ({ kind: 'slot' } & (typeof slots)[number]);
  const items: Item[] = [
    ...layout.nodes.map((node) => ({ kind: 'node' as const, node, col: nodeCol(node.x), row: node.y })),
    ...slots.map((sl) => ({ kind: 'slot' as const, ...sl })),
  ];
  items.sort((a, b) => a.row - b.row || a.col - b.col);
  return (
    <div className="bfs-tree-scroll">
      <div className="bfs-tree editing" style={{ width, height }} role="group" aria-label={s.treeEditLabel} data-testid="tree-editor">
        {edges}
        {tree.root === null && (
          <button
            type="button"
            className={`bfs-slot root-slot${isSelectedSlot(null, 'left') ? ' selected' : ''}`}
            style={{ left: width / 2, top: cy(0) }}
            onClick={() => onSelect({ kind: 'slot', parent: null, side: 'left' })}
          >
            {s.addRoot}
          </button>
        )}
        {items.map((item) => {
          if (item.kind === 'node') {
            const n = item.node;
            const on = selected?.kind === 'node' && selected.id === n.id;
            return (
              <button
                type="button"
                key={`n${n.id}`}
                className={`bfs-node state-idle${on ? ' selected' : ''}`}
                style={{ left: cx(item.col), top: cy(item.row) }}
                aria-label={s.nodeButton(n.value, n.y)}
                aria-pressed={on}
                onClick={() => onSelect({ kind: 'node', id: n.id })}
              >
                {n.value}
              </button>
            );
          }
          const on = isSelectedSlot(item.parent, item.side);
          return (
            <button
              type="button"
              key={`s${item.parent}${item.side}`}
              className={`bfs-slot${on ? ' selected' : ''}`}
              style={{ left: cx(item.col), top: cy(item.row) }}
              aria-label={s.slotButton(tree.nodes[item.parent]?.value ?? 0, item.side)}
              aria-pressed={on}
              onClick={() => onSelect({ kind: 'slot', parent: item.parent, side: item.side })}
            >
              +
            </button>
          );
        })}
      </div>
    </div>
  );
}
