// The deciding window at this moment, from the row's snapshot: a count-based window as a row of
// cells (oldest → newest, coloured and marked by outcome), a time-based one as per-bucket bars.
// Bounded: at most MAX_CELLS cells or MAX_BUCKETS bars, whatever the configured size.
import type { BreakerSpec } from './core/breaker-spec.ts';
import {
  SNAPSHOT_BUCKETS,
  SNAPSHOT_CELLS,
  windowCounts,
  type BreakerState,
  type BucketView,
  type WindowCounts,
  type WindowSnapshot,
} from './core/breaker-types.ts';
import { S } from './strings.ts';

// The engines' snapshots hold no more than this (breaker-types.ts).
const MAX_CELLS = SNAPSHOT_CELLS;
const MAX_BUCKETS = SNAPSHOT_BUCKETS;
const CELL = 14;
const GAP = 3;

function title(spec: BreakerSpec, state: BreakerState, w: WindowSnapshot): string {
  if (state === 'FORCED_OPEN' || state === 'DISABLED') return S.windowNone(state);
  if (spec.model === 'resilience4j') {
    const c = spec.config;
    // HALF_OPEN records into its own count window of the probes; OPEN keeps whichever window tripped.
    if (
      w.kind === 'count' &&
      (c.slidingWindowType === 'TIME_BASED' || (w.size !== c.slidingWindowSize && w.size === c.permittedNumberOfCallsInHalfOpenState))
    ) {
      return S.windowHalfOpen(w.size);
    }
    return c.slidingWindowType === 'COUNT_BASED' ? S.windowCount(c.slidingWindowSize) : S.windowTime(c.slidingWindowSize);
  }
  if (spec.model === 'sentinel') return S.windowSentinel(spec.rule.statIntervalMs);
  return S.windowHystrix(
    Math.max(1, Math.floor(spec.config.metricsRollingStatsTimeInMilliseconds / spec.config.metricsHealthSnapshotIntervalInMilliseconds)),
    spec.config.metricsHealthSnapshotIntervalInMilliseconds,
  );
}

export function WindowPicture({ spec, state, window }: { spec: BreakerSpec; state: BreakerState; window: WindowSnapshot }) {
  const none = state === 'FORCED_OPEN' || state === 'DISABLED';
  return (
    <figure className="cb-window" data-testid="window-picture" data-kind={window.kind}>
      <figcaption>
        <strong>{S.windowTitle}</strong> <span className="muted small">{title(spec, state, window)}</span>
      </figcaption>
      {none ? null : window.kind === 'count' ? (
        <CountCells size={window.size} outcomes={window.outcomes} counts={windowCounts(window)} />
      ) : (
        <BucketBars buckets={window.buckets} />
      )}
      {state === 'OPEN' && <p className="muted small cb-note">{S.windowOpenNote}</p>}
      {!none && window.kind === 'count' && <Legend />}
    </figure>
  );
}

function Legend() {
  return (
    <p className="cb-legend small" aria-hidden="true">
      <span className="cb-key cell-success">{S.legendSuccess}</span>
      <span className="cb-key cell-failure">{S.legendFailure}</span>
      <span className="cb-key cell-slow">{S.legendSlow}</span>
      <span className="cb-key cell-slow-failure">{S.legendSlowFailure}</span>
      <span className="cb-key cell-empty">{S.legendEmpty}</span>
    </p>
  );
}

const CLASS: Readonly<Record<string, string>> = { '+': 'cell-success', x: 'cell-failure', s: 'cell-slow', X: 'cell-slow-failure' };

function CountCells({ size, outcomes, counts }: { size: number; outcomes: string; counts: WindowCounts }) {
  const slots = Math.min(size, MAX_CELLS);
  // With a window larger than we draw, show its newest part: the cells that will decide next.
  const start = Math.max(0, outcomes.length - slots);
  const shown = outcomes.slice(start);
  const columns = Math.min(slots, 20);
  const rows = Math.max(1, Math.ceil(slots / columns));
  const width = columns * (CELL + GAP);
  const height = rows * (CELL + GAP);
  const cellX = (i: number) => (i % columns) * (CELL + GAP);
  const cellY = (i: number) => Math.floor(i / columns) * (CELL + GAP);
  const marks = { crosses: '', dots: '' };
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i];
    const x = cellX(i);
    const y = cellY(i);
    if (c === 'x' || c === 'X') marks.crosses += `M${x + 4},${y + 4}L${x + CELL - 4},${y + CELL - 4}M${x + CELL - 4},${y + 4}L${x + 4},${y + CELL - 4}`;
    else if (c === 's') marks.dots += `M${x + CELL / 2 - 2.5},${y + CELL / 2}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`;
  }
  return (
    <>
      <svg
        className="cb-cells"
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: `${width * 1.4}px` }}
        role="img"
        aria-label={S.windowAria(counts.calls, counts.failed, counts.slow)}
      >
        {Array.from({ length: slots }, (_, i) => {
          const c = shown[i];
          const cls = c === undefined ? 'cell-empty' : (CLASS[c] ?? 'cell-success');
          return <rect key={i} className={`cb-cell ${cls}`} x={cellX(i) + 0.5} y={cellY(i) + 0.5} width={CELL - 1} height={CELL - 1} rx="2" />;
        })}
        {/* One path for every failure cross and one for every slow dot: few nodes whatever the size. */}
        <path className="cb-cell-mark" d={marks.crosses} />
        <path className="cb-cell-mark dot" d={marks.dots} />
      </svg>
      {size > MAX_CELLS && <p className="muted small">{S.windowCapped(MAX_CELLS, size)}</p>}
    </>
  );
}

function BucketBars({ buckets }: { buckets: readonly BucketView[] }) {
  const shown = buckets.slice(-MAX_BUCKETS);
  const n = Math.max(1, shown.length);
  const W = 320;
  const H = 96;
  const top = 14;
  const bottom = 16;
  const slot = W / n;
  const bw = Math.max(2, slot * 0.7);
  const max = Math.max(1, ...shown.map((b) => b.calls));
  const y = (v: number) => ((H - top - bottom) * v) / max;
  const calls = shown.reduce((a, b) => a + b.calls, 0);
  const failed = shown.reduce((a, b) => a + b.failed, 0);
  const slow = shown.reduce((a, b) => a + b.slow, 0);
  const first = shown[0];
  const last = shown.at(-1);
  return (
    <>
      <svg className="cb-buckets" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={S.windowAria(calls, failed, slow)}>
        <line x1="0" x2={W} y1={H - bottom} y2={H - bottom} className="cb-axis" />
        {shown.map((b, i) => {
          const x = i * slot + (slot - bw) / 2;
          const base = H - bottom;
          return (
            <g key={b.startMs}>
              <rect x={x} y={base - y(b.calls)} width={bw} height={y(b.calls)} className="cb-bar-calls" />
              <rect x={x} y={base - y(b.failed)} width={bw} height={y(b.failed)} className="cb-bar-failed" />
              {b.slow > 0 && <rect x={x + bw * 0.6} y={base - y(b.slow)} width={bw * 0.4} height={y(b.slow)} className="cb-bar-slow" />}
              {n <= 20 && b.calls > 0 && (
                <text x={x + bw / 2} y={base - y(b.calls) - 3} textAnchor="middle" className="cb-bar-label">
                  {b.calls}
                </text>
              )}
            </g>
          );
        })}
        {first && (
          <text x="0" y={H - 3} className="cb-bar-label">
            {S.seconds(Math.max(0, first.startMs))}
          </text>
        )}
        {last && last !== first && (
          <text x={W} y={H - 3} textAnchor="end" className="cb-bar-label">
            {S.seconds(Math.max(0, last.startMs))}
          </text>
        )}
      </svg>
      <p className="cb-legend small" aria-hidden="true">
        <span className="cb-key cell-calls">{S.bucketCalls}</span>
        <span className="cb-key cell-failure">{S.legendFailure}</span>
        <span className="cb-key cell-slow">{S.legendSlow}</span>
      </p>
    </>
  );
}
