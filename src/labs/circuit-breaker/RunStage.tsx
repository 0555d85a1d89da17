// Everything that follows the player's moment: the controls, the live picture (state machine,
// window, counters), manual actions, the charts, the transitions and the trace. Owns the player so
// the parameter form beside it does not re-render on every frame.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useEffect, useMemo, useRef } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TimeChart } from '../../ui/player/TimeChart.tsx';
import { lastIndexAtOrBefore, usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import type { BreakerState } from './core/breaker-types.ts';
import type { CircuitBreakerParams, ParamErrors } from './core/params.ts';
import type { BuiltRun } from './build-run.ts';
import { BackendEditor } from './BackendEditor.tsx';
import { BreakerTrace } from './BreakerTrace.tsx';
import { Counters } from './Counters.tsx';
import { FastForward } from './FastForward.tsx';
import { ManualControls } from './ManualControls.tsx';
import { NotesCallout } from './NotesCallout.tsx';
import { RateChart } from './RateChart.tsx';
import { specInfo } from './spec-info.ts';
import { StateMachine } from './StateMachine.tsx';
import { StateTimeline } from './StateTimeline.tsx';
import { TransitionList } from './TransitionList.tsx';
import { WindowPicture } from './WindowPicture.tsx';
import { edgeLabels, S } from './strings.ts';

const BUCKET_MS = 1000;

export interface RunStageProps {
  readonly values: CircuitBreakerParams;
  readonly errors: ParamErrors;
  readonly built: BuiltRun;
  readonly query: string;
  readonly onChange: (edit: Edit<CircuitBreakerParams>) => void;
}

export function RunStage({ values, errors, built, query, onChange }: RunStageProps) {
  const { run, times, initial, manualCalls } = built;
  const player = usePlayer(times, built.playableMs);
  usePlayerUrlTime(player);
  // A manual action re-simulates; keep the player where the user pressed the button.
  const resumeAt = useRef<number | null>(null);
  useEffect(() => {
    if (resumeAt.current !== null) player.seek(resumeAt.current);
    resumeAt.current = null;
    // Only when a new run arrives (player.seek is stable for a given duration).
  }, [times]);

  const spec = values.breaker;
  const info = useMemo(() => specInfo(spec), [spec]);
  const labels = useMemo(() => edgeLabels(spec.model, info.waitMs), [spec.model, info.waitMs]);
  const states: readonly BreakerState[] =
    spec.model === 'resilience4j' ? ['CLOSED', 'OPEN', 'HALF_OPEN', 'FORCED_OPEN', 'DISABLED'] : ['CLOSED', 'OPEN', 'HALF_OPEN'];
  const transitionTimes = useMemo(() => run.transitions.map((t) => t.atMs), [run.transitions]);

  const row = player.index >= 0 ? run.rows[player.index] : undefined;
  const state = row?.stateAfter ?? 'CLOSED';
  const metrics = row?.metrics ?? initial.metrics;
  const snapshot = row?.window ?? initial.window;
  // Transitions at or before the moment shown (a transition is part of the row that caused it).
  const shownTransitions = row ? lastIndexAtOrBefore(transitionTimes, row.timeMs) + 1 : 0;
  const lastIndex = shownTransitions - 1;
  const last = run.transitions[lastIndex] ?? null;

  const traffic = useMemo(
    () => [
      { name: S.trafficPermitted, kind: 'bar' as const, tone: 'ok' as const, values: run.series.map((p) => p.permitted) },
      { name: S.trafficRejected, kind: 'bar' as const, tone: 'bad' as const, values: run.series.map((p) => p.rejected) },
      { name: S.trafficFailures, kind: 'line' as const, tone: 'warn' as const, values: run.series.map((p) => p.failures) },
    ],
    [run.series],
  );

  const act = (next: Edit<CircuitBreakerParams>, atMs: number) => {
    resumeAt.current = atMs;
    onChange(next);
  };

  return (
    <section className="cb-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={run.rows.length} />
      {run.truncated && <p className="banner warning small">{S.truncated(run.rows.length, S.at(built.playableMs))}</p>}
      {values.preset === 'notes-sliding-window' && (
        <NotesCallout
          series={run.series}
          bucketMs={BUCKET_MS}
          cursorMs={player.timeMs}
          failureRate={metrics.failureRate}
          threshold={info.failureRate}
          state={state}
        />
      )}
      <div className="lab-box cb-live">
        <StateMachine model={spec.model} state={state} last={last} lastIndex={lastIndex} labels={labels} />
        <WindowPicture spec={spec} state={state} window={snapshot} />
        <div className="cb-live-counters">
          <Counters
            model={spec.model}
            info={info}
            state={state}
            metrics={metrics}
            probesLeft={row?.probesLeft ?? 0}
            retryAtMs={row?.retryAtMs ?? null}
            inFlight={row?.inFlight ?? 0}
            nowMs={player.timeMs}
          />
        </div>
      </div>
      <ManualControls values={values} errors={errors} nowMs={player.timeMs} onChange={act} />
      <StateTimeline timeline={run.timeline} durationMs={values.durationMs} cursorMs={player.timeMs} states={states} onSeek={player.seek} />
      <RateChart
        series={run.series}
        bucketMs={BUCKET_MS}
        durationMs={values.durationMs}
        cursorMs={player.timeMs}
        info={info}
        showSlow={spec.model !== 'hystrix' && info.slowCallRate !== null}
      />
      <TimeChart title={S.trafficChartTitle} series={traffic} bucketMs={BUCKET_MS} durationMs={values.durationMs} cursorMs={player.timeMs} height={150} />
      <BackendEditor values={values} errors={errors} onChange={onChange} />
      <TransitionList transitions={run.transitions} count={shownTransitions} model={spec.model} onSeek={player.seek} />
      <BreakerTrace rows={run.rows} index={player.index} model={spec.model} manual={manualCalls} playing={player.playing} onSeek={player.seek} />
      <FastForward key={query} values={values} states={states} />
    </section>
  );
}
