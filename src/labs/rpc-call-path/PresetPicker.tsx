// The configuration picker: the catalogue's presets, the chosen one's explanation, and a way
// back to its exact values after edits.
import { useId } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { presetParams, type RpcParams } from './core/params.ts';
import { PRESET_IDS, type PresetId } from './core/presets.ts';
import { presetText, strings } from './strings.ts';

export interface PresetPickerProps {
  readonly values: RpcParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<RpcParams>) => void;
}

/** A new preset keeps the failure the user injected, so strategies can be compared under it. */
function switchPreset(id: PresetId, latest: RpcParams): RpcParams {
  const next = presetParams(id);
  if (latest.config.fault === 'none') return next;
  return { ...next, config: { ...next.config, fault: latest.config.fault, faulty: Math.min(latest.config.faulty, next.config.weights.length) } };
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const S = usePick(strings);
  const T = usePick(presetText);
  const id = useId();
  return (
    <section className="rpc-preset panel" aria-labelledby={`${id}-title`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-title`}>
          <strong>{S.presetLabel}</strong> <code>preset</code>
        </label>
        <select
          id={id}
          data-testid="preset-select"
          value={values.preset}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange((latest) => switchPreset(e.target.value as PresetId, latest))}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {T[p].title}
            </option>
          ))}
        </select>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <p className="rpc-explanation" data-testid="preset-explanation">
        {T[values.preset].explanation}
      </p>
      {modified && (
        <p className="row small">
          <span className="badge">{S.presetModified}</span>
          <button type="button" className="link-button" onClick={() => onChange(presetParams(values.preset))}>
            {S.presetReset}
          </button>
        </p>
      )}
    </section>
  );
}
