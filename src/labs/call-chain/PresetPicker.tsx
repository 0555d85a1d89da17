// The scenario picker: the lab's presets, the chosen one's explanation, and a way back to its
// exact values after edits.
import { useId } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { presetParams, type ChainParams } from './core/params.ts';
import { PRESET_IDS, type PresetId } from './core/presets.ts';
import { en, zh } from './strings.ts';

export interface PresetPickerProps {
  readonly values: ChainParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<ChainParams>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const S = usePick({ zh, en });
  const id = useId();
  return (
    <section className="cc-preset panel" aria-labelledby={`${id}-title`}>
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
          onChange={(e) => onChange(presetParams(e.target.value as PresetId))}
        >
          {PRESET_IDS.map((p) => <option key={p} value={p}>{S.presets[p][0]}</option>)}
        </select>
        {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
      </div>
      <p className="cc-explanation" data-testid="preset-explanation">{S.presets[values.preset][1]}</p>
      {modified && (
        <p className="row small">
          <span className="badge">{S.presetModified}</span>
          <button type="button" className="link-button" onClick={() => onChange(presetParams(values.preset))}>{S.presetReset}</button>
        </p>
      )}
    </section>
  );
}
