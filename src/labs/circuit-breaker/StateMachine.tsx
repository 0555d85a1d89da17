// The state machine as the engine sees it right now: the three states (plus Resilience4j's
// FORCED_OPEN and DISABLED), the current one highlighted, and the transition taken last drawn
// moving along its edge. Driven by the row at the player's index, never by its own timer.
import { useId } from 'react';
import type { BreakerModelKind, BreakerState, Transition } from './core/breaker-types.ts';
import { STATE_LABELS } from './explain-text.ts';
import { EDGE_LABELS, S, STATE_SHORT } from './strings.ts';

interface Node {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const NODES: Readonly<Record<BreakerState, Node>> = {
  CLOSED: { x: 70, y: 56, w: 112, h: 46 },
  OPEN: { x: 330, y: 56, w: 112, h: 46 },
  HALF_OPEN: { x: 200, y: 176, w: 124, h: 46 },
  DISABLED: { x: 56, y: 196, w: 92, h: 36 },
  FORCED_OPEN: { x: 344, y: 196, w: 100, h: 36 },
};

/** The four edges every model has, drawn always; others (manual) are drawn only when taken. */
// maxWidth: the room the label has before it runs into a node or off the picture (viewBox units);
// a longer label wraps at a space (English ones do: "failure or slow-call rate ≥ threshold").
const EDGES: Readonly<
  Record<string, { readonly d: string; readonly lx: number; readonly ly: number; readonly anchor: 'start' | 'middle' | 'end'; readonly maxWidth: number }>
> = {
  'CLOSED>OPEN': { d: 'M127,50 L272,50', lx: 200, ly: 40, anchor: 'middle', maxWidth: 140 },
  'OPEN>HALF_OPEN': { d: 'M300,80 L238,152', lx: 262, ly: 108, anchor: 'end', maxWidth: 120 },
  'HALF_OPEN>OPEN': { d: 'M252,160 L334,80', lx: 302, ly: 132, anchor: 'start', maxWidth: 92 },
  'HALF_OPEN>CLOSED': { d: 'M140,166 L76,80', lx: 104, ly: 132, anchor: 'end', maxWidth: 98 },
};

const LINE = 12;

/** Rough width of 11 px text: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += /[\u2e80-\uffff]/.test(c) ? 11 : 6;
  return w;
}

/** The label in lines that fit maxWidth: split at the space that makes the longest line shortest. */
export function wrapLabel(text: string, maxWidth: number): string[] {
  if (textWidth(text) <= maxWidth) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...lines.map(textWidth));
    if (widest < bestWidth) {
      best = lines;
      bestWidth = widest;
    }
  }
  return best;
}

function curve(from: BreakerState, to: BreakerState): string {
  const a = NODES[from];
  const b = NODES[to];
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  // Bend away from the middle of the picture so a manual arrow does not lie on a regular edge.
  const cx = mx + (mx < 200 ? -40 : 40);
  const cy = my + 30;
  return `M${a.x},${a.y + a.h / 2} Q${cx},${cy} ${b.x},${b.y - b.h / 2}`;
}

export interface StateMachineProps {
  readonly model: BreakerModelKind;
  readonly state: BreakerState;
  readonly last: Transition | null;
  /** Index of `last` in the run's transitions: restarts the animation when a new one is taken. */
  readonly lastIndex: number;
  readonly labels: Readonly<Record<keyof typeof EDGE_LABELS, string>>;
}

export function StateMachine({ model, state, last, lastIndex, labels }: StateMachineProps) {
  const id = useId().replace(/:/g, '');
  const states: readonly BreakerState[] =
    model === 'resilience4j' ? ['CLOSED', 'OPEN', 'HALF_OPEN', 'DISABLED', 'FORCED_OPEN'] : ['CLOSED', 'OPEN', 'HALF_OPEN'];
  const lastKey = last ? `${last.from}>${last.to}` : '';
  const regular = EDGES[lastKey];
  const lastText = last ? `${last.from} → ${last.to}${S.paren(S.at(last.atMs))}` : '';
  return (
    <figure className="cb-machine" data-testid="state-machine" data-state={state}>
      <svg viewBox="0 0 400 232" role="img" aria-label={S.machineAria(state, lastText)}>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="cb-arrow-head" />
          </marker>
          <marker id={`${id}-arrow-hot`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="cb-arrow-head hot" />
          </marker>
        </defs>
        {Object.entries(EDGES).map(([key, e]) => (
          <g key={key}>
            <path d={e.d} className="cb-edge" markerEnd={`url(#${id}-arrow)`} />
            <EdgeLabel edge={e} text={labels[key as keyof typeof EDGE_LABELS]} up={key === 'CLOSED>OPEN'} />
          </g>
        ))}
        {last && (
          <path
            key={lastIndex}
            d={regular ? regular.d : curve(last.from, last.to)}
            className={`cb-edge-hot${regular ? '' : ' manual'}`}
            markerEnd={`url(#${id}-arrow-hot)`}
          />
        )}
        {states.map((s) => {
          const n = NODES[s];
          const current = s === state;
          const extra = s === 'DISABLED' || s === 'FORCED_OPEN';
          return (
            <g key={s} className={`cb-node state-${s}${current ? ' is-current' : ''}${extra ? ' is-extra' : ''}`}>
              {current && <rect key={`pulse-${lastIndex}`} className="cb-node-pulse" x={n.x - n.w / 2} y={n.y - n.h / 2} width={n.w} height={n.h} rx="10" />}
              <rect x={n.x - n.w / 2} y={n.y - n.h / 2} width={n.w} height={n.h} rx="10" />
              <text x={n.x} y={n.y - (extra ? 2 : 3)} textAnchor="middle" className="cb-node-name">
                {s}
              </text>
              <text x={n.x} y={n.y + (extra ? 12 : 14)} textAnchor="middle" className="cb-node-sub">
                {STATE_SHORT[s]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="cb-now">
          {S.currentState}
          {S.colon}
          <strong className={`cb-state-text state-${state}`} data-testid="current-state">
            {STATE_LABELS[state]}
          </strong>
        </span>
        <span className="muted small">
          {S.lastTransition}
          {S.colon}
          {last ? lastText : S.noTransitionYet}
        </span>
      </figcaption>
    </figure>
  );
}

/** A wrapped edge label: above the top edge it grows upwards, beside the others it stays centred. */
function EdgeLabel({ edge, text, up }: { edge: (typeof EDGES)[string]; text: string; up: boolean }) {
  const lines = wrapLabel(text, edge.maxWidth);
  const top = edge.ly - (lines.length - 1) * (up ? LINE : LINE / 2);
  return (
    <text x={edge.lx} y={top} textAnchor={edge.anchor} className="cb-edge-label">
      {lines.map((line, i) => (
        <tspan key={i} x={edge.lx} dy={i === 0 ? 0 : LINE}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}
