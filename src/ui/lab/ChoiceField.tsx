// A parameter with a fixed set of values (slidingWindowType, an algorithm…) as a labelled select,
// with the URL's complaint about a bad value shown beside it.
import { useId } from 'react';
import { FieldNote, noteId } from './FieldNote.tsx';

export interface ChoiceFieldProps<T extends string> {
  readonly name: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly error?: string | undefined;
  readonly help?: string | undefined;
  readonly testId?: string;
  readonly onChange: (value: T) => void;
}

/** Options from a list of values and their labels. */
export function choices<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export function ChoiceField<T extends string>({ name, label, value, options, error, help, onChange, testId }: ChoiceFieldProps<T>) {
  const id = useId();
  const note = noteId(id, error, help);
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
      </label>
      <select
        id={id}
        value={value}
        data-param={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={note}
        data-testid={testId}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNote id={id} error={error} help={help} />
    </div>
  );
}
