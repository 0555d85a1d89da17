// The misbehaving setup to investigate (the catalogue's presets) and the seed of its traffic.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useId } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { IncidentValues } from './core/params.ts';
import { SCENARIO_IDS, SCENARIOS, type ScenarioId } from './core/scenarios.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export interface ScenarioPickerProps {
  readonly values: IncidentValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<IncidentValues>) => void;
}

export function ScenarioPicker({ values, errors, onChange }: ScenarioPickerProps) {
  const id = useId();
  const language = useLanguage();
  return (
    <section className="ui-picker panel" aria-label={S.scenarioLabel}>
      <div className="param-field">
        <label htmlFor={id}>
          <strong>{S.scenarioLabel}</strong> <code>preset</code>
        </label>
        <select
          id={id}
          data-testid="preset-select"
          value={values.scenario}
          aria-invalid={errors['preset'] ? true : undefined}
          aria-describedby={errors['preset'] ? `${id}-error` : undefined}
          onChange={(e) => {
            const scenario = e.target.value as ScenarioId;
            onChange({ scenario, seed: SCENARIOS[scenario].seed });
          }}
        >
          {SCENARIO_IDS.map((s) => (
            <option key={s} value={s}>
              {SCENARIOS[s].title[language]}
            </option>
          ))}
        </select>
        {errors['preset'] && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {errors['preset']}
          </span>
        )}
      </div>
      <div className="ui-seed">
        <NumberField
          name="seed"
          label={S.seedLabel}
          value={values.seed}
          min={0}
          max={4_294_967_295}
          integer
          error={errors['seed']}
          onChange={(seed) => onChange({ seed })}
        />
        <button type="button" className="link-button" onClick={() => onChange({ seed: (values.seed * 7919 + 13) % 1_000_000 })}>
          {S.nextSeed}
        </button>
      </div>
    </section>
  );
}
