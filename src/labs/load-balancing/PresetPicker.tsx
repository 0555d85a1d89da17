// The scenario picker: the catalogue's presets for this lab, what to watch in the chosen one, the
// nginx configuration the current values stand for, and a way back to the preset's exact values.
import { useId } from 'react';
import type { LoadBalancingValues } from './core/params.ts';
import { isLbPresetId, LB_PRESET_IDS, LB_PRESETS, LB_PRESET_VALUES } from './core/presets.ts';
import { upstreamConfig } from './config-text.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export interface PresetPickerProps {
  readonly values: LoadBalancingValues;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onPick: (values: LoadBalancingValues) => void;
}

export function PresetPicker({ values, modified, error, onPick }: PresetPickerProps) {
  const id = useId();
  const language = useLanguage();
  const preset = values.preset !== null && isLbPresetId(values.preset) ? LB_PRESETS[values.preset] : null;
  const pick = (presetId: string) => {
    const v = LB_PRESET_VALUES[presetId];
    onPick(v !== undefined ? v : { ...values, preset: null, actions: [] });
  };
  return (
    <section className="lb-preset panel" aria-labelledby={`${id}-title`}>
      <div className="param-field">
        <label htmlFor={id} id={`${id}-title`}>
          <strong>{S.presetLabel}</strong> <code>preset</code>
        </label>
        <select
          id={id}
          data-testid="preset-select"
          value={preset?.id ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => pick(e.target.value)}
        >
          <option value="">{S.presetCustom}</option>
          {LB_PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {LB_PRESETS[p].title[language]}
            </option>
          ))}
        </select>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      {preset && (
        <p className="lb-explanation" data-testid="preset-explanation">
          {preset.explanation[language]}
        </p>
      )}
      <details className="lb-config">
        <summary>{S.configTitle}</summary>
        <pre data-testid="current-config">
          <code>{upstreamConfig(values)}</code>
        </pre>
      </details>
      {modified && preset && (
        <p className="row small">
          <span className="badge">{S.presetModified}</span>
          <button type="button" className="link-button" onClick={() => onPick(preset.values)}>
            {S.presetReset}
          </button>
        </p>
      )}
    </section>
  );
}
