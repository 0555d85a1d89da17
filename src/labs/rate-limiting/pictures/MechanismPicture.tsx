// Picks the picture of the lane's algorithm and gives it the engine state at the player's index.
import { getAlgorithm } from '../algorithm-text.ts';
import type { LaneRun } from '../use-lab-run.ts';
import { BucketPicture } from './BucketPicture.tsx';
import { GcraPicture } from './GcraPicture.tsx';
import { NginxPicture } from './NginxPicture.tsx';
import type { PictureProps } from './picture-props.ts';
import { QueuePicture } from './QueuePicture.tsx';
import { SlidingLogPicture } from './SlidingLogPicture.tsx';
import { WindowPicture } from './WindowPicture.tsx';

const pictures = {
  'token-bucket': BucketPicture,
  'leaky-meter': BucketPicture,
  'leaky-queue': QueuePicture,
  nginx: NginxPicture,
  'fixed-window': WindowPicture,
  'sliding-counter': WindowPicture,
  'sliding-log': SlidingLogPicture,
  gcra: GcraPicture,
} as const;

export function MechanismPicture({ lane, index, nowMs, compact = false }: { lane: LaneRun; index: number; nowMs: number; compact?: boolean }) {
  const row = lane.run.rows[index];
  const state = row?.state ?? lane.initialState;
  const Picture = pictures[lane.run.entry.algorithm];
  const props: PictureProps = { lane, state, index, row, nowMs: Math.max(nowMs, row?.timeMs ?? 0), compact };
  return (
    <figure className={`rl-picture${compact ? ' compact' : ''}`} data-testid="mechanism-picture" data-algorithm={lane.run.entry.algorithm}>
      <Picture {...props} />
      {!compact && <figcaption className="muted small">{getAlgorithm(lane.run.entry.algorithm).summary}</figcaption>}
    </figure>
  );
}
