// The situation picker: the catalogue's presets for this lab, the chosen one's story, and a way
// back to its exact values after edits.
import { useId } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { presetParams, type LabParams } from './core/params.ts';
import { PRESET_IDS, type PresetId } from './core/presets.ts';
import { S } from './strings.ts';

export interface PresetPickerProps {
  readonly values: LabParams;
  readonly modified: boolean;
  readonly onChange: (edit: Edit<LabParams>) => void;
}

export function PresetPicker({ values, modified, onChange }: PresetPickerProps) {
  const id = useId();
  return (
    <section className="dk-preset panel" aria-labelledby={`${id}-title`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-title`}>
          <strong>{S.presetLabel}</strong> <code>preset</code>
        </label>
        <select id={id} data-testid="preset-select" value={values.preset} onChange={(e) => onChange(presetParams(e.target.value as PresetId))}>
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {S.presets[p].title}
            </option>
          ))}
        </select>
      </div>
      <p className="dk-explanation" data-testid="preset-explanation">
        {S.presets[values.preset].explanation}
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
