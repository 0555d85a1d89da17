import type { LimiterState } from '../core/limiter.ts';
import type { RateLimitRow } from '../core/simulate.ts';
import type { LaneRun } from '../use-lab-run.ts';

/** What every mechanism picture gets: the lane, the state after the last request, and the time now. */
export interface PictureProps {
  readonly lane: LaneRun;
  /** State after request `index` (the engine's snapshot), or the fresh limiter's before any. */
  readonly state: LimiterState;
  readonly index: number;
  readonly row: RateLimitRow | undefined;
  readonly nowMs: number;
  readonly compact: boolean;
}
