// Every state change up to the player's moment, newest first, each with the engine's reason
// (core/explain.ts) and a button that seeks to it. Bounded to the last MAX entries.
import type { BreakerModelKind, Transition } from './core/breaker-types.ts';
import { describeTransition } from './explain-text.ts';
import { S } from './strings.ts';

const MAX = 30;

export function TransitionList({
  transitions,
  count,
  model,
  onSeek,
}: {
  transitions: readonly Transition[];
  count: number;
  model: BreakerModelKind;
  onSeek: (ms: number) => void;
}) {
  const start = Math.max(0, count - MAX);
  const shown = transitions.slice(start, count).reverse();
  return (
    <section className="cb-transitions" aria-labelledby="cb-transitions-title" data-testid="transition-list">
      <h2 id="cb-transitions-title">{S.transitionsTitle}</h2>
      {shown.length === 0 ? (
        <p className="muted small">{S.transitionsEmpty}</p>
      ) : (
        <ol reversed start={count}>
          {shown.map((t, k) => (
            <li key={start + shown.length - 1 - k}>
              <button type="button" className="link-button cb-time" onClick={() => onSeek(t.atMs)} aria-label={S.jumpTo(S.at(t.atMs))}>
                {S.at(t.atMs)}
              </button>{' '}
              <span className={`cb-state-text state-${t.from}`}>{t.from}</span> → <strong className={`cb-state-text state-${t.to}`}>{t.to}</strong>
              <span className="cb-why">{describeTransition(t, model)}</span>
            </li>
          ))}
        </ol>
      )}
      {start > 0 && <p className="muted small">{S.transitionsMore(start)}</p>}
    </section>
  );
}
