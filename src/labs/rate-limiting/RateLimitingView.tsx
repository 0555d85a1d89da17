// The rate-limiting lab: values from the URL → the engines run once → the player moves a clock over
// the rows, and the picture, counts, chart and trace table all show that one moment.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { lastIndexAtOrBefore, usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { CompareLanes } from './CompareLanes.tsx';
import { getAlgorithm } from './algorithm-text.ts';
import { manualArrivalTime, withManualArrival } from './core/arrivals.ts';
import { formatMs } from './explain-text.ts';
import type { RateLimitValues } from './core/params.ts';
import { FastForwardPanel } from './FastForwardPanel.tsx';
import { LimiterControls } from './LimiterControls.tsx';
import { PredictPanel } from './PredictPanel.tsx';
import { OwnConfigPanel } from './OwnConfigPanel.tsx';
import { PresetPanel } from './PresetPanel.tsx';
import { RunChart } from './RunChart.tsx';
import { RunTrace } from './RunTrace.tsx';
import { SingleLane } from './SingleLane.tsx';
import { s } from './strings.ts';
import { TrafficControls } from './TrafficControls.tsx';
import { useLabRun, type LabRun } from './use-lab-run.ts';
import { useLabValues } from './use-lab-values.ts';
import { usePredict } from './use-predict.ts';
import './rate-limiting.css';

export default function RateLimitingView() {
  const { values, errors, query, setValues } = useLabValues();
  const lab = useLabRun(values);
  const player = usePlayer(lab.playerTimes, lab.durationMs);
  usePlayerUrlTime(player);
  const [focusChoice, setFocus] = useState(0);
  const focus = Math.min(focusChoice, lab.lanes.length - 1);
  const lane = lab.lanes[focus];
  const predict = usePredict(player, lane?.run, lab.playerTimes);
  const [sent, setSent] = useState<string | null>(null);

  // After an edit the player keeps its place (the player itself restarts on a new run).
  const pendingSeek = useRef<((next: LabRun) => number) | null>(null);
  const { seek } = player;
  useEffect(() => {
    const target = pendingSeek.current;
    pendingSeek.current = null;
    if (target) seek(target(lab));
  }, [lab, seek]);

  // Stable callbacks (the time through a ref) so the panels beside the player do not re-render per frame.
  const timeRef = useRef(player.timeMs);
  timeRef.current = player.timeMs;
  const edit = useCallback(
    (next: Edit<RateLimitValues>) => {
      const t = timeRef.current;
      pendingSeek.current = () => t;
      setSent(null);
      setValues(next);
    },
    [setValues],
  );
  const playerTimes = lab.playerTimes;
  const selectRow = useCallback((i: number) => seek(playerTimes[i] ?? 0), [seek, playerTimes]);
  const pickPreset = useCallback(
    (next: Edit<RateLimitValues>) => {
      pendingSeek.current = null;
      setSent(null);
      setValues(next);
    },
    [setValues],
  );
  const sendOne = () => {
    const t = manualArrivalTime(values, player.timeMs);
    // Stand on the new request: the last arrival at its time.
    pendingSeek.current = (run) => run.playerTimes[lastIndexAtOrBefore(run.arrivals, t)] ?? 0;
    setSent(s.sentAt(formatMs(t)));
    const at = player.timeMs;
    setValues((latest) => withManualArrival(latest, at));
  };

  const compare = lab.lanes.length > 1;
  return (
    <div className="rl-lab" data-testid="rate-limiting-lab">
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <PresetPanel values={values} error={errors.preset} onPick={pickPreset} />
      <OwnConfigPanel onApply={pickPreset} />
      <div className="rl-grid">
        <div className="rl-main">
          <PlayerControls player={player} rowCount={lab.arrivals.length} />
          <div className="row rl-actions">
            <button type="button" onClick={sendOne} title={s.sendOneHelp} data-testid="send-one">
              ＋ {s.sendOne}
            </button>
            <label className="rl-predict-toggle">
              <input type="checkbox" checked={predict.enabled} onChange={(e) => predict.setEnabled(e.target.checked)} data-testid="predict-toggle" />{' '}
              {s.predictToggle}
            </label>
            <span className="muted small" role="status">
              {sent ?? ''}
            </span>
          </div>
          {predict.enabled && <p className="muted small">{s.predictHelp}</p>}
          {predict.enabled && lane && (
            <PredictPanel
              predict={predict}
              run={lane.run}
              playing={player.playing}
              laneName={compare ? s.laneParams(focus, getAlgorithm(lane.run.entry.algorithm).name) : null}
            />
          )}
          {compare ? (
            <CompareLanes lab={lab} index={player.index} nowMs={player.timeMs} focus={focus} onFocus={setFocus} />
          ) : (
            lane && <SingleLane lane={lane} index={player.index} nowMs={player.timeMs} />
          )}
          {/* One chart per lane in compare mode: every limiter's admitted / delayed / rejected over time. */}
          <div className={compare ? 'rl-charts compare' : 'rl-charts'}>
            {lab.lanes.map((l, li) => (
              <RunChart
                key={li}
                lane={l}
                bucketMs={lab.bucketMs}
                durationMs={lab.durationMs}
                timeMs={player.timeMs}
                index={player.index}
                playing={player.playing}
                title={compare ? `${s.laneParams(li, getAlgorithm(l.run.entry.algorithm).name)} · ` : ''}
              />
            ))}
          </div>
          <RunTrace lab={lab} focus={focus} index={player.index} playing={player.playing} onSelect={selectRow} />
          <FastForwardPanel values={values} query={query} />
        </div>
        <div className="rl-side">
          <LimiterControls values={values} errors={errors} onChange={edit} />
          <TrafficControls values={values} errors={errors} arrivals={lab.arrivals} onChange={edit} />
        </div>
      </div>
    </div>
  );
}
