// Small SVG pieces shared by the mechanism pictures: a frame with an accessible name, a time scale,
// and request ticks (admitted above the axis, rejected below, delayed as hollow marks) so the
// outcome reads from the shape as well as the colour.
import type { ReactNode } from 'react';
import { formatMs } from '../explain-text.ts';
import type { RateLimitRow } from '../core/simulate.ts';
import { pic } from '../strings.ts';

export const VIEW_W = 360;

export function PictureSvg({ label, height, children }: { label: string; height: number; children: ReactNode }) {
  return (
    <svg className="rl-svg" viewBox={`0 0 ${VIEW_W} ${height}`} role="img" aria-label={label}>
      {children}
    </svg>
  );
}

export interface TimeScale {
  readonly fromMs: number;
  readonly toMs: number;
  x(ms: number): number;
}

export function timeScale(fromMs: number, toMs: number, x0 = 16, x1 = VIEW_W - 16): TimeScale {
  const span = Math.max(1e-9, toMs - fromMs);
  return { fromMs, toMs, x: (ms) => x0 + ((ms - fromMs) / span) * (x1 - x0) };
}

export function TimeAxis({ scale, y, nowMs }: { scale: TimeScale; y: number; nowMs: number }) {
  return (
    <g>
      <line className="rl-axis" x1={scale.x(scale.fromMs)} x2={scale.x(scale.toMs)} y1={y} y2={y} />
      <text className="rl-text small" x={scale.x(scale.fromMs)} y={y + 24}>
        {formatMs(Math.max(0, scale.fromMs))}
      </text>
      <text className="rl-text small" x={scale.x(scale.toMs)} y={y + 24} textAnchor="end">
        {formatMs(scale.toMs)}
      </text>
      <line className="rl-now" x1={scale.x(nowMs)} x2={scale.x(nowMs)} y1={16} y2={y + 12} />
      <text className="rl-text small strong" x={scale.x(nowMs)} y={12} textAnchor="middle">
        {pic.now}
      </text>
    </g>
  );
}

/**
 * One mark per request in view: admitted ↑ (green), delayed ◦ (amber), rejected ↓ (red). Drawn as
 * three paths rather than one element per request, so a busy second stays cheap to redraw.
 */
export function RequestTicks({ rows, scale, y }: { rows: readonly RateLimitRow[]; scale: TimeScale; y: number }) {
  let up = '';
  let down = '';
  let rings = '';
  for (const r of rows) {
    const x = scale.x(r.timeMs).toFixed(1);
    if (r.outcome === 'admit') up += `M${x} ${y - 2}V${y - 12}`;
    else if (r.outcome === 'reject') down += `M${x} ${y + 2}V${y + 10}`;
    else rings += circlePath(Number(x), y - 8, 3);
  }
  return (
    <g>
      {up && <path className="rl-tick tone-ok" d={up} />}
      {down && <path className="rl-tick tone-bad" d={down} />}
      {rings && <path className="rl-tick-delay tone-warn" d={rings} />}
    </g>
  );
}

/** A circle as path commands (two arcs), for drawing many dots in one path. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${(cx - r).toFixed(1)} ${cy.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}
