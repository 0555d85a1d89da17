// Where the log comes from: a file the user picks (read in the worker, never uploaded) or the
// seeded sample, whose parameters live in the URL. The sample can also be downloaded to try the
// shell pipeline on it.
import { useId, useMemo } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { type LogOptions, generateLogChunks } from './core/log-generator.ts';
import type { TopIpsParams } from './core/params.ts';
import { fmtBytes, fmtInt } from '../../lib/format-number.ts';
import { ProgressLine } from './ProgressLine.tsx';
import { s } from './strings.ts';
import type { CountSource } from './use-log-count.ts';
import { useSampleDownload } from './use-sample-download.ts';

export interface SourcePanelProps {
  readonly values: TopIpsParams;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<TopIpsParams>) => void;
  readonly onRun: (source: CountSource) => void;
  readonly busy: boolean;
}

export function sampleOptions(v: TopIpsParams): LogOptions {
  return { seed: v.seed, lines: v.lines, malformedShare: v.malformedShare, ipv6Share: v.ipv6Share };
}

export function SourcePanel({ values, errors, onChange, onRun, busy }: SourcePanelProps) {
  const fileId = useId();
  const options = useMemo(() => sampleOptions(values), [values]);
  // The first lines of the same seeded stream: the generator is sequential, so they do not depend on the line count.
  const preview = useMemo(() => [...generateLogChunks({ ...options, lines: 5 })].join('').trimEnd(), [options]);
  const download = useSampleDownload();
  const dl = download.state;
  const fileName = `access-seed${values.seed}-${values.lines}.log`;

  return (
    <section className="panel" aria-labelledby="ips-source-title">
      <h2 id="ips-source-title">{s.sourceTitle}</h2>
      <div className="param-field">
        <label htmlFor={fileId}>{s.fileLabel}</label>
        <input
          id={fileId}
          type="file"
          accept=".log,.txt,text/plain"
          aria-describedby={`${fileId}-help`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onRun({ kind: 'file', file });
          }}
          data-testid="log-file"
        />
        <span id={`${fileId}-help`} className="muted small">
          {s.fileHelp}
        </span>
      </div>

      <h3>{s.sampleTitle}</h3>
      <p className="muted small">{s.sampleHelp}</p>
      <div className="ips-params">
        <NumberField
          name="lines"
          label={s.linesLabel}
          value={values.lines}
          min={1}
          max={2_000_000}
          integer
          error={errors['lines']}
          onChange={(lines) => onChange({ lines })}
        />
        <NumberField
          name="seed"
          label={s.seedLabel}
          value={values.seed}
          min={0}
          max={2 ** 32 - 1}
          integer
          error={errors['seed']}
          onChange={(seed) => onChange({ seed })}
        />
        <NumberField
          name="malformed"
          label={s.malformedLabel}
          value={values.malformedShare}
          min={0}
          max={0.5}
          step={0.001}
          error={errors['malformed']}
          onChange={(malformedShare) => onChange({ malformedShare })}
        />
        <NumberField
          name="ipv6"
          label={s.ipv6Label}
          value={values.ipv6Share}
          min={0}
          max={1}
          step={0.05}
          error={errors['ipv6']}
          onChange={(ipv6Share) => onChange({ ipv6Share })}
        />
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => onRun({ kind: 'sample', options })} data-testid="count-sample">
          {s.countSample}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={download.state.phase === 'running'}
          onClick={() => download.start(options, fileName)}
          data-testid="download-sample"
        >
          {s.downloadSample}
        </button>
        {download.state.phase === 'running' && (
          <button type="button" onClick={download.cancel}>
            {s.cancel}
          </button>
        )}
      </div>
      {dl.phase === 'running' && (
        <ProgressLine label={s.downloadSample} done={dl.done} total={dl.total} text={(pct) => s.progressLines(fmtInt(dl.done), fmtInt(dl.total), pct)} />
      )}
      {download.state.phase === 'done' && (
        <p className="small" role="status">
          {s.downloadDone(download.state.fileName, fmtBytes(download.state.bytes))}{' '}
          <a href={download.state.url} download={download.state.fileName}>
            {s.downloadAgain}
          </a>
        </p>
      )}
      {download.state.phase === 'error' && (
        <p className="error" role="alert">
          {s.failed(download.state.message)}
        </p>
      )}
      <details className="ips-preview">
        <summary>{s.samplePreview}</summary>
        <pre tabIndex={0}>{preview}</pre>
      </details>
    </section>
  );
}
