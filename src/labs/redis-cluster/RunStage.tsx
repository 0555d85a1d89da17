// Everything that follows the player's moment: the controls, the slot map, the calculator's
// owner, the nodes, the writes and the trace. Owns the player so the form beside it stays still.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import type { ScenarioRun } from './core/run-scenario.ts';
import { ClusterTrace } from './ClusterTrace.tsx';
import { KeySlotCalculator } from './KeySlotCalculator.tsx';
import { NodeTable } from './NodeTable.tsx';
import { SlotMap } from './SlotMap.tsx';
import { S } from './strings.ts';
import { WritesPanel } from './WritesPanel.tsx';

export interface RunStageProps {
  readonly run: ScenarioRun;
  readonly clients: readonly string[];
  readonly keyValue: string;
  readonly keyError: string | undefined;
  readonly onKey: (key: string) => void;
}

export function RunStage({ run, clients, keyValue, keyError, onKey }: RunStageProps) {
  const times = useMemo(() => run.rows.map((r) => r.timeMs), [run]);
  const player = usePlayer(times, run.durationMs);
  usePlayerUrlTime(player);
  const row = player.index >= 0 ? run.rows[player.index] : undefined;
  const snapshot = row?.snapshot ?? run.initial;
  const finished = player.index === run.rows.length - 1;
  return (
    <section className="lab-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={run.rows.length} />
      <SlotMap snapshot={snapshot} clients={clients} />
      <div className="rc-pair">
        <KeySlotCalculator value={keyValue} error={keyError} snapshot={snapshot} onChange={onKey} />
        <NodeTable nodes={snapshot.nodes} />
      </div>
      <WritesPanel writes={run.writes} finished={finished} />
      <ClusterTrace rows={run.rows} index={player.index} onSeek={player.seek} />
    </section>
  );
}
