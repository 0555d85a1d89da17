// A comma-separated list parameter (weights=5,1,1, latency=…, down=2). The text is checked by the
// lab's own URL parser, so the field refuses exactly what a link would (a weight of 0, NaN, an
// empty list) with the same message, and the lab keeps running with the last valid list.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useEffect, useId, useState } from 'react';
import { parseLoadBalancingParams, type LoadBalancingValues } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';

export interface ListFieldProps {
  /** The URL key, also the real parameter name shown. */
  readonly name: 'weights' | 'latency' | 'down' | 'backup';
  readonly label: string;
  readonly help: string;
  readonly values: LoadBalancingValues;
  readonly shown: string;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<LoadBalancingValues>) => void;
}

export function ListField({ name, label, help, values, shown, error, onChange }: ListFieldProps) {
  const id = useId();
  const [text, setText] = useState(shown);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setLocalError(null);
  }, [shown]);
  const message = localError ?? error;
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {label} <code>{name}</code>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        data-param={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : `${id}-help`}
        onChange={(e) => {
          const text = e.target.value;
          setText(text);
          const problem = parseLoadBalancingParams(new URLSearchParams({ [name]: text }), values, {}, currentLanguage()).errors[name];
          if (problem !== undefined) setLocalError(problem);
          else {
            setLocalError(null);
            // Read this field into the latest values, so a quick edit of another list is not undone.
            onChange((latest) => ({ ...parseLoadBalancingParams(new URLSearchParams({ [name]: text }), latest).values, preset: latest.preset }));
          }
        }}
      />
      {message ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {message}
        </span>
      ) : (
        <span id={`${id}-help`} className="muted small">
          {help}
        </span>
      )}
    </div>
  );
}
