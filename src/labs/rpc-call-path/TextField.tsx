// A text parameter (the providers' weights) that refuses bad input in place: the typed text stays
// with a message, and the lab keeps running with the last valid value.
import { useEffect, useId, useState } from 'react';

export interface TextFieldProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly check: (text: string) => boolean;
  readonly message: string;
  readonly help?: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

export function TextField({ name, label, value, check, message, help, error, onChange }: TextFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  useEffect(() => { setText(value); setBad(false); }, [value]);
  const shown = bad ? message : error;
  return (
    <div className="param-field">
      <label htmlFor={id}>{label} <code>{name}</code></label>
      <input id={id} type="text" value={text} data-param={name} spellCheck={false} autoComplete="off"
        aria-invalid={shown ? true : undefined} aria-describedby={shown ? `${id}-error` : help ? `${id}-help` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const ok = check(e.target.value);
          setBad(!ok);
          if (ok) onChange(e.target.value.trim());
        }} />
      {shown ? <span id={`${id}-error`} className="field-error" role="alert">{shown}</span> : help ? <span id={`${id}-help`} className="muted small">{help}</span> : null}
    </div>
  );
}
