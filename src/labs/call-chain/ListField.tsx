// A per-service list (`timeout=1000,500,250`): one text box, checked like the URL, a bad entry
// stays in the box with its message while the lab keeps the last valid values.
import { useEffect, useId, useState } from 'react';
import { useLanguage } from '../../ui/use-language.ts';
import { checkList, type NumberRule } from './core/params.ts';
import { describeProblem } from './row-text.ts';

export interface ListFieldProps {
  readonly name: string;
  readonly label: string;
  readonly unit?: string;
  readonly values: readonly number[];
  readonly rule: NumberRule;
  readonly help: string;
  readonly error?: string | undefined;
  readonly onChange: (values: number[]) => void;
}

export function ListField({ name, label, unit, values, rule, help, error, onChange }: ListFieldProps) {
  const id = useId();
  const language = useLanguage();
  const joined = values.join(',');
  const [text, setText] = useState(joined);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    setText(joined);
    setLocalError(null);
  }, [joined]);
  const shown = localError ?? error;
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
        {unit ? <span className="muted small"> ({unit})</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        data-param={name}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = checkList(rule, e.target.value.replace(/\s+/g, ''));
          if (parsed) {
            setLocalError(null);
            onChange(parsed);
          } else setLocalError(describeProblem[language]({ code: 'list', key: name, rule }));
        }}
      />
      {shown ? (
        <span id={`${id}-msg`} className="field-error" role="alert">
          {shown}
        </span>
      ) : (
        <span id={`${id}-msg`} className="muted small">
          {help}
        </span>
      )}
    </div>
  );
}
