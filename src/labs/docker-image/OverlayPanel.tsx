// The running container over overlay2: the operations done in it (each a row with overlay2's
// answer), then lowerdir (the image's layers), upperdir (with copy-ups, whiteouts, opaque dirs and
// their tar names) and merged side by side.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import type { StageImage } from './core/build.ts';
import { merged, tarNames, type OverlayEvent, type OverlayOp, type OverlayState } from './core/overlay.ts';
import type { LabParams } from './core/params.ts';
import { OverlayForm } from './OverlayForm.tsx';
import { S } from './strings.ts';
import { useBytes } from './use-bytes.ts';

const SHOWN = 5;
// The build budget lets an image hold a few thousand entries; rows (and path suggestions) past
// this many would only slow the page down, so the rest are counted instead.
const MERGED_SHOWN = 200;

function opText(op: OverlayOp, bytes: (n: number) => string): string {
  return op.op === 'write' ? `echo … >> ${op.path}  (+${bytes(op.bytes)})` : op.op === 'delete' ? `rm -rf ${op.path}` : `mkdir ${op.path}`;
}

function eventText(e: OverlayEvent, bytes: (n: number) => string): string {
  switch (e.code) {
    case 'created':
    case 'appended':
      return S.events[e.code](bytes(e.size));
    case 'copied-up':
      return S.events['copied-up'](bytes(e.copied), bytes(e.size));
    case 'whiteout':
    case 'removed-and-whiteout':
      return S.events[e.code](bytes(e.hidden));
    case 'removed-upper':
      return S.events['removed-upper']();
    default:
      return S.events[e.code]();
  }
}

interface Props {
  readonly image: StageImage;
  readonly state: OverlayState;
  readonly onChange: (edit: Edit<LabParams>) => void;
}

export function OverlayPanel({ image, state, onChange }: Props) {
  const bytes = useBytes();
  const files = merged(state);
  const shownFiles = files.slice(0, MERGED_SHOWN);
  const upper = [...state.upper.values()];
  return (
    <section className="lab-box" id="overlay" aria-labelledby="dk-overlay-title" data-testid="overlay">
      <h2 id="dk-overlay-title">{S.overlayTitle}</h2>
      <p className="small muted">{S.overlayHelp}</p>
      <OverlayForm paths={shownFiles.map((f) => f.path)} count={state.events.length} onAdd={(op) => onChange((latest) => ({ ops: [...latest.ops, op] }))} />
      {state.events.length > 0 && (
        <div className="table-scroll" tabIndex={0}>
          <table className="dk-ops" data-testid="overlay-events">
            <caption>{S.opsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{S.opCols.op}</th>
                <th scope="col">{S.opCols.effect}</th>
                <th scope="col">
                  <span className="visually-hidden">{S.opCols.undo}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.events.map((e, i) => (
                <tr key={i} data-code={e.code} className={e.code === 'no-such-file' || e.code === 'exists' || e.code === 'is-a-directory' ? 'dk-row-miss' : ''}>
                  <td>{i + 1}</td>
                  <td className="mono">{opText(e.op, bytes)}</td>
                  <td className="why">{eventText(e, bytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={S.removeOp(i + 1)}
                      title={S.removeOp(i + 1)}
                      onClick={() => onChange((latest) => ({ ops: latest.ops.filter((_, j) => j !== i) }))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="link-button" onClick={() => onChange({ ops: [] })}>
            {S.clearOps}
          </button>
        </div>
      )}
      <div className="dk-overlay-cols">
        <div className="dk-col">
          <h3>{S.lowerTitle}</h3>
          <ol className="dk-lower" reversed>
            {[...image.layers].reverse().map((l) => {
              const real = l.entries.filter((e) => e.kind !== 'dir');
              return (
                <li key={l.id}>
                  <span className="mono small">
                    {l.baseLayers !== undefined ? S.baseLayers(l.createdBy, l.baseLayers) : `${S.layerLine(l.line)}: ${l.createdBy}`}
                  </span>
                  <ul>
                    {real.slice(0, SHOWN).map((e) => (
                      <li key={e.path} className="mono small">
                        {e.kind === 'whiteout' ? `${e.path} (${S.whiteoutLabel})` : `${e.path}${e.kind === 'tree' ? '/' : ''} ${bytes(e.size)}`}
                      </li>
                    ))}
                    {real.length > SHOWN && <li className="small muted">{S.more(real.length - SHOWN)}</li>}
                  </ul>
                </li>
              );
            })}
          </ol>
        </div>
        <div className="dk-col dk-upper" data-testid="upperdir">
          <h3>{S.upperTitle}</h3>
          {upper.length === 0 ? (
            <p className="small muted">{S.upperEmpty}</p>
          ) : (
            <ul>
              {upper.map((u) => (
                <li key={u.path} className={`mono small dk-upper-${u.kind}`} data-kind={u.kind}>
                  {u.path}{' '}
                  {u.kind === 'file' && (
                    <>
                      {bytes(u.size)}
                      {u.copiedUp > 0 && <span className="badge">{S.copiedUpLabel(bytes(u.copiedUp))}</span>}
                    </>
                  )}
                  {u.kind === 'whiteout' && <span className="badge">{S.whiteoutLabel}</span>}
                  {u.kind === 'opaque-dir' && <span className="badge">{S.opaqueLabel}</span>}
                  {u.kind === 'dir' && <span className="badge">{S.dirLabel}</span>}
                </li>
              ))}
            </ul>
          )}
          {upper.length > 0 && (
            <>
              <h4 className="small">{S.tarLabel}</h4>
              <ul data-testid="tar-names">
                {tarNames(state.upper).map((n) => (
                  <li key={n} className="mono small">
                    {n}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="dk-col">
          <h3>{S.mergedTitle}</h3>
          <p className="small muted">{S.mergedLegend}</p>
          <ul data-testid="merged">
            {shownFiles.map((f) => (
              <li key={f.path} className={`mono small${f.content === 'upper' ? ' dk-from-upper' : ''}`}>
                {f.path}
                {f.kind === 'tree' ? '/' : ''} {bytes(f.size)}
              </li>
            ))}
            {files.length > MERGED_SHOWN && <li className="small muted">{S.more(files.length - MERGED_SHOWN)}</li>}
          </ul>
        </div>
      </div>
    </section>
  );
}
