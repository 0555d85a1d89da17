// Fixed window and sliding window counter on a time axis: the previous and the current window with
// their counts, the requests as ticks, and for the counter the sliding window (now − W, now] whose
// overlap with the previous window gives the weight of the previous count.
import { formatNumber } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { fixedWindowAt, param, slidingCounterAt } from '../project-state.ts';
import { recentRows } from '../run-model.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { PictureSvg, RequestTicks, TimeAxis, timeScale, VIEW_W } from './svg-parts.tsx';

const H = 150;
const AXIS_Y = 104;
const BOX = { y: 30, h: 40 };

export function WindowPicture({ lane, state, index, nowMs, compact }: PictureProps) {
  const entry = lane.run.entry;
  const w = param(entry, 'window') * 1000;
  const limit = param(entry, 'limit');
  const sliding = entry.algorithm === 'sliding-counter';
  const fixed = sliding ? null : fixedWindowAt(state as StateOf<'fixed-window'>, entry, nowMs);
  const counter = sliding ? slidingCounterAt(state as StateOf<'sliding-counter'>, entry, nowMs) : null;
  const startMs = (fixed ?? counter)?.startMs ?? 0;
  const scale = timeScale(startMs - w, startMs + w);
  const rows = recentRows(lane.run.rows, index, startMs - w, compact ? 120 : 300);
  const currentCount = fixed ? fixed.count : (counter?.current ?? 0);
  const label = counter
    ? pic.counterLabel(counter.previous, formatNumber(counter.weight), counter.current, formatNumber(counter.estimate), limit)
    : pic.fixedLabel(currentCount, limit);

  const box = (from: number, count: number | null, current: boolean) => {
    const x0 = scale.x(from);
    const x1 = scale.x(from + w);
    const filled = count === null ? 0 : Math.min(1, count / limit);
    return (
      <g>
        <rect className={current ? 'rl-window current' : 'rl-window'} x={x0 + 1} y={BOX.y} width={x1 - x0 - 2} height={BOX.h} />
        <rect className="rl-fill-accent" x={x0 + 1} y={BOX.y + BOX.h * (1 - filled)} width={x1 - x0 - 2} height={BOX.h * filled} opacity={0.45} />
        <text className="rl-text small" x={(x0 + x1) / 2} y={BOX.y + BOX.h / 2 + 4} textAnchor="middle">
          {count === null ? pic.previousWindow : pic.windowBox(current, formatNumber(count), limit)}
        </text>
      </g>
    );
  };

  return (
    <PictureSvg label={label} height={H}>
      {box(startMs - w, counter ? counter.previous : null, false)}
      {box(startMs, currentCount, true)}
      {counter && (
        <g>
          <rect className="rl-slide" x={scale.x(nowMs - w)} y={BOX.y - 6} width={scale.x(nowMs) - scale.x(nowMs - w)} height={BOX.h + 12} />
          {!compact && (
            <text className="rl-text small" x={scale.x(nowMs - w) + 4} y={BOX.y + BOX.h + 18}>
              {pic.slideShare(formatNumber(Math.round(counter.weight * 100)))}
            </text>
          )}
        </g>
      )}
      <RequestTicks rows={rows} scale={scale} y={AXIS_Y} />
      <TimeAxis scale={scale} y={AXIS_Y} nowMs={nowMs} />
      {/* The baseline sits above the bottom edge by more than a descender (g, y, 条). */}
      <text className="rl-text strong" x={VIEW_W / 2} y={H - 5} textAnchor="middle">
        {counter ? pic.counterSummary(formatNumber(Math.round(counter.estimate * 100) / 100), limit) : pic.fixedSummary(currentCount, limit)}
      </text>
    </PictureSvg>
  );
}
