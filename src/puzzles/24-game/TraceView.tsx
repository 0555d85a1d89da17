// The search played step by step: the numbers in hand as tiles, the pair being combined and the
// result, the path of combines so far, dead ends, memo hits and backtracks.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import type { Trace24, Trace24Step } from './core/trace.ts';
import { OP_SIGN, STEP_NAMES, T, explainStep } from './strings.ts';
import { tracePaths } from './trace-path.ts';

const STEP_MS = 700;

const KIND_TONE: Record<Trace24Step['kind'], string> = {
  start: 'muted',
  combine: 'accent',
  'divide-by-zero': 'warn',
  'memo-hit': 'warn',
  'dead-end': 'bad',
  found: 'ok',
  backtrack: 'muted',
  exhausted: 'bad',
};

function Tiles({ step }: { step: Trace24Step }) {
  const fresh = step.kind === 'combine' ? step.result.id : null;
  const picked = step.kind === 'divide-by-zero' ? new Set([step.left.id, step.right.id]) : new Set<number>();
  return (
    <ul className={`game24-tiles kind-${step.kind}`} aria-label={T.traceAria(step.items.map((i) => i.value).join(T.listSep))} data-testid="tiles">
      {step.items.map((item) => (
        <li key={item.id} className={`game24-tile${item.id === fresh ? ' fresh' : ''}${picked.has(item.id) ? ' picked' : ''}`}>
          <span className="tile-value">{item.value}</span>
          {item.expr !== item.value && <span className="tile-expr">{item.expr}</span>}
        </li>
      ))}
    </ul>
  );
}

export function TraceView({ trace, target }: { trace: Trace24; target: string }) {
  const times = useMemo(() => trace.steps.map((_, i) => i * STEP_MS), [trace]);
  const paths = useMemo(() => tracePaths(trace.steps), [trace]);
  const player = usePlayer(times, trace.steps.length * STEP_MS, 2);
  const at = Math.max(0, player.index);
  const step = trace.steps[at];
  const path = paths[at] ?? [];
  const columns: TraceColumn<Trace24Step>[] = [
    { header: T.colStep, cell: (_s, i) => i + 1 },
    { header: T.colDepth, cell: (s) => s.depth },
    { header: T.colKind, cell: (s) => <span className={`tone-${KIND_TONE[s.kind]} step-kind`}>{STEP_NAMES[s.kind]}</span> },
    { header: T.colWhy, className: 'why', cell: (s) => explainStep(s, target) },
    { header: T.colItems, cell: (s) => s.items.map((i) => i.value).join(' ') },
  ];
  return (
    <section className="panel game24-trace" aria-labelledby="game24-trace-title" data-testid="trace">
      <h2 id="game24-trace-title">{T.traceTitle}</h2>
      <p className="small">{T.traceIntro}</p>
      {trace.truncated && <p className="small muted">{T.traceTruncated(trace.steps.length)}</p>}
      <PlayerControls player={player} rowCount={trace.steps.length} />
      {step && (
        <div className="game24-stage">
          <p className="row small">
            <span className={`badge tone-${KIND_TONE[step.kind]}`}>{STEP_NAMES[step.kind]}</span>
            <span className="muted">{T.depth(step.depth)}</span>
          </p>
          {step.kind === 'combine' && (
            <p className="game24-equation" data-testid="equation">
              <span className="eq-operand">{step.left.value}</span> <span className="eq-op">{OP_SIGN[step.op]}</span>{' '}
              <span className="eq-operand">{step.right.value}</span> = <span className="eq-result">{step.result.value}</span>
            </p>
          )}
          <Tiles step={step} />
          <p className="game24-explain" aria-live="polite" data-testid="explain">
            {explainStep(step, target)}
          </p>
          <div className="game24-path small">
            <span className="muted">
              {T.pathTitle}
              {T.colon}
            </span>
            {path.length === 0 ? (
              <span className="muted">{T.pathEmpty}</span>
            ) : (
              <ol>
                {path.map((p, i) => (
                  <li key={i}>
                    {p.left} {OP_SIGN[p.op]} {p.right} = {p.result}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
      <TraceTable caption={T.traceTitle} rows={trace.steps} columns={columns} currentIndex={player.index} onSelect={(i) => player.seek(i * STEP_MS)} />
    </section>
  );
}
