// The scenario picker: the presets, the chosen one's explanation and sources, and a way back to its
// exact values after edits.
import { useId } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import { presetParams, type Params } from './core/params.ts';
import { PRESET_IDS, presetSources, type PresetId } from './core/presets.ts';
import { en, zh } from './strings.ts';

export interface PresetPickerProps {
  readonly values: Params;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<Params>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const S = usePick({ zh, en });
  const id = useId();
  return (
    <section className="sd-preset panel" aria-labelledby={`${id}-title`}>
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
          {PRESET_IDS.map((p) => <option key={p} value={p}>{S.presetTitles[p]}</option>)}
        </select>
        {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
      </div>
      <p className="sd-explanation" data-testid="preset-explanation">{S.presetExplanations[values.preset]}</p>
      <p className="small sd-sources">
        {S.sources}:{' '}
        {presetSources[values.preset].map((src, i) => (
          <span key={src}>{i > 0 && ' · '}{src.startsWith('http') ? <a href={src} target="_blank" rel="noreferrer">{shortName(src)}</a> : <code>{src}</code>}</span>
        ))}
      </p>
      {modified && (
        <p className="row small">
          <span className="badge">{S.presetModified}</span>
          <button type="button" className="link-button" onClick={() => onChange(presetParams(values.preset))}>{S.presetReset}</button>
        </p>
      )}
    </section>
  );
}

function shortName(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop();
  return last ? `${u.hostname} › ${last}` : u.hostname;
}
