// Put steps in order with buttons (keyboard and screen-reader friendly, no drag and drop). Focus
// stays on the moved step, and a live region says where it went.
import { useRef, useState, type ReactNode } from 'react';
import { moveStep } from './core/check-answer.ts';
import { InlineCode } from './InlineCode.tsx';

export interface OrderStepsProps {
  readonly legend: ReactNode;
  readonly steps: readonly string[];
  /** Written indexes of the steps in the order shown. */
  readonly order: readonly number[];
  readonly onChange: (order: number[]) => void;
  readonly locked: boolean;
  readonly labels: { readonly moveUp: string; readonly moveDown: string; readonly moved: (step: string, n: number) => string };
}

export function OrderSteps({ legend, steps, order, onChange, locked, labels }: OrderStepsProps) {
  const list = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const move = (position: number, by: -1 | 1) => {
    const step = order[position];
    const to = position + by;
    if (step === undefined || to < 0 || to >= order.length) return;
    onChange(moveStep(order, position, to));
    setAnnouncement(labels.moved(steps[step] ?? '', to + 1));
    // After React re-renders: keep focus on the same step, on the other button if this one is now at the edge.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-step="${step}"] button`);
      const preferred = buttons?.[by < 0 ? 0 : 1];
      (preferred && !preferred.disabled ? preferred : buttons?.[by < 0 ? 1 : 0])?.focus();
    });
  };
  return (
    <fieldset className="quiz-fieldset" disabled={locked}>
      <legend>{legend}</legend>
      <ol className="quiz-steps" ref={list}>
        {order.map((step, position) => {
          const text = steps[step] ?? '';
          return (
            <li key={step} data-step={step} className="quiz-step">
              <div className="quiz-step-row">
                <span className="quiz-step-text">
                  <InlineCode text={text} />
                </span>
                <span className="quiz-step-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={position === 0}
                    onClick={() => move(position, -1)}
                    aria-label={`${labels.moveUp}: ${text}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={position === order.length - 1}
                    onClick={() => move(position, 1)}
                    aria-label={`${labels.moveDown}: ${text}`}
                  >
                    ↓
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
