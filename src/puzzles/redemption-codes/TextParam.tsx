// A text parameter checked in place, like NumberField: the typed text stays with a message
// beside it, and the page keeps the last valid value.
import { useEffect, useId, useState } from 'react';

export interface TextParamProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly help: string;
  readonly error?: string | undefined;
  /** The valid value for a text, or null. */
  readonly validate: (text: string) => string | null;
  readonly errorText: string;
  readonly onChange: (value: string) => void;
}

export function TextParam({ name, label, value, help, error, validate, errorText, onChange }: TextParamProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    setText((t) => (validate(t) === value ? t : value));
    setLocalError(null);
  }, [value, validate]);
  const shown = localError ?? error;
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
      </label>
      <input
        id={id}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : `${id}-help`}
        onChange={(e) => {
          setText(e.target.value);
          const v = validate(e.target.value);
          if (v === null) setLocalError(errorText);
          else {
            setLocalError(null);
            if (v !== value) onChange(v);
          }
        }}
        data-param={name}
      />
      {shown ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </span>
      ) : (
        <span id={`${id}-help`} className="muted small">
          {help}
        </span>
      )}
    </div>
  );
}
