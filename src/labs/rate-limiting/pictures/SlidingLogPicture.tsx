// Sliding window log: the timestamps in the log (admitted requests only) as dots on a time axis,
// and the window (now − W, now] sliding over them; dots left behind no longer count.
// Rejected requests are ticks below the axis: they are never written to the log.
import { formatNumber } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { param } from '../project-state.ts';
import { recentRows } from '../run-model.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { circlePath, PictureSvg, RequestTicks, TimeAxis, timeScale, VIEW_W } from './svg-parts.tsx';

const H = 150;
const AXIS_Y = 104;

export function SlidingLogPicture({ lane, state, index, nowMs, compact }: PictureProps) {
  const entry = lane.run.entry;
  const w = param(entry, 'window') * 1000;
  const limit = param(entry, 'limit');
  const log = state as StateOf<'sliding-log'>;
  const scale = timeScale(nowMs - 1.5 * w, nowMs + 0.15 * w);
  const cutoff = nowMs - w;
  const inWindow = log.recentMs.filter((t) => t > cutoff).length + (log.count - log.recentMs.length);
  const rejected = recentRows(lane.run.rows, index, scale.fromMs, compact ? 120 : 300).filter((r) => r.outcome === 'reject');
  const label = pic.logLabel(formatNumber(w / 1000), inWindow, limit);
  // Same-time entries stack upwards so a batch stays countable; one path per kind keeps redraws cheap.
  const dots = { in: '', out: '' };
  let stack = 0;
  log.recentMs.forEach((t, i) => {
    stack = i > 0 && log.recentMs[i - 1] === t ? stack + 1 : 0;
    const d = circlePath(scale.x(t), AXIS_Y - 8 - Math.min(stack, 8) * 7, 3.2);
    if (t <= cutoff) dots.out += d;
    else dots.in += d;
  });
  return (
    <PictureSvg label={label} height={H}>
      <rect className="rl-slide" x={scale.x(cutoff)} y={20} width={scale.x(nowMs) - scale.x(cutoff)} height={AXIS_Y - 14} />
      <text className="rl-text small" x={scale.x(cutoff) + 4} y={32}>
        {pic.logWindow(formatNumber(w / 1000))}
      </text>
      <path className="rl-dot-out" d={dots.out} />
      <path className="rl-fill-ok rl-dot" d={dots.in} />
      <RequestTicks rows={rejected} scale={scale} y={AXIS_Y} />
      <TimeAxis scale={scale} y={AXIS_Y} nowMs={nowMs} />
      <text className="rl-text strong" x={VIEW_W / 2} y={H - 5} textAnchor="middle">
        {pic.logSummary(inWindow, limit, log.count)}
      </text>
    </PictureSvg>
  );
}
