// Single mode: the mechanism picture of the one limiter at the player's moment, the counts, its
// current configuration and, for redis-cell, the CL.THROTTLE reply of the current request.
import { formatMs } from './explain-text.ts';
import { configText } from './config-text.ts';
import { LaneCounts } from './LaneCounts.tsx';
import { MechanismPicture } from './pictures/MechanismPicture.tsx';
import { s } from './strings.ts';
import { ThrottleReply } from './ThrottleReply.tsx';
import type { LaneRun } from './use-lab-run.ts';

export function SingleLane({ lane, index, nowMs }: { lane: LaneRun; index: number; nowMs: number }) {
  const row = lane.run.rows[index];
  return (
    <section className="panel rl-single" aria-labelledby="rl-picture-title">
      <div className="row rl-picture-head">
        <h2 id="rl-picture-title" className="rl-h">
          {s.pictureTitle}
        </h2>
        <span className="muted small" data-testid="picture-caption">
          {row ? s.stateAfter(index + 1, formatMs(row.timeMs)) : s.stateBefore} · {s.nowAt(formatMs(nowMs))}
        </span>
      </div>
      <MechanismPicture lane={lane} index={index} nowMs={nowMs} />
      <LaneCounts lane={lane} index={index} />
      <p className="muted small rl-config-label">{s.currentConfig}</p>
      <pre className="rl-pre" data-testid="current-config">
        <code>{configText(lane.run.entry)}</code>
      </pre>
      {lane.run.entry.algorithm === 'gcra' && <ThrottleReply lane={lane} index={index} />}
    </section>
  );
}
