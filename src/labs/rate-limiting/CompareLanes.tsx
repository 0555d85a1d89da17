// Compare mode: every lane small, side by side, with its picture, config and counts; one lane is
// focused for the chart, the trace table's explanation and predict mode.
import { getAlgorithm } from './algorithm-text.ts';
import { configText } from './config-text.ts';
import { LaneCounts } from './LaneCounts.tsx';
import { MechanismPicture } from './pictures/MechanismPicture.tsx';
import { s } from './strings.ts';
import type { LabRun } from './use-lab-run.ts';

export interface CompareLanesProps {
  readonly lab: LabRun;
  readonly index: number;
  readonly nowMs: number;
  readonly focus: number;
  readonly onFocus: (lane: number) => void;
}

export function CompareLanes({ lab, index, nowMs, focus, onFocus }: CompareLanesProps) {
  return (
    <section aria-labelledby="rl-lanes-title">
      <h2 id="rl-lanes-title" className="rl-h">
        {s.pictureTitle}
      </h2>
      <p className="muted small">{s.countsLegend}</p>
      <div className="rl-lanes">
        {lab.lanes.map((lane, i) => {
          const info = getAlgorithm(lane.run.entry.algorithm);
          return (
            <article key={i} className={`rl-lane${i === focus ? ' focused' : ''}`} data-testid={`lane-card-${i}`} aria-labelledby={`rl-lane-${i}`}>
              <h3 id={`rl-lane-${i}`} className="rl-lane-title">
                {s.laneParams(i, info.name)}
              </h3>
              <code className="rl-lane-config">{configText(lane.run.entry)}</code>
              <MechanismPicture lane={lane} index={index} nowMs={nowMs} compact />
              <LaneCounts lane={lane} index={index} />
              <label className="rl-focus small">
                <input type="radio" name="rl-focus" checked={i === focus} onChange={() => onFocus(i)} /> {s.focusLane}
              </label>
            </article>
          );
        })}
      </div>
    </section>
  );
}
