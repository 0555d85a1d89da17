// Generate the whole batch in the worker and download it: format, grouping, optional write to
// disk, a progress bar with speed and time left, and cancel.
import { useId, useState } from 'react';
import type { BatchConfig, CodeBatch } from './core/codes.ts';
import { type CodesFormat, chunkSizeFor } from './codes-protocol.ts';
import { fmtBytes, fmtInt, fmtSeconds } from '../../lib/format-number.ts';
import { s } from './strings.ts';
import { savePicker, useCodeDownload } from './use-code-download.ts';

export function GeneratePanel({ batch, config }: { batch: CodeBatch; config: BatchConfig }) {
  const id = useId();
  const [format, setFormat] = useState<CodesFormat>('txt');
  const [grouped, setGrouped] = useState(false);
  const [toDisk, setToDisk] = useState(false);
  const canDisk = savePicker() !== null;
  const { state, start, cancel } = useCodeDownload();
  const running = state.phase === 'running';
  const lineBytes = (grouped ? batch.codeLength + Math.floor((batch.codeLength - 1) / 4) : batch.codeLength) + 1;
  const estimate = batch.count * (lineBytes + (format === 'csv' ? String(batch.count).length + 1 : 0));
  const fileName = `codes-${batch.prefix || 'batch'}-${batch.count}.${format}`;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s.generateTitle}</h2>
      <div className="codes-options">
        <fieldset disabled={running}>
          <legend>{s.formatLabel}</legend>
          {(['txt', 'csv'] as const).map((f) => (
            <label key={f}>
              <input type="radio" name={`${id}-format`} checked={format === f} onChange={() => setFormat(f)} /> {f === 'txt' ? s.formatTxt : s.formatCsv}
            </label>
          ))}
        </fieldset>
        <label className="codes-check">
          <input type="checkbox" checked={grouped} disabled={running} onChange={(e) => setGrouped(e.target.checked)} /> {s.groupedLabel}
        </label>
        {canDisk ? (
          <label className="codes-check">
            <input type="checkbox" checked={toDisk} disabled={running} onChange={(e) => setToDisk(e.target.checked)} /> {s.fsLabel}
          </label>
        ) : (
          <p className="muted small">{s.fsUnavailable}</p>
        )}
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={running}
          onClick={() => void start({ config, format, grouped, chunkSize: chunkSizeFor(batch.count) }, fileName, toDisk && canDisk)}
          data-testid="generate"
        >
          {s.generate(fmtInt(batch.count))}
        </button>
        {running && (
          <button type="button" onClick={cancel} data-testid="cancel">
            {s.cancel}
          </button>
        )}
        <span className="muted small">{s.estimate(fmtBytes(estimate))}</span>
      </div>
      <GenStatus state={state} />
    </section>
  );
}

function GenStatus({ state }: { state: ReturnType<typeof useCodeDownload>['state'] }) {
  const id = useId();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const elapsed = performance.now() - state.startedAt;
      const rate = elapsed > 0 ? (state.done / elapsed) * 1000 : 0;
      const eta = rate > 0 ? ((state.total - state.done) / rate) * 1000 : 0;
      const pct = state.total > 0 ? `${((100 * state.done) / state.total).toFixed(0)}%` : '0%';
      return (
        <div className="codes-progress" data-testid="gen-progress">
          <label htmlFor={id}>{s.progressLabel}</label>
          <progress id={id} max={state.total} value={state.done} aria-valuetext={pct} />
          <span className="small">{s.progress(fmtInt(state.done), fmtInt(state.total), pct)}</span>
          {state.done > 0 && <span className="muted small">{s.rate(fmtInt(rate), s.seconds(fmtSeconds(eta)))}</span>}
        </div>
      );
    }
    case 'done':
      return (
        <p className="codes-done" role="status" data-testid="gen-done">
          <span className="ok">{s.finished(fmtInt(state.total), fmtBytes(state.bytes), fmtSeconds(state.ms))}</span>{' '}
          {state.url ? (
            <a href={state.url} download={state.fileName}>
              {s.downloadAgain}
              {s.paren(state.fileName)}
            </a>
          ) : (
            s.savedToDisk
          )}
        </p>
      );
    case 'cancelled':
      return (
        <p role="status" className="muted" data-testid="gen-cancelled">
          {state.reason === 'user' ? s.cancelled : s.pickerAborted}
        </p>
      );
    case 'error':
      return (
        <p role="alert" className="error">
          {s.failed(state.message)}
        </p>
      );
  }
}
