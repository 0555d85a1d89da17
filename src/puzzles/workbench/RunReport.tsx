// The report of one Run or Submit: a summary line, then every case with its input, expected and
// actual output; the first failure is opened, the others can be opened one by one.
import type { Report, ReportRow } from './judge-report.ts';
import { S, formatMs } from './strings.ts';
import { TypeReport, type TypeState } from './TypeReport.tsx';

const STATUS_TONE: Record<Report['status'], string> = {
  passed: 'ok',
  failed: 'bad',
  timeout: 'bad',
  stopped: 'muted',
  'load-error': 'bad',
  'compile-error': 'bad',
};

function Row({ row, open }: { row: ReportRow; open: boolean }) {
  return (
    <li className={`report-row status-${row.status}`} data-testid="report-row" data-status={row.status}>
      <details open={open}>
        <summary>
          <span className={`report-badge status-${row.status}`}>{S.rowStatus[row.status]}</span>
          <span className="report-label">{row.label}</span>
          <span className="report-name">{row.name}</span>
          {row.timeMs !== null && <span className="report-time">{formatMs(row.timeMs)}</span>}
        </summary>
        <dl className="report-detail">
          <div>
            <dt>{S.input}</dt>
            <dd>
              <code>{row.input}</code>
            </dd>
          </div>
          <div>
            <dt>{S.expected}</dt>
            <dd>{row.expected === null ? <span className="muted">{S.noExpected}</span> : <code>{row.expected}</code>}</dd>
          </div>
          {row.actual !== null && (
            <div>
              <dt>{S.actual}</dt>
              <dd>
                <code data-testid="report-actual">{row.actual}</code>
              </dd>
            </div>
          )}
          {row.message !== null && (
            <div>
              <dt>{S.why}</dt>
              <dd className="report-message" data-testid="report-message">
                {row.message}
              </dd>
            </div>
          )}
          {(row.logs.length > 0 || row.logNote !== null) && (
            <div>
              <dt>{S.logs}</dt>
              <dd>
                {row.logs.length > 0 && (
                  <pre className="report-logs" data-testid="report-logs">
                    {row.logs.join('\n')}
                  </pre>
                )}
                {row.logNote !== null && (
                  <p className="report-log-note small" data-testid="report-log-note">
                    {row.logNote}
                  </p>
                )}
              </dd>
            </div>
          )}
        </dl>
      </details>
    </li>
  );
}

export function RunReport({ report, skippedCustom, types }: { report: Report; skippedCustom: number; types: TypeState | undefined }) {
  const mode = report.mode === 'submit' ? S.reportSubmit : S.reportRun;
  return (
    <section className="run-report" aria-label={S.reportTitle} data-testid="run-report" data-status={report.status}>
      <p className={`report-summary tone-${STATUS_TONE[report.status]}`} role="status" data-testid="report-summary">
        <strong>
          {mode}：{S.status[report.status]}
        </strong>
        {report.status === 'compile-error' && report.line !== null && report.column !== null && (
          <>
            {' '}
            · <span data-testid="compile-position">{S.compileAt(report.line, report.column)}</span>：{report.error}
          </>
        )}
        {report.status === 'load-error' && <> · {report.error}</>}
        {report.status !== 'compile-error' && report.status !== 'load-error' && (
          <span className="report-totals">
            {report.judged > 0 && <> · {S.passedOf(report.passed, report.judged)}</>} · {S.totalTime(report.totalMs)}
          </span>
        )}
      </p>
      {skippedCustom > 0 && <p className="muted small">{S.customSkipped(skippedCustom)}</p>}
      {types !== undefined && <TypeReport state={types} />}
      {report.rows.length > 0 && (
        <ol className="report-rows">
          {report.rows.map((row) => (
            <Row key={`${report.mode}-${row.index}`} row={row} open={row.index === report.firstFailure} />
          ))}
        </ol>
      )}
    </section>
  );
}
