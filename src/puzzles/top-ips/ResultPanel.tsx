// The counts: totals (lines, malformed lines skipped, distinct IPs, size, speed) and the top N as
// a table whose last column is the bar chart. While a file is still being read the table shows
// the provisional ranking the worker sends every ~300 ms.
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { CounterStats } from './core/ip-counter.ts';
import type { TopEntry } from './core/top-n.ts';
import { fmtBytes, fmtInt, fmtSeconds } from '../../lib/format-number.ts';
import { ProgressLine } from './ProgressLine.tsx';
import { s } from './strings.ts';
import type { CountSource, CountState } from './use-log-count.ts';

export interface ResultPanelProps {
  readonly state: CountState;
  readonly top: number;
  readonly topError: string | undefined;
  readonly onTop: (n: number) => void;
  readonly onCancel: () => void;
}

const sourceText = (src: CountSource) => (src.kind === 'file' ? src.file.name : s.sourceSample(fmtInt(src.options.lines ?? 0), src.options.seed));

export function ResultPanel({ state, top, topError, onTop, onCancel }: ResultPanelProps) {
  const running = state.phase === 'running';
  const stats = state.phase === 'done' ? state.stats : running ? state.stats : null;
  const entries = state.phase === 'done' ? state.top : running ? state.top : null;
  return (
    <section className="panel" aria-labelledby="ips-result-title" data-testid="ips-result">
      <h2 id="ips-result-title">{s.resultTitle}</h2>
      {running && (
        <div className="row ips-running">
          <ProgressLine
            label={s.progressLabel}
            done={state.done}
            total={state.total}
            text={(pct) =>
              state.unit === 'bytes'
                ? s.progressBytes(fmtBytes(state.done), fmtBytes(state.total), pct)
                : s.progressLines(fmtInt(state.done), fmtInt(state.total), pct)
            }
          />
          <button type="button" onClick={onCancel} data-testid="cancel-count">
            {s.cancel}
          </button>
        </div>
      )}
      {state.phase === 'idle' && <p className="muted">{s.resultNone}</p>}
      {state.phase === 'cancelled' && (
        <p className="muted" role="status">
          {s.cancelled}
        </p>
      )}
      {state.phase === 'error' && (
        <p className="error" role="alert">
          {s.failed(state.message)}
        </p>
      )}
      {(state.phase === 'done' || running) && <p className="small">{s.resultSource(sourceText(state.source))}</p>}
      {stats && <StatsList stats={stats} ms={state.phase === 'done' ? state.ms : null} showSpeed={state.phase === 'done' && state.source.kind === 'file'} />}
      <div className="ips-top-field">
        <NumberField name="top" label={s.topLabel} value={top} min={1} max={100} integer error={topError} onChange={onTop} />
      </div>
      {entries && <TopTable entries={entries.slice(0, top)} valid={stats ? stats.lines - stats.malformedLines : 0} partial={running} n={top} />}
    </section>
  );
}

function StatsList({ stats, ms, showSpeed }: { stats: CounterStats; ms: number | null; showSpeed: boolean }) {
  return (
    <dl className="stat-row ips-stats" data-testid="ips-stats">
      <div>
        <dt>{s.stats.lines}</dt>
        <dd data-testid="stat-lines">{fmtInt(stats.lines)}</dd>
      </div>
      <div>
        <dt>{s.stats.valid}</dt>
        <dd>{fmtInt(stats.lines - stats.malformedLines)}</dd>
      </div>
      <div>
        <dt>{s.stats.malformed}</dt>
        <dd data-testid="stat-malformed">{fmtInt(stats.malformedLines)}</dd>
      </div>
      <div>
        <dt>{s.stats.distinct}</dt>
        <dd data-testid="stat-distinct">{fmtInt(stats.distinctIps)}</dd>
      </div>
      <div>
        <dt>{s.stats.bytes}</dt>
        <dd>{fmtBytes(stats.bytes)}</dd>
      </div>
      {ms !== null && (
        <div>
          <dt>{s.stats.time}</dt>
          <dd>
            {fmtSeconds(ms)} s{showSpeed && <span className="muted small"> {s.speed((stats.bytes / 1024 ** 2 / Math.max(ms / 1000, 1e-3)).toFixed(0))}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}

function TopTable({ entries, valid, partial, n }: { entries: readonly TopEntry[]; valid: number; partial: boolean; n: number }) {
  if (entries.length === 0) return <p className="muted">{partial ? s.partial : s.noIps}</p>;
  const max = entries[0]?.[1] ?? 1;
  return (
    <div className="table-scroll">
      <table className="ips-table" data-testid="top-table">
        <caption>
          {s.tableCaption(Math.min(n, entries.length))}
          {partial && <span className="muted"> {s.partial}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.colRank}</th>
            <th scope="col">{s.colIp}</th>
            <th scope="col" className="num">
              {s.colCount}
            </th>
            <th scope="col" className="num">
              {s.colShare}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([ip, count], i) => (
            <tr key={ip} data-ip={ip} data-count={count}>
              <td className="num">{i + 1}</td>
              <td className="ip-col">
                <code>{ip}</code>
                <span className="ips-bar" style={{ width: `${(100 * count) / max}%` }} aria-hidden="true" />
              </td>
              <td className="num">{fmtInt(count)}</td>
              <td className="num">{valid > 0 ? `${((100 * count) / valid).toFixed(2)}%` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{s.chartNote}</p>
    </div>
  );
}
