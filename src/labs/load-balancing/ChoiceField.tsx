// A <select> parameter with its real key name beside the label.
import { useId } from 'react';

export interface ChoiceFieldProps<T extends string> {
  readonly name: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly error?: string | undefined;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

export function ChoiceField<T extends string>({ name, label, value, options, labels, error, onChange, testId }: ChoiceFieldProps<T>) {
  const id = useId();
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
      </label>
      <select
        id={id}
        value={value}
        data-param={name}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => <option key={o} value={o}>{labels[o]}</option>)}
      </select>
      {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
    </div>
  );
}
