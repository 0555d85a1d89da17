// GCRA (redis-cell): only the theoretical arrival time TAT is stored. On a time axis from now: the
// tolerance τ = (max_burst + 1) · T, the stored TAT, and the next request's increment T · quantity
// (dashed) placed after max(TAT, now). A request passes when that new TAT − now fits inside τ.
import { formatMs } from '../explain-text.ts';
import type { StateOf } from '../core/limiter.ts';
import { gcraTiming, param } from '../project-state.ts';
import type { PictureProps } from './picture-props.ts';
import { pic } from '../strings.ts';
import { PictureSvg, timeScale, VIEW_W } from './svg-parts.tsx';

const H = 150;
const AXIS_Y = 96;

export function GcraPicture({ lane, state, nowMs, compact }: PictureProps) {
  const entry = lane.run.entry;
  const { emissionMs, toleranceMs } = gcraTiming(entry);
  const quantity = param(entry, 'quantity');
  const gcra = state as StateOf<'gcra'>;
  const tat = gcra.tatMs !== null && gcra.tatMs > nowMs ? gcra.tatMs : nowMs;
  const span = Math.max(toleranceMs, tat - nowMs + emissionMs * quantity) * 1.12;
  const scale = timeScale(nowMs - span * 0.06, nowMs + span);
  const x = scale.x;
  const used = tat - nowMs;
  const remaining = Math.max(0, Math.floor((toleranceMs - used) / emissionMs + 1e-9));
  const label = pic.gcraLabel(formatMs(used), formatMs(toleranceMs), formatMs(emissionMs), remaining);

  return (
    <PictureSvg label={label} height={H}>
      <rect className="rl-slide" x={x(nowMs)} y={22} width={x(nowMs + toleranceMs) - x(nowMs)} height={AXIS_Y - 22} />
      <text className="rl-text small" x={x(nowMs + toleranceMs) - 4} y={34} textAnchor="end">
        {pic.tolerance(formatMs(toleranceMs))}
      </text>
      <rect className="rl-fill-accent" x={x(nowMs)} y={48} width={Math.max(0, x(tat) - x(nowMs))} height={18} opacity={0.7} />
      <rect className="rl-increment" x={x(tat)} y={48} width={x(tat + emissionMs * quantity) - x(tat)} height={18} />
      {!compact && (
        <text className="rl-text tiny" x={x(tat) + 3} y={78}>
          {pic.nextIncrement(quantity)}
        </text>
      )}
      <line className="rl-limit" x1={x(nowMs + toleranceMs)} x2={x(nowMs + toleranceMs)} y1={22} y2={AXIS_Y + 6} />
      <line className="rl-axis" x1={x(scale.fromMs)} x2={x(scale.toMs)} y1={AXIS_Y} y2={AXIS_Y} />
      <line className="rl-now" x1={x(nowMs)} x2={x(nowMs)} y1={16} y2={AXIS_Y + 8} />
      <text className="rl-text small strong" x={x(nowMs)} y={12} textAnchor="middle">
        {pic.now}
      </text>
      <line className="rl-mark" x1={x(tat)} x2={x(tat)} y1={40} y2={AXIS_Y + 8} />
      <text className="rl-text small" x={x(tat)} y={AXIS_Y + 20} textAnchor={x(tat) > VIEW_W - 60 ? 'end' : 'middle'}>
        {pic.tat(gcra.tatMs !== null && gcra.tatMs > nowMs ? formatMs(tat) : null)}
      </text>
      <text className="rl-text strong" x={16} y={H - 4}>
        {pic.gcraSummary(formatMs(used), formatMs(emissionMs), remaining)}
      </text>
    </PictureSvg>
  );
}
