// The small form under the tree in edit mode: a value for a new child, or a node's new value and
// a delete button. Esc cancels; the value is checked in place (32-bit integer, as the parser).
import { useId, useState } from 'react';
import { MAX_NODES } from './core/parse-tree.ts';
import type { BinaryTree } from './core/tree.ts';
import { type TreeEdit, subtreeSize } from './core/tree-edit.ts';
import { s } from './strings.ts';
import type { TreeSelection } from './TreePicture.tsx';

export interface NodeEditorProps {
  readonly tree: BinaryTree;
  readonly selection: TreeSelection;
  readonly onEdit: (edit: TreeEdit) => void;
  readonly onCancel: () => void;
}

export function parseNodeValue(text: string): number | null {
  const t = text.trim().replace('−', '-');
  if (!/^-?\d+$/.test(t)) return null;
  const v = Number(t);
  return v >= -(2 ** 31) && v <= 2 ** 31 - 1 ? (v === 0 ? 0 : v) : null;
}

export function NodeEditor({ tree, selection, onEdit, onCancel }: NodeEditorProps) {
  const id = useId();
  const node = selection.kind === 'node' ? tree.nodes[selection.id] : undefined;
  const [text, setText] = useState(node ? String(node.value) : '');
  const [error, setError] = useState<string | null>(null);
  const full = selection.kind === 'slot' && tree.nodes.length >= MAX_NODES;
  const parentValue = selection.kind === 'slot' && selection.parent !== null ? (tree.nodes[selection.parent]?.value ?? null) : null;
  const title = selection.kind === 'slot' ? s.editorAddTitle(parentValue, selection.side) : s.editorEditTitle(node?.value ?? 0);

  const submit = () => {
    const value = parseNodeValue(text);
    if (value === null) return setError(s.valueError);
    if (selection.kind === 'slot') onEdit({ kind: 'add', parent: selection.parent, side: selection.side, value });
    else onEdit({ kind: 'set', node: selection.id, value });
  };
  return (
    <form
      className="bfs-node-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      data-testid="node-editor"
    >
      <strong>{title}</strong>
      <label htmlFor={id}>{s.valueLabel}</label>
      <input
        id={id}
        // Focus moves here when a node or slot is chosen, so the keyboard user can type at once.
        autoFocus
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        size={12}
      />
      <button type="submit" className="primary" disabled={full}>
        {selection.kind === 'slot' ? s.add : s.save}
      </button>
      {selection.kind === 'node' && (
        <button type="button" onClick={() => onEdit({ kind: 'delete', node: selection.id })}>
          {s.remove(subtreeSize(tree, selection.id))}
        </button>
      )}
      <button type="button" onClick={onCancel}>
        {s.cancel}
      </button>
      {(error ?? (full ? s.treeFull(MAX_NODES) : null)) && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error ?? s.treeFull(MAX_NODES)}
        </span>
      )}
    </form>
  );
}
