// A lab's scenario picker: its presets by title, the chosen one's explanation (and whatever the lab
// adds below it, such as sources), and a way back to the preset's exact values after edits. Each
// lab passes its own words and what choosing a preset does.
import { useId, type ReactNode } from 'react';

export interface PresetSelectProps<Id extends string> {
  readonly ids: readonly Id[];
  readonly value: Id;
  readonly titleOf: (id: Id) => string;
  readonly explanation: ReactNode;
  readonly labels: { readonly preset: string; readonly modified: string; readonly reset: string };
  /** The values differ from the preset's. */
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onPick: (id: Id) => void;
  readonly className?: string;
  readonly children?: ReactNode;
}

export function PresetSelect<Id extends string>({
  ids,
  value,
  titleOf,
  explanation,
  labels,
  modified,
  error,
  onPick,
  className = '',
  children,
}: PresetSelectProps<Id>) {
  const id = useId();
  return (
    <section className={`lab-preset panel ${className}`} aria-labelledby={`${id}-title`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-title`}>
          <strong>{labels.preset}</strong> <code>preset</code>
        </label>
        <select
          id={id}
          data-testid="preset-select"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onPick(ids.find((p) => p === e.target.value) ?? value)}
        >
          {ids.map((p) => (
            <option key={p} value={p}>
              {titleOf(p)}
            </option>
          ))}
        </select>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <p className="lab-preset-explanation" data-testid="preset-explanation">
        {explanation}
      </p>
      {children}
      {modified && (
        <p className="row small">
          <span className="badge">{labels.modified}</span>
          <button type="button" className="link-button" onClick={() => onPick(value)}>
            {labels.reset}
          </button>
        </p>
      )}
    </section>
  );
}
