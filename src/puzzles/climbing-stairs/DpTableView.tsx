// The DP table filling left to right: each step writes ways[i] as the sum of the cells one step
// size back, which are highlighted, with the sum spelled out.
import { useEffect, useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { type DpFill, MAX_N_DP_TRACE, traceDp } from './core/dp.ts';
import type { StepSet } from './core/steps.ts';
import { T } from './strings.ts';

const STEP_MS = 600;

export function DpTableView({ n, steps }: { n: number; steps: StepSet }) {
  const shown = Math.min(n, MAX_N_DP_TRACE);
  const trace = useMemo(() => traceDp(shown, steps), [shown, steps]);
  const times = useMemo(() => trace.fills.map((_, i) => i * STEP_MS), [trace]);
  const player = usePlayer(times, trace.fills.length * STEP_MS, 2);
  // Open on the filled table; ▶ fills it again from ways[0].
  const { toEnd } = player;
  useEffect(() => toEnd(), [times]);
  const at = player.index;
  const current = trace.fills[at];
  const from = new Set(current?.from ?? []);
  const explain = (f: DpFill) =>
    T.dpFill(
      f.i,
      f.from,
      f.from.map((j) => trace.table[j] ?? ''),
      f.value,
    );
  const columns: TraceColumn<DpFill>[] = [
    { header: T.stepCol, cell: (_f, i) => i + 1 },
    { header: T.whyCol, className: 'why', cell: explain },
  ];
  return (
    <div className="stairs-dp" data-testid="stairs-dp">
      <p className="small">
        {T.dpIntro(shown, n)} <strong>{T.additions(trace.ops.additions)}</strong>
      </p>
      <PlayerControls player={player} rowCount={trace.fills.length} />
      <p className="stairs-now" aria-live="polite">
        {current ? explain(current) : ''}
      </p>
      <ol className="dp-cells" aria-label={T.dpAria(shown)}>
        {trace.table.map((value, i) => {
          const filled = i <= at;
          const cls = `dp-cell${filled ? ' filled' : ''}${i === current?.i ? ' current' : ''}${from.has(i) ? ' source' : ''}`;
          return (
            <li key={i} className={cls}>
              <span className="dp-index">[{i}]</span>
              <span className="dp-value">{filled ? value : ''}</span>
            </li>
          );
        })}
      </ol>
      <TraceTable caption={T.dpTitle} rows={trace.fills} columns={columns} currentIndex={at} onSelect={(i) => player.seek(i * STEP_MS)} />
    </div>
  );
}
