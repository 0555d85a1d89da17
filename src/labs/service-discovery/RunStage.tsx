// Everything that follows the player's moment: the controls, the window summary, the picture of
// each registry (two side by side in the outage comparison), the chart and the trace.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { usePick } from '../../ui/use-language.ts';
import type { Scenario } from './core/scenario.ts';
import type { Row } from './core/sim-state.ts';
import type { Run, SideRun } from './core/simulate.ts';
import { CallsChart } from './CallsChart.tsx';
import { DiscoveryTrace } from './DiscoveryTrace.tsx';
import { Picture } from './Picture.tsx';
import { WindowSummary } from './WindowSummary.tsx';
import { WorstCase } from './WorstCase.tsx';
import { en, zh } from './strings.ts';

/** For every merged row, the index of the latest row of `side` at or before it (-1: none yet). */
function lastOfSide(rows: readonly Row[], side: Row['side']): number[] {
  const out: number[] = [];
  let last = -1;
  rows.forEach((r, i) => {
    if (r.side === side) last = i;
    out.push(last);
  });
  return out;
}

export function RunStage({ run, scenario }: { run: Run; scenario: Scenario }) {
  const S = usePick({ zh, en });
  const times = useMemo(() => run.rows.map((r) => r.timeMs), [run]);
  const mainIdx = useMemo(() => lastOfSide(run.rows, 'main'), [run]);
  const compareIdx = useMemo(() => lastOfSide(run.rows, 'compare'), [run]);
  const player = usePlayer(times, run.durationMs);
  usePlayerUrlTime(player);
  const at = Math.max(0, player.index);
  const frameOf = (idx: readonly number[]) => run.rows[idx[at] ?? -1]?.frame ?? run.rows[0]?.frame;
  const mainFrame = frameOf(mainIdx);
  const compareFrame = run.compare ? frameOf(compareIdx) : undefined;
  const sides: { side: SideRun; label: string }[] = [{ side: run.main, label: S.kinds[run.main.kind] }];
  if (run.compare) sides.push({ side: run.compare, label: S.kinds.eureka });
  return (
    <section className="lab-stage sd-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={run.rows.length} />
      <WindowSummary sides={sides} timeMs={player.timeMs} />
      <div className={run.compare ? 'sd-pictures two' : 'sd-pictures'}>
        {mainFrame && <Picture kind={run.main.kind} frame={mainFrame} testId="picture-main" />}
        {run.compare && compareFrame && <Picture kind="eureka" frame={compareFrame} testId="picture-compare" />}
      </div>
      <div className={run.compare ? 'sd-pictures two' : 'sd-pictures'}>
        {sides.map(({ side, label }) => (
          <CallsChart key={side.kind} series={side.series} durationMs={run.durationMs} cursorMs={player.timeMs} title={run.compare ? label : undefined} />
        ))}
      </div>
      {(scenario.kind === 'eureka' || run.compare) && <WorstCase timings={scenario.timings} />}
      <DiscoveryTrace rows={run.rows} index={player.index} playing={player.playing} compare={run.compare !== null} onSeek={player.seek} />
    </section>
  );
}
