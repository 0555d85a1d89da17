// Everything that follows the player's moment: the controls, the live picture of the upstream and
// of the algorithm, the hand actions, the trace, per-server numbers and charts, and (for hash
// algorithms) the moved keys. Owns the player so the form beside it does not re-render per frame.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { memo, useEffect, useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TimeChart } from '../../ui/player/TimeChart.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { ActionControls } from './ActionControls.tsx';
import { BUCKET_MS, type LbRun } from './build-run.ts';
import { ComparePanel } from './ComparePanel.tsx';
import type { LoadBalancingValues } from './core/params.ts';
import { HASH_ALGORITHMS, type AlgorithmId } from './core/types.ts';
import { HourPanel } from './HourPanel.tsx';
import { LbTrace } from './LbTrace.tsx';
import { MechanismDetail } from './MechanismDetail.tsx';
import { MovedKeysPanel } from './MovedKeysPanel.tsx';
import { ServerSeriesChart } from './ServerSeriesChart.tsx';
import { ServerStats } from './ServerStats.tsx';
import { S } from './strings.ts';
import { UpstreamPicture } from './UpstreamPicture.tsx';

export interface RunStageProps {
  readonly run: LbRun;
  readonly errors: Readonly<Record<string, string>>;
  readonly query: string;
  /** Ring preview while the vnodes slider moves (null: the run's value). */
  readonly previewVnodes: number | null;
  /** Where to put the player once the next run arrives (null: at its start); written by the page. */
  readonly resumeAt: { current: number | null };
  /** The player's moment, for edits made outside the stage (the form keeps the player there). */
  readonly nowRef: { current: number };
  readonly onChange: (edit: Edit<LoadBalancingValues>, keepAtMs: number | null) => void;
}

// Parts that do not depend on the player's moment: memo keeps them still while the run plays.
const Moved = memo(MovedKeysPanel);
const Compare = memo(ComparePanel);
const Hour = memo(HourPanel);

export function RunStage({ run, errors, query, previewVnodes, resumeAt, nowRef, onChange }: RunStageProps) {
  const { values, sim } = run;
  const player = usePlayer(run.times, run.playableMs);
  usePlayerUrlTime(player);
  nowRef.current = player.timeMs;
  // An edit re-simulates; keep the player where the user was.
  const { seek } = player;
  useEffect(() => {
    if (resumeAt.current !== null) seek(resumeAt.current);
    resumeAt.current = null;
  }, [run, seek, resumeAt]);
  const change = onChange;
  const playAlgorithm = useMemo(() => (algorithm: AlgorithmId) => onChange({ algorithm }, nowRef.current), [onChange, nowRef]);

  const row = player.index >= 0 ? sim.rows[player.index] : undefined;
  const snapshot = row?.snapshot ?? run.initial;
  const load = useMemo(() => sim.summary.servers.map((s) => ({ id: s.id, values: s.series })), [sim]);
  const queues = useMemo(() => sim.summary.servers.map((s) => ({ id: s.id, values: s.queueSeries })), [sim]);
  const outcomes = useMemo(
    () => [
      { name: S.chartOk, kind: 'bar' as const, tone: 'ok' as const, values: run.outcomes.ok },
      { name: S.chart503, kind: 'bar' as const, tone: 'warn' as const, values: run.outcomes.shed },
      { name: S.chart502, kind: 'bar' as const, tone: 'bad' as const, values: run.outcomes.bad },
    ],
    [run],
  );
  const hash = HASH_ALGORITHMS.includes(values.algorithm);

  return (
    <section className="lab-stage lb-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={sim.rows.length} />
      {sim.truncated && <p className="banner warning small">{S.truncated(sim.rows.length, S.at(run.playableMs))}</p>}
      <UpstreamPicture
        row={row}
        index={player.index}
        snapshot={snapshot}
        events={run.events}
        algorithm={values.algorithm}
        capacity={values.capacity}
        queueLimit={values.queue}
      />
      <MechanismDetail algorithm={values.algorithm} rows={sim.rows} index={player.index} snapshot={snapshot} vnodes={previewVnodes ?? values.vnodes} />
      <ActionControls
        values={values}
        error={errors['actions']}
        presetEvents={run.presetEvents}
        snapshot={snapshot}
        nowMs={player.timeMs}
        durationMs={run.durationMs}
        onChange={change}
      />
      <LbTrace rows={sim.rows} index={player.index} playing={player.playing} onSeek={player.seek} />
      <ServerStats run={run} index={player.index} snapshot={snapshot} />
      {values.compare.length >= 2 && <Compare values={values} presetEvents={run.presetEvents} query={query} onPlay={playAlgorithm} />}
      <ServerSeriesChart title={S.loadChart} series={load} bucketMs={BUCKET_MS} durationMs={run.durationMs} cursorMs={player.timeMs} />
      <ServerSeriesChart title={S.queueChart} series={queues} bucketMs={BUCKET_MS} durationMs={run.durationMs} cursorMs={player.timeMs} height={120} />
      <TimeChart title={S.outcomeChart} series={outcomes} bucketMs={BUCKET_MS} durationMs={run.durationMs} cursorMs={player.timeMs} height={130} />
      {hash && <Moved run={run} algorithm={values.algorithm} />}
      <Hour values={values} presetEvents={run.presetEvents} query={query} />
    </section>
  );
}
