// Leaky bucket as a queue: `queue` places in a row, the head on the right where one request leaves
// every 1/rate seconds. Each waiting request shows how long until it leaves. Up to 24 places are
// drawn; a longer queue is drawn as a bar.
import { formatMs, formatNumber } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { param, queueAt } from '../project-state.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { PictureSvg, VIEW_W } from './svg-parts.tsx';

const H = 130;
const MAX_SLOTS = 24;
const ROW = { x: 20, y: 46, w: VIEW_W - 90, h: 34 };

export function QueuePicture({ lane, state, nowMs, compact }: PictureProps) {
  const entry = lane.run.entry;
  const size = param(entry, 'queue');
  const rate = param(entry, 'rate');
  const q = queueAt(state as StateOf<'leaky-queue'>, nowMs);
  const nextLeave = q.leaveTimesMs[0];
  const label = pic.queueLabel(q.waiting, size, formatMs(1000 / rate));
  const slots = Math.min(size, MAX_SLOTS);
  const sw = slots > 0 ? ROW.w / slots : ROW.w;
  const exitX = ROW.x + ROW.w;

  return (
    <PictureSvg label={label} height={H}>
      <text className="rl-text small" x={ROW.x} y={ROW.y - 10}>
        {pic.queueTitle(size)}
      </text>
      {size === 0 && (
        <text className="rl-text small" x={ROW.x} y={ROW.y + 22}>
          {pic.queueZero}
        </text>
      )}
      {size > MAX_SLOTS ? (
        <>
          <rect className="rl-slot" x={ROW.x} y={ROW.y} width={ROW.w} height={ROW.h} />
          <rect
            className="rl-fill-warn"
            x={exitX - (Math.min(q.waiting, size) / size) * ROW.w}
            y={ROW.y + 2}
            width={(Math.min(q.waiting, size) / size) * ROW.w}
            height={ROW.h - 4}
          />
        </>
      ) : (
        Array.from({ length: slots }, (_, i) => {
          // Slot 0 is the head (rightmost).
          const x = exitX - (i + 1) * sw;
          const leave = q.leaveTimesMs[i];
          const filled = i < q.waiting;
          return (
            <g key={i}>
              <rect className={`rl-slot ${filled ? 'rl-fill-warn' : ''}`} x={x + 1} y={ROW.y} width={sw - 2} height={ROW.h} />
              {filled && leave !== undefined && !compact && sw >= 28 && (
                <text className="rl-text tiny" x={x + sw / 2} y={ROW.y + ROW.h / 2 + 4} textAnchor="middle">
                  {formatSeconds(leave - nowMs)}
                </text>
              )}
            </g>
          );
        })
      )}
      <path className="rl-arrow" d={`M${exitX + 4} ${ROW.y + ROW.h / 2} h30 m-6 -5 l6 5 l-6 5`} />
      <text className="rl-text small" x={exitX + 8} y={ROW.y + ROW.h + 18}>
        {pic.perSecond(formatNumber(rate))}
      </text>
      <text className="rl-text big" x={ROW.x} y={ROW.y + ROW.h + 34}>
        {q.waiting} / {size}
      </text>
      <text className="rl-text small" x={ROW.x + 70} y={ROW.y + ROW.h + 34}>
        {pic.nextLeave(nextLeave !== undefined ? formatMs(nextLeave) : null)}
      </text>
    </PictureSvg>
  );
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}
