// A button that asks before it acts: the first press shows the question with 确定 / 取消 in place
// (no modal), and focus moves to 取消 so Enter does not confirm by accident.
import { useEffect, useRef, useState } from 'react';
import { S } from './strings.ts';

export interface ConfirmButtonProps {
  readonly label: string;
  readonly question: string;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
  readonly testId?: string;
}

export function ConfirmButton({ label, question, onConfirm, disabled = false, testId }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button ref={opener} type="button" disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={label}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {S.confirm}
      </button>
      <button ref={cancel} type="button" onClick={() => setAsking(false)}>
        {S.cancel}
      </button>
    </span>
  );
}
