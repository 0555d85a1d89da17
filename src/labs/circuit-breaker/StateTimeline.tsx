// The state over time as coloured bands (CLOSED / OPEN / HALF_OPEN / FORCED_OPEN / DISABLED), drawn
// up to the player's moment. Clicking a point seeks there. A band is at least 4 units wide so a short
// HALF_OPEN stays visible.
import type { MouseEvent } from 'react';
import type { BreakerState } from './core/breaker-types.ts';
import type { StateSegment } from './core/series.ts';
import { S, STATE_SHORT } from './strings.ts';

const W = 600;
const H = 40;
const PAD = 4;
const MIN_BAND = 4;

export interface StateTimelineProps {
  readonly timeline: readonly StateSegment[];
  readonly durationMs: number;
  readonly cursorMs: number;
  readonly states: readonly BreakerState[];
  readonly onSeek: (timeMs: number) => void;
}

export function StateTimeline({ timeline, durationMs, cursorMs, states, onSeek }: StateTimelineProps) {
  const x = (ms: number) => PAD + ((W - 2 * PAD) * ms) / Math.max(1, durationMs);
  const shown = timeline.filter((s) => s.fromMs < cursorMs || (s.fromMs === 0 && cursorMs === 0));
  const seen = new Set(shown.filter((s) => s.fromMs < cursorMs).map((s) => s.state));
  const summary = shown
    .slice(0, 12)
    .map((s) => `${S.seconds(s.fromMs)}–${S.seconds(Math.min(s.toMs, cursorMs))} ${s.state}`)
    .join(S.listSep);
  const bands = shown.flatMap((s) => {
    const from = x(s.fromMs);
    const to = x(Math.min(s.toMs, cursorMs));
    if (to <= from && cursorMs > 0) return [];
    return [{ fromMs: s.fromMs, state: s.state, x: from, width: Math.max(MIN_BAND, to - from), short: to - from < MIN_BAND }];
  });
  const seek = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const f = (e.clientX - box.left) / Math.max(1, box.width);
    const ms = ((f * W - PAD) / (W - 2 * PAD)) * durationMs;
    onSeek(Math.max(0, Math.min(durationMs, ms)));
  };
  return (
    <figure className="cb-timeline" data-testid="state-timeline">
      <figcaption>
        <span>{S.timelineTitle}</span> <span className="muted small">{S.timelineHelp}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={S.timelineAria(summary || 'CLOSED')} onClick={seek}>
        <rect x={PAD} y="2" width={W - 2 * PAD} height={H} className="cb-track" />
        {bands.map((b) => (
          <rect key={b.fromMs} x={b.x} y="2" width={b.width} height={H} className={`cb-band state-${b.state}`} data-state={b.state} />
        ))}
        {/* Short episodes again on top, so the next band does not cover them. */}
        {bands
          .filter((b) => b.short)
          .map((b) => (
            <rect key={`top-${b.fromMs}`} x={b.x} y="2" width={b.width} height={H} className={`cb-band state-${b.state}`} />
          ))}
        <line x1={x(cursorMs)} x2={x(cursorMs)} y1="0" y2={H + 4} className="cb-cursor" />
        <text x={PAD} y={H + 17} className="cb-tick">
          0 s
        </text>
        <text x={W / 2} y={H + 17} textAnchor="middle" className="cb-tick">
          {S.seconds(durationMs / 2)}
        </text>
        <text x={W - PAD} y={H + 17} textAnchor="end" className="cb-tick">
          {S.seconds(durationMs)}
        </text>
      </svg>
      <p className="cb-legend small">
        {states.map((s) => (
          <span key={s} className={`cb-key band-${s}`} data-seen={seen.has(s) || undefined}>
            {s}
            {S.paren(STATE_SHORT[s])}
          </span>
        ))}
      </p>
    </figure>
  );
}
