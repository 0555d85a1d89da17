// One container operation at a time: write (append bytes), delete (rm -rf) or mkdir, on a path
// picked from the merged view or typed. Each becomes part of the URL's `ops`.
import { useId, useState } from 'react';
import { MAX_OPS, MAX_OP_BYTES } from './core/params.ts';
import type { OverlayOp } from './core/overlay.ts';
import { S } from './strings.ts';

const PATH = /^\/[A-Za-z0-9._\-/]{1,200}$/;

export function OverlayForm({ paths, count, onAdd }: { paths: readonly string[]; count: number; onAdd: (op: OverlayOp) => void }) {
  const id = useId();
  const [kind, setKind] = useState<OverlayOp['op']>('write');
  const [path, setPath] = useState('/app/server.js');
  const [bytes, setBytes] = useState('100');
  const n = Number(bytes);
  const pathOk = PATH.test(path);
  const bytesOk = kind !== 'write' || (Number.isInteger(n) && n >= 1 && n <= MAX_OP_BYTES);
  const full = count >= MAX_OPS;
  return (
    <form
      className="dk-op-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pathOk || !bytesOk || full) return;
        onAdd(kind === 'write' ? { op: 'write', path, bytes: n } : { op: kind, path });
      }}
    >
      <div className="param-field">
        <label htmlFor={`${id}-op`}>{S.opLabel}</label>
        <select id={`${id}-op`} data-testid="op-kind" value={kind} onChange={(e) => setKind(e.target.value as OverlayOp['op'])}>
          <option value="write">{S.opWrite}</option>
          <option value="delete">{S.opDelete}</option>
          <option value="mkdir">{S.opMkdir}</option>
        </select>
      </div>
      <div className="param-field dk-op-path">
        <label htmlFor={`${id}-path`}>{S.pathLabel}</label>
        <input
          id={`${id}-path`}
          data-testid="op-path"
          type="text"
          list={`${id}-paths`}
          spellCheck={false}
          autoCapitalize="off"
          value={path}
          aria-invalid={pathOk ? undefined : true}
          aria-describedby={pathOk ? undefined : `${id}-path-error`}
          onChange={(e) => setPath(e.target.value)}
        />
        <datalist id={`${id}-paths`}>
          {paths.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        {!pathOk && (
          <span id={`${id}-path-error`} className="field-error" role="alert">
            {S.badPath}
          </span>
        )}
      </div>
      {kind === 'write' && (
        <div className="param-field">
          <label htmlFor={`${id}-bytes`}>{S.bytesLabel}</label>
          <input
            id={`${id}-bytes`}
            data-testid="op-bytes"
            type="number"
            min={1}
            max={MAX_OP_BYTES}
            value={bytes}
            aria-invalid={bytesOk ? undefined : true}
            onChange={(e) => setBytes(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="primary" data-testid="op-add" disabled={!pathOk || !bytesOk || full}>
        {S.addOp}
      </button>
      {full && <span className="small muted">{S.tooManyOps}</span>}
    </form>
  );
}
