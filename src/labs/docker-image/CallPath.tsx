// docker run, hop by hop, with the shared player (play, step, back; `t=` in the URL): the
// components in a row with the current hop marked, the process tree at that moment, and every
// step so far as a row.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import { ACTORS, callPath, type CallStep } from './core/call-path.ts';
import { S } from './strings.ts';

const STEP_MS = 1000;

export function CallPath({ liveRestore, onLiveRestore }: { liveRestore: boolean; onLiveRestore: (on: boolean) => void }) {
  const steps = useMemo(() => callPath(liveRestore), [liveRestore]);
  const times = useMemo(() => steps.map((_, i) => i * STEP_MS), [steps]);
  const player = usePlayer(times, (steps.length - 1) * STEP_MS);
  usePlayerUrlTime(player);
  const index = Math.max(0, player.index);
  const step = steps[index];
  const columns: readonly TraceColumn<CallStep>[] = [
    { header: S.callCols.step, cell: (_r, i) => i + 1 },
    { header: S.callCols.hop, cell: (r) => (r.from === r.to ? S.actors[r.from] : `${S.actors[r.from]} → ${S.actors[r.to]}`) },
    { header: S.callCols.what, cell: (r) => S.callText[r.id], className: 'why' },
    { header: S.callCols.via, cell: (r) => <span className="mono small">{r.via}</span>, className: 'dk-via-cell' },
  ];
  return (
    <section className="lab-box" id="call-path" aria-labelledby="dk-call-title" data-testid="call-path">
      <h2 id="dk-call-title">{S.callTitle}</h2>
      <p className="small muted">{S.callHelp}</p>
      <label className="row small">
        <input type="checkbox" data-testid="live-restore" checked={liveRestore} onChange={(e) => onLiveRestore(e.target.checked)} />
        <span className="mono">{S.liveRestore}</span>
      </label>
      <PlayerControls player={player} rowCount={steps.length} />
      {step && (
        <div className="dk-call-now" data-testid="call-step" data-step={step.id}>
          <ol className="dk-actors">
            {ACTORS.map((a) => (
              <li key={a} className={a === step.from || a === step.to ? 'on' : ''} aria-current={a === step.to ? 'step' : undefined}>
                {S.actors[a]}
              </li>
            ))}
          </ol>
          <p className="dk-call-text">
            <strong>
              {index + 1}/{steps.length}
            </strong>{' '}
            {S.callText[step.id]}
          </p>
          <p className="mono small dk-via">{step.via}</p>
          <div className="dk-tree">
            <p className="small">
              <strong>{S.treeTitle}</strong> ·{' '}
              <span className={step.containerUp ? 'dk-up' : 'dk-down'} data-testid="container-state">
                {step.containerUp ? S.containerUp : S.containerDown}
              </span>
            </p>
            <pre className="mono small">{step.tree.join('\n')}</pre>
          </div>
        </div>
      )}
      <TraceTable
        caption={S.callCaption}
        rows={steps}
        columns={columns}
        currentIndex={index}
        onSelect={(i) => player.seek(i * STEP_MS)}
        windowSize={steps.length}
      />
    </section>
  );
}
