// A text parameter (a name, an address, a list, a script) that refuses bad input in place: the
// typed text stays with a message, and the lab keeps running with the last valid value.
import { useEffect, useId, useState } from 'react';
import { FieldNote, noteId } from './FieldNote.tsx';

export interface TextFieldProps {
  /** The real configuration key, shown in code style. */
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly check: (text: string) => boolean;
  /** Shown while the typed text fails `check`. */
  readonly message: string;
  readonly help?: string;
  /** An error from outside (e.g. a bad value in the URL). */
  readonly error?: string | undefined;
  /** Hand the value on without surrounding blanks. */
  readonly trim?: boolean;
  readonly onChange: (value: string) => void;
}

export function TextField({ name, label, value, check, message, help, error, trim = false, onChange }: TextFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText(value);
    setBad(false);
  }, [value]);
  const shown = bad ? message : error;
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
      </label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={text}
        data-param={name}
        aria-invalid={shown ? true : undefined}
        aria-describedby={noteId(id, shown, help)}
        onChange={(e) => {
          setText(e.target.value);
          const ok = check(e.target.value);
          setBad(!ok);
          if (ok) onChange(trim ? e.target.value.trim() : e.target.value);
        }}
      />
      <FieldNote id={id} error={shown} help={help} />
    </div>
  );
}
