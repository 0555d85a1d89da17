// nginx limit_req: the excess (in requests, draining at `rate`) on a scale with its thresholds:
// up to delay=N (or the whole burst with nodelay) a request is served at once, up to burst it is
// delayed by (excess − delay) / rate, past burst it gets 503. Below: the delayed requests still
// waiting to be served now, each with the time it has left.
import { formatMs, formatNumber } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { excessAt, param } from '../project-state.ts';
import { delayedWaiting } from '../run-model.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { PictureSvg, VIEW_W } from './svg-parts.tsx';

const H = 150;
const BAR = { x: 20, y: 34, w: VIEW_W - 40, h: 26 };
const MAX_CHIPS = 14;

export function NginxPicture({ lane, state, index, nowMs, compact }: PictureProps) {
  const entry = lane.run.entry;
  const burst = param(entry, 'burst');
  const nodelay = entry.params.nodelay === true;
  const delayN = nodelay ? burst : Math.min(param(entry, 'delay'), burst);
  const unit = entry.params.unit === 'r/m' ? 'r/m' : 'r/s';
  const excess = excessAt(state as StateOf<'nginx'>, entry, nowMs);
  const top = burst + 1;
  const x = (v: number) => BAR.x + (Math.min(v, top) / top) * BAR.w;
  const waiting = delayedWaiting(lane.run.rows, index, nowMs);
  const label = pic.nginxLabel(formatNumber(excess), burst, nodelay ? 'nodelay' : `delay=${param(entry, 'delay')}`, waiting.length);

  return (
    <PictureSvg label={label} height={H}>
      <text className="rl-text small" x={BAR.x} y={BAR.y - 10}>
        {pic.excessTitle(formatNumber(param(entry, 'rate')), unit === 'r/m')}
      </text>
      <rect className="rl-zone-ok" x={BAR.x} y={BAR.y} width={x(delayN) - BAR.x} height={BAR.h} />
      <rect className="rl-zone-warn" x={x(delayN)} y={BAR.y} width={x(burst) - x(delayN)} height={BAR.h} />
      <rect className="rl-zone-bad" x={x(burst)} y={BAR.y} width={x(top) - x(burst)} height={BAR.h} />
      <rect className="rl-fill-accent" x={BAR.x} y={BAR.y + 7} width={Math.max(0, x(excess) - BAR.x)} height={BAR.h - 14} />
      <line className="rl-limit" x1={x(burst)} x2={x(burst)} y1={BAR.y - 4} y2={BAR.y + BAR.h + 4} />
      {!compact && (
        <>
          {delayN > 0 && (
            <text className="rl-text tiny" x={BAR.x + 2} y={BAR.y + BAR.h + 12}>
              {pic.immediate}
            </text>
          )}
          {delayN < burst && (
            <text className="rl-text tiny" x={x(delayN) + 2} y={BAR.y + BAR.h + 12}>
              {delayN > 0 ? pic.delayZone : pic.delayFromZero}
            </text>
          )}
          <text className="rl-text tiny" x={x(burst) + 2} y={BAR.y + BAR.h + 12}>
            503
          </text>
        </>
      )}
      <text className="rl-text small" x={x(burst)} y={BAR.y + BAR.h + 24} textAnchor="middle">
        burst {burst}
      </text>
      {!nodelay && delayN > 0 && delayN < burst && (
        <text className="rl-text small" x={x(delayN)} y={BAR.y + BAR.h + 24} textAnchor="middle">
          delay {delayN}
        </text>
      )}
      <text className="rl-text big" x={BAR.x} y={BAR.y + BAR.h + 46}>
        excess {formatNumber(Math.round(excess * 1000) / 1000)}
      </text>
      <text className="rl-text small" x={BAR.x} y={H - 8}>
        {pic.delayedWaiting(waiting.length, waiting[0] ? formatMs(waiting[0].servedAtMs ?? 0) : null)}
      </text>
      {waiting.slice(-MAX_CHIPS).map((r, i) => (
        <circle key={r.index} className="rl-fill-warn rl-chip" cx={VIEW_W - 16 - i * 12} cy={BAR.y + BAR.h + 42} r={4.5} />
      ))}
    </PictureSvg>
  );
}
