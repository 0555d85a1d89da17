// A numeric parameter field that refuses bad input in place: the text the user typed stays in the
// box with a message beside it, and the lab keeps running with the last valid value.
import { useEffect, useId, useState } from 'react';
import { L } from './strings.ts';
import { FieldNote, noteId } from './FieldNote.tsx';

export interface NumberFieldProps {
  /** The real configuration key (rate, burst, window…), shown in code style. */
  readonly name: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly unit?: string;
  readonly help?: string;
  /** An error from outside (e.g. a bad value in the URL). */
  readonly error?: string | undefined;
  /** Whole numbers only. */
  readonly integer?: boolean;
  readonly onChange: (value: number) => void;
}

export function validateNumber(text: string, min: number, max: number, integer: boolean): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: L.numberEmpty };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: L.notANumber(trimmed) };
  if (integer && !Number.isInteger(value)) return { error: L.integer };
  if (value < min || value > max) return { error: L.range(min, max) };
  return { value };
}

export function NumberField({ name, label, value, min, max, unit, help, error, integer = false, onChange }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [localError, setLocalError] = useState<string | null>(null);
  // Follow outside changes (a preset, the URL) unless the user is mid-edit with an error.
  useEffect(() => {
    setText(String(value));
    setLocalError(null);
  }, [value]);
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
        inputMode="decimal"
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={noteId(id, shown, help)}
        onChange={(e) => {
          setText(e.target.value);
          const result = validateNumber(e.target.value, min, max, integer);
          if ('error' in result) setLocalError(result.error);
          else {
            setLocalError(null);
            onChange(result.value);
          }
        }}
        data-param={name}
      />
      <FieldNote id={id} error={shown} help={help} />
    </div>
  );
}
