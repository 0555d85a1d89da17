// One engine parameter as a form control named after its real config key: numbers refuse bad input
// in place (NumberField), `nodelay` is a checkbox, `unit` a select. URL errors show beside the field.
import { useId } from 'react';
import { FieldNote, noteId } from '../../ui/lab/FieldNote.tsx';
import type { ParamSpec, ParamValue } from './core/param-schema.ts';
import { NumberField } from '../../ui/lab/NumberField.tsx';

export interface ParamInputProps {
  readonly spec: ParamSpec;
  readonly value: ParamValue | undefined;
  readonly error: string | undefined;
  /** Prefix for the visible label in compare mode ("泳道 A"). */
  readonly lanePrefix?: string;
  /** The URL key (rate, or a.rate in compare mode), used by tests. */
  readonly urlKey: string;
  readonly onChange: (value: ParamValue) => void;
}

export function ParamInput({ spec, value, error, lanePrefix, urlKey, onChange }: ParamInputProps) {
  const id = useId();
  // nginx's and redis-cell's keys are their own labels: do not print `rate rate`.
  const label = [lanePrefix, spec.label === spec.name ? '' : spec.label].filter(Boolean).join(' ');
  switch (spec.kind) {
    case 'int':
    case 'number':
      return (
        <div data-url-key={urlKey}>
          <NumberField
            name={spec.name}
            label={label}
            value={typeof value === 'number' ? value : spec.default}
            min={spec.min}
            max={spec.max}
            step={spec.step}
            unit={spec.unit}
            help={spec.help}
            error={error}
            integer={spec.kind === 'int'}
            onChange={onChange}
          />
        </div>
      );
    case 'boolean':
      return (
        <div className="param-field rl-check" data-url-key={urlKey}>
          <label htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              onChange={(e) => onChange(e.target.checked)}
              aria-describedby={noteId(id, error, spec.help)}
            />{' '}
            {lanePrefix ? `${lanePrefix} ` : ''}
            <code>{spec.name}</code>
          </label>
          <FieldNote id={id} error={error} help={spec.help} />
        </div>
      );
    case 'enum':
      return (
        <div className="param-field" data-url-key={urlKey}>
          <label htmlFor={id}>
            {label} <code>{spec.name}</code>
          </label>
          <select
            id={id}
            value={typeof value === 'string' ? value : spec.default}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={noteId(id, error, spec.help)}
          >
            {spec.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          <FieldNote id={id} error={error} help={spec.help} />
        </div>
      );
  }
}
