// The scenario picker: the catalogue's presets for this lab, the chosen one's explanation, and a way
// back to its exact values after edits.
import { useId } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { presetParams, type K8sParams } from './core/params.ts';
import { K8S_PRESET_IDS, type K8sPresetId } from './core/presets.ts';
import { S } from './strings.ts';

export interface PresetPickerProps {
  readonly values: K8sParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<K8sParams>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const id = useId();
  return (
    <section className="k8s-preset panel" aria-labelledby={`${id}-title`}>
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
          onChange={(e) => onChange(presetParams(e.target.value as K8sPresetId))}
        >
          {K8S_PRESET_IDS.map((p) => <option key={p} value={p}>{S.presets[p].title}</option>)}
        </select>
        {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
      </div>
      <p className="k8s-explanation" data-testid="preset-explanation">{S.presets[values.preset].explanation}</p>
      {modified && (
        <p className="row small">
          <span className="badge">{S.presetModified}</span>
          <button type="button" className="link-button" onClick={() => onChange(presetParams(values.preset))}>{S.presetReset}</button>
        </p>
      )}
    </section>
  );
}
