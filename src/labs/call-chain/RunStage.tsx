// Everything that follows the player's moment: the controls, the chain picture, the charts, the
// run's totals and the trace. The run is computed in a worker; until it arrives the stage says so.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { usePick } from '../../ui/use-language.ts';
import { ChainCharts } from './ChainCharts.tsx';
import { ChainPicture } from './ChainPicture.tsx';
import { ChainTrace } from './ChainTrace.tsx';
import type { ChainRun } from './core/run-types.ts';
import type { ChainScenario } from './core/scenario.ts';
import { en, zh } from './strings.ts';
import { RunTotals } from './RunTotals.tsx';
import { StoppedBanner } from './StoppedBanner.tsx';
import { useChainRun } from './use-chain-worker.ts';

const NO_ROWS: readonly number[] = [];

export function RunStage({ scenario }: { scenario: ChainScenario }) {
  const S = usePick({ zh, en });
  const pending = useChainRun(scenario);
  const run: ChainRun | null = pending.kind === 'done' ? pending.value : null;
  const times = useMemo(() => (run ? run.rows.map((r) => r.t) : NO_ROWS), [run]);
  const player = usePlayer(times, scenario.durationMs);
  usePlayerUrlTime(player, run !== null);
  return (
    <section className="lab-stage" aria-label={S.stageTitle} aria-busy={run === null}>
      <PlayerControls player={player} rowCount={times.length} />
      {pending.kind === 'running' && (
        <p className="muted" role="status">
          {S.computing}
        </p>
      )}
      {pending.kind === 'error' && (
        <p className="banner warning" role="alert">
          {S.failed(pending.message)}
        </p>
      )}
      {run?.stopped && <StoppedBanner stop={run.stopped} durationMs={scenario.durationMs} />}
      {run && run.series && (
        <>
          <ChainPicture run={run} series={run.series} scenario={scenario} timeMs={player.timeMs} />
          <ChainCharts series={run.series} scenario={scenario} timeMs={player.timeMs} />
          <RunTotals summary={run.summary} />
          <ChainTrace run={run} index={player.index} playing={player.playing} onSeek={player.seek} />
        </>
      )}
    </section>
  );
}
