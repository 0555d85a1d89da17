// The named scenarios (the presets cards link to): pick one, read what to watch, see its real config.
import { memo, useId } from 'react';
import { isPresetId, getPreset, presets } from './core/presets.ts';
import { presetValues, toRateLimitSearch, type RateLimitValues } from './core/params.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { s } from './strings.ts';

export interface PresetPanelProps {
  readonly values: RateLimitValues;
  readonly error: string | undefined;
  readonly onPick: (values: RateLimitValues) => void;
}

export const PresetPanel = memo(function PresetPanel({ values, error, onPick }: PresetPanelProps) {
  const id = useId();
  const en = useLanguage() === 'en';
  const preset = values.preset ? getPreset(values.preset) : null;
  const modified = values.preset !== null && toRateLimitSearch(values).toString() !== toRateLimitSearch(presetValues(values.preset)).toString();
  return (
    <section className="panel rl-preset" aria-labelledby={`${id}-title`} data-testid="preset-panel">
      <div className="param-field">
        <label id={`${id}-title`} htmlFor={id} className="rl-h">
          {s.presetLabel}
        </label>
        <div className="row">
          <select
            id={id}
            value={values.preset ?? ''}
            onChange={(e) => isPresetId(e.target.value) && onPick(presetValues(e.target.value))}
            aria-describedby={error ? `${id}-error` : undefined}
            data-testid="preset-select"
          >
            {values.preset === null && <option value="">{s.presetNone}</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {en ? p.titleEn : p.title}
              </option>
            ))}
          </select>
          {modified && preset && (
            <>
              <span className="badge">{s.presetModified}</span>
              <button type="button" className="link-button" onClick={() => onPick(presetValues(preset.id))}>
                {s.presetReset}
              </button>
            </>
          )}
        </div>
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      {preset && (
        <>
          <p className="rl-explanation">{en ? preset.explanationEn : preset.explanation}</p>
          <p className="muted small rl-config-label">{s.presetConfig}</p>
          <pre className="rl-pre" data-testid="preset-config">
            <code>{en ? (preset.configEn ?? preset.config) : preset.config}</code>
          </pre>
        </>
      )}
    </section>
  );
});
