// commit vs save vs export, computed from the current image and container: one column each.
import type { ReactNode } from 'react';
import type { ImageConfig } from './core/base-images.ts';
import type { OutputRow } from './core/outputs.ts';
import { S } from './strings.ts';
import { useBytes } from './use-bytes.ts';

function configText(c: ImageConfig): string {
  const parts: string[] = [];
  if (c.entrypoint) parts.push(`ENTRYPOINT ${JSON.stringify(c.entrypoint)}`);
  if (c.cmd) parts.push(`CMD ${JSON.stringify(c.cmd)}`);
  parts.push(`ENV ×${c.env.length}`);
  return parts.join(' · ');
}

export function OutputsTable({ rows }: { rows: readonly OutputRow[] }) {
  const bytes = useBytes();
  if (rows.length === 0) return null;
  const cell = (render: (r: OutputRow) => ReactNode) =>
    rows.map((r) => (
      <td key={r.command} data-command={r.command}>
        {render(r)}
      </td>
    ));
  return (
    <section className="lab-box" id="outputs" aria-labelledby="dk-outputs-title">
      <h2 id="dk-outputs-title">{S.outputsTitle}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table className="dk-outputs" data-testid="outputs">
          <caption>{S.outputsCaption}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((r) => (
                <th key={r.command} scope="col" className="mono">
                  {S.outCols[r.command]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-row="bytes">
              <th scope="row">{S.outRows.bytes}</th>
              {cell((r) => S.outBytes[r.command](bytes(r.bytes)))}
            </tr>
            <tr data-row="layers">
              <th scope="row">{S.outRows.layers}</th>
              {cell((r) => r.layers)}
            </tr>
            <tr data-row="history">
              <th scope="row">{S.outRows.history}</th>
              {cell((r) => r.historyEntries)}
            </tr>
            <tr data-row="config">
              <th scope="row">{S.outRows.config}</th>
              {cell((r) => (r.config ? <span className="mono small">{S.kept(configText(r.config))}</span> : <strong>{S.lost}</strong>))}
            </tr>
            <tr data-row="changes">
              <th scope="row">{S.outRows.changes}</th>
              {cell((r) => (r.includesContainerChanges ? S.yes : S.no))}
            </tr>
            <tr data-row="names">
              <th scope="row">{S.outRows.names}</th>
              {cell((r) => (
                <ul className="dk-names">
                  {r.names.map((n) => (
                    <li key={n} className="mono small">
                      {n}
                    </li>
                  ))}
                </ul>
              ))}
            </tr>
            <tr data-row="back">
              <th scope="row">{S.outRows.back}</th>
              {cell((r) => (
                <span className="small">{S.backHow[r.command]}</span>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
