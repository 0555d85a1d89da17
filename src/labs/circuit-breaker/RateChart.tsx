// The rates the breaker decided on, per second of the run: its window's failure rate and slow-call
// rate at the end of each second, the thresholds as dashed lines, the seconds where it had too few
// calls to decide shaded, the backend's scripted failure rate for comparison, and the state as a
// strip along the bottom. Drawn up to the player's moment; at most one shape per second per series.
import type { SeriesPoint } from './core/series.ts';
import type { SpecInfo } from './spec-info.ts';
import { formatPercent } from './explain-text.ts';
import { S } from './strings.ts';

const W = 600;
const H = 190;
const PAD = { left: 42, right: 8, top: 8, bottom: 32 };
const STRIP = 6;

/** Consecutive buckets with the same value, as [first, last + 1) runs: one shape per run. */
function runs<T>(points: readonly SeriesPoint[], pick: (p: SeriesPoint) => T): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  points.forEach((p, i) => {
    const value = pick(p);
    const last = out.at(-1);
    if (last && last.value === value) last.to = i + 1;
    else out.push({ from: i, to: i + 1, value });
  });
  return out;
}

export interface RateChartProps {
  readonly series: readonly SeriesPoint[];
  readonly bucketMs: number;
  readonly durationMs: number;
  readonly cursorMs: number;
  readonly info: SpecInfo;
  readonly showSlow: boolean;
}

export function RateChart({ series, bucketMs, durationMs, cursorMs, info, showSlow }: RateChartProps) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = Math.max(1, Math.ceil(durationMs / bucketMs));
  const slot = innerW / n;
  const shown = series.slice(0, Math.min(series.length, Math.floor(cursorMs / bucketMs) + 1));
  const x = (i: number) => PAD.left + i * slot;
  const y = (pct: number) => PAD.top + innerH - (Math.max(0, Math.min(100, pct)) / 100) * innerH;
  const line = (pick: (p: SeriesPoint) => number) => shown.map((p, i) => `${(x(i) + slot / 2).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const stripY = H - PAD.bottom + 4;
  return (
    <figure className="cb-rates" data-testid="rate-chart">
      <figcaption>
        <span>{S.ratesTitle}</span>
        <span className="legend">
          <span className="legend-item kind-line cb-series-failure">{S.failureRate}</span>
          {showSlow && <span className="legend-item kind-line cb-series-slow">{S.slowRate}</span>}
          <span className="legend-item kind-line cb-series-backend">{S.ratesBackend}</span>
          <span className="legend-item cb-series-below">{S.ratesBelowMinimum}</span>
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={S.ratesAria}>
        {runs(shown, (p) => p.breakerBelowMinimum).map((r) =>
          r.value ? <rect key={`m${r.from}`} x={x(r.from)} y={PAD.top} width={(r.to - r.from) * slot} height={innerH} className="cb-below" /> : null,
        )}
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="cb-grid" />
            <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" className="cb-tick">
              {v}%
            </text>
          </g>
        ))}
        {info.failureRate !== null && (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(info.failureRate)} y2={y(info.failureRate)} className="cb-threshold failure" />
            <text x={W - PAD.right - 2} y={y(info.failureRate) - 4} textAnchor="end" className="cb-threshold-label failure">
              {S.ratesThreshold(info.failureKey ?? '', formatPercent(info.failureRate))}
            </text>
          </g>
        )}
        {showSlow && info.slowCallRate !== null && (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(info.slowCallRate)} y2={y(info.slowCallRate)} className="cb-threshold slow" />
            <text x={W - PAD.right - 2} y={y(info.slowCallRate) + 15} textAnchor="end" className="cb-threshold-label slow">
              {S.ratesThreshold(info.slowKey ?? '', formatPercent(info.slowCallRate))}
            </text>
          </g>
        )}
        <polyline points={line((p) => p.backendFailureRate)} className="cb-line backend" />
        {showSlow && <polyline points={line((p) => p.breakerSlowCallRate)} className="cb-line slow" />}
        <polyline points={line((p) => p.breakerFailureRate)} className="cb-line failure" />
        {runs(shown, (p) => p.state).map((r) => (
          <rect key={`s${r.from}`} x={x(r.from)} y={stripY} width={(r.to - r.from) * slot} height={STRIP} className={`cb-band state-${r.value}`} />
        ))}
        <line
          x1={PAD.left + Math.min(1, cursorMs / durationMs) * innerW}
          x2={PAD.left + Math.min(1, cursorMs / durationMs) * innerW}
          y1={PAD.top}
          y2={stripY + STRIP}
          className="cb-cursor"
        />
        <text x={PAD.left} y={H - 4} className="cb-tick">
          0 s
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="cb-tick">
          {S.seconds(durationMs)}
        </text>
      </svg>
      {info.errorCount !== null && <p className="muted small">{S.ratesErrorCountNote(info.errorCount)}</p>}
    </figure>
  );
}
