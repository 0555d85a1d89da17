// Radio buttons (single choice, true/false) or checkboxes (multiple choice) in a fieldset whose
// legend is the prompt. After checking, each option says whether it was right: a word and a mark,
// not colour alone.
import { useId, type ReactNode } from 'react';
import { InlineCode } from './InlineCode.tsx';

export interface ChoiceOption {
  /** The option's written index (what the answer refers to). */
  readonly index: number;
  readonly text: string;
}

export interface ChoiceOptionsProps {
  readonly legend: ReactNode;
  /** In the order shown (shuffled). */
  readonly options: readonly ChoiceOption[];
  readonly multiple: boolean;
  readonly selected: readonly number[];
  readonly onChange: (selected: number[]) => void;
  /** After checking: the right indexes, and the inputs are locked. */
  readonly revealed: readonly number[] | null;
  readonly labels: { readonly right: string; readonly wrong: string };
}

export function ChoiceOptions({ legend, options, multiple, selected, onChange, revealed, labels }: ChoiceOptionsProps) {
  const name = useId();
  const toggle = (index: number, on: boolean) => {
    if (!multiple) onChange([index]);
    else onChange(on ? [...selected, index] : selected.filter((x) => x !== index));
  };
  return (
    <fieldset className="quiz-fieldset" disabled={revealed !== null}>
      <legend>{legend}</legend>
      <ul className="quiz-options">
        {options.map((o) => {
          const picked = selected.includes(o.index);
          const right = revealed?.includes(o.index) ?? false;
          const mark = revealed === null ? null : right ? 'right' : picked ? 'wrong' : null;
          return (
            <li key={o.index} className={mark ? `quiz-option is-${mark}` : 'quiz-option'}>
              <label>
                <input type={multiple ? 'checkbox' : 'radio'} name={name} checked={picked} onChange={(e) => toggle(o.index, e.target.checked)} />
                <span>
                  <InlineCode text={o.text} />
                </span>
                {mark && <span className="quiz-mark">{mark === 'right' ? `✓ ${labels.right}` : `✗ ${labels.wrong}`}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
