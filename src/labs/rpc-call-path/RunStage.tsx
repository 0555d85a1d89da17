// Everything that follows the player's moment: the controls, the call path picture, the selected
// layer's explanation, the call clock, the bytes of the request and the trace. The player moves
// one event per step (times are step numbers), so every row can be stepped to and back.
import { useEffect, useMemo, useState } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { usePick } from '../../ui/use-language.ts';
import { CallClock } from './CallClock.tsx';
import { CallPicture } from './CallPicture.tsx';
import { CallTrace } from './CallTrace.tsx';
import type { StageId } from './core/events.ts';
import { momentAt, nextEventAt } from './core/moment.ts';
import type { CallRun } from './core/simulate.ts';
import { PayloadPanel } from './PayloadPanel.tsx';
import { StageDetail } from './StageDetail.tsx';
import { strings } from './strings.ts';

/** Player time per event: one second per step at 1×. */
export const STEP_MS = 1000;

export function RunStage({ run }: { run: CallRun }) {
  const S = usePick(strings);
  const times = useMemo(() => run.events.map((_, i) => i * STEP_MS), [run]);
  const player = usePlayer(times, Math.max(0, (run.events.length - 1) * STEP_MS));
  usePlayerUrlTime(player);
  const index = Math.max(0, player.index);
  const row = run.events[index];
  const moment = useMemo(() => momentAt(run, index), [run, index]);
  const [picked, setPicked] = useState<StageId | null>(null);
  // A step or seek shows the new row's layer; a click on a layer the run never reaches stays.
  useEffect(() => {
    setPicked(null);
  }, [index]);
  const shown: StageId = picked ?? row?.stage ?? 'proxy';
  const choose = (stage: StageId) => {
    const next = nextEventAt(run, stage, index);
    if (next >= 0 && next !== index) player.seek(next * STEP_MS);
    else setPicked(stage);
  };
  return (
    <section className="lab-stage rpc-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={run.events.length} />
      <p className="muted small rpc-player-note">{S.playerNote}</p>
      <div className="rpc-pair">
        <CallPicture run={run} row={row} moment={moment} shown={shown} onChoose={choose} />
        <div className="rpc-side">
          <StageDetail stage={shown} config={run.config} />
          <CallClock run={run} row={row} moment={moment} />
        </div>
      </div>
      <PayloadPanel config={run.config} />
      <CallTrace run={run} index={index} playing={player.playing} onSeek={(i) => player.seek(i * STEP_MS)} />
    </section>
  );
}
