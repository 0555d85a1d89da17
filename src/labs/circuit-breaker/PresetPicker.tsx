// The scenario picker: the catalogue's presets for this lab, the chosen one's explanation, and a way
// back to its exact values after edits.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useId } from 'react';
import { CIRCUIT_BREAKER_PRESET_IDS, circuitBreakerPresets, type CircuitBreakerPresetId } from './core/presets.ts';
import { presetParams, type CircuitBreakerParams } from './core/params.ts';
import { S } from './strings.ts';
import { useLanguage } from '../../ui/use-language.ts';

export interface PresetPickerProps {
  readonly values: CircuitBreakerParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<CircuitBreakerParams>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const en = useLanguage() === 'en';
  const id = useId();
  const preset = circuitBreakerPresets[values.preset];
  return (
    <section className="cb-preset panel" aria-labelledby={`${id}-title`}>
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
          onChange={(e) => onChange(presetParams(e.target.value as CircuitBreakerPresetId))}
        >
          {CIRCUIT_BREAKER_PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {en ? circuitBreakerPresets[p].titleEn : circuitBreakerPresets[p].title}
            </option>
          ))}
        </select>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <p className="cb-explanation" data-testid="preset-explanation">
        {en ? preset.explanationEn : preset.explanation}
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
