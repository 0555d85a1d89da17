// For the preset that answers the user's notes: what the notes said ("熔断就是滑动窗口计数…X 秒内最多
// Y 个请求"), why that is rate limiting, and what the breaker on this page counts instead, with the
// numbers of this very moment of the run.
import type { BreakerState } from './core/breaker-types.ts';
import { formatPercent } from './explain-text.ts';
import type { SeriesPoint } from './core/series.ts';
import { S } from './strings.ts';

export interface NotesCalloutProps {
  readonly series: readonly SeriesPoint[];
  readonly bucketMs: number;
  readonly cursorMs: number;
  readonly failureRate: number;
  readonly threshold: number | null;
  readonly state: BreakerState;
}

export function NotesCallout({ series, bucketMs, cursorMs, failureRate, threshold, state }: NotesCalloutProps) {
  // The last 10 s of completed seconds up to the cursor.
  const end = Math.min(series.length, Math.floor(cursorMs / bucketMs));
  const recent = series.slice(Math.max(0, end - Math.round(10_000 / bucketMs)), end);
  const arrivals = recent.reduce((a, p) => a + p.arrivals, 0);
  const rejected = recent.reduce((a, p) => a + p.rejected, 0);
  return (
    <aside className="cb-notes" aria-labelledby="cb-notes-title" data-testid="notes-callout">
      <h2 id="cb-notes-title">{S.notesTitle}</h2>
      <blockquote className="cb-quote">
        {S.notesQuote.split('\n').map((line) => (
          <p key={line}>{line}</p>
        ))}
      </blockquote>
      <div className="cb-contrast">
        <div className="cb-contrast-limit">
          <h3>{S.notesLimitTitle}</h3>
          <p>{S.notesLimitBody}</p>
        </div>
        <div className="cb-contrast-break">
          <h3>{S.notesBreakTitle}</h3>
          <p>{S.notesBreakBody}</p>
        </div>
      </div>
      <p className="cb-notes-live" data-testid="notes-live">
        {S.notesLive(arrivals, rejected, formatPercent(Math.round(failureRate * 10) / 10), threshold === null ? '—' : formatPercent(threshold), state)}
      </p>
      <p className="small">
        <a href="#related-circuit-breaker">{S.notesLink}</a>
      </p>
    </aside>
  );
}
