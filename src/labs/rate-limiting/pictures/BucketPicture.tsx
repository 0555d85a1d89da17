// Token bucket and leaky bucket (meter): a bucket with its capacity line and its level now.
// Token bucket: the level is the tokens (refilled at `rate`); a request needs `cost` of them.
// Meter: the level is the water (leaking at `rate`); a request pours 1 in and must not overflow.
// The level is a fill on the capacity's scale; up to 40 units get a line each so they can be counted.
import { formatNumber } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { param, tokensAt, waterAt } from '../project-state.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { PictureSvg } from './svg-parts.tsx';

const H = 170;
const BUCKET = { x: 110, y: 26, w: 140, h: 128 };
const MAX_UNITS = 40;

export function BucketPicture({ lane, state, nowMs }: PictureProps) {
  const entry = lane.run.entry;
  const capacity = param(entry, 'capacity');
  const rate = param(entry, 'rate');
  const isTokens = entry.algorithm === 'token-bucket';
  const level = isTokens ? tokensAt(state as StateOf<'token-bucket'>, entry, nowMs) : waterAt(state as StateOf<'leaky-meter'>, entry, nowMs);
  const cost = isTokens ? param(entry, 'cost') : 1;
  const y = (v: number) => BUCKET.y + BUCKET.h - (Math.min(v, capacity) / capacity) * BUCKET.h;
  const name = isTokens ? pic.tokensName : pic.waterName;
  const label = pic.bucketLabel(isTokens, formatNumber(level), formatNumber(capacity), formatNumber(rate));

  return (
    <PictureSvg label={label} height={H}>
      <path className="rl-bucket" d={`M${BUCKET.x} ${BUCKET.y} V${BUCKET.y + BUCKET.h} H${BUCKET.x + BUCKET.w} V${BUCKET.y}`} />
      <rect
        className={isTokens ? 'rl-fill-accent' : 'rl-fill-water'}
        x={BUCKET.x + 2}
        y={y(level)}
        width={BUCKET.w - 4}
        height={BUCKET.y + BUCKET.h - y(level)}
        opacity={0.85}
      />
      {capacity <= MAX_UNITS && <UnitLines capacity={capacity} y={y} />}
      <line className="rl-limit" x1={BUCKET.x - 8} x2={BUCKET.x + BUCKET.w + 8} y1={BUCKET.y} y2={BUCKET.y} />
      <text className="rl-text small" x={BUCKET.x + BUCKET.w + 12} y={BUCKET.y - 2}>
        capacity {formatNumber(capacity)}
      </text>
      {isTokens && cost <= capacity && (
        <>
          <line className="rl-mark" x1={BUCKET.x - 8} x2={BUCKET.x + BUCKET.w + 8} y1={y(cost)} y2={y(cost)} />
          <text className="rl-text small" x={BUCKET.x + BUCKET.w + 12} y={y(cost) + 4}>
            cost {formatNumber(cost)}
          </text>
        </>
      )}
      {!isTokens && (
        <>
          <line className="rl-mark" x1={BUCKET.x - 8} x2={BUCKET.x + BUCKET.w + 8} y1={y(capacity - 1)} y2={y(capacity - 1)} />
          <text className="rl-text small" x={BUCKET.x + BUCKET.w + 12} y={y(capacity - 1) + 12}>
            {pic.oneMoreFull}
          </text>
        </>
      )}
      <text className="rl-text big" x={BUCKET.x - 12} y={BUCKET.y + BUCKET.h / 2} textAnchor="end">
        {formatNumber(Math.round(level * 100) / 100)}
      </text>
      <text className="rl-text small" x={BUCKET.x - 12} y={BUCKET.y + BUCKET.h / 2 + 16} textAnchor="end">
        {name}
      </text>
      {isTokens ? (
        <text className="rl-text small" x={BUCKET.x + BUCKET.w / 2} y={14} textAnchor="middle">
          {pic.refill(formatNumber(rate))}
        </text>
      ) : (
        <text className="rl-text small" x={BUCKET.x + BUCKET.w / 2} y={H - 5} textAnchor="middle">
          {pic.leak(formatNumber(rate))}
        </text>
      )}
    </PictureSvg>
  );
}

/** One faint line per unit, so whole tokens (or requests' worth of water) can be counted. */
function UnitLines({ capacity, y }: { capacity: number; y: (v: number) => number }) {
  let d = '';
  for (let i = 1; i < capacity; i++) d += `M${BUCKET.x + 2} ${y(i).toFixed(1)}H${BUCKET.x + BUCKET.w - 2}`;
  return <path className="rl-unit-line" d={d} />;
}
