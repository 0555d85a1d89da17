// How requests arrive (kernel/traffic.ts): steady or Poisson at a rate, for a duration, from a seed.
import { RUN_NUMBERS } from './core/params.ts';
import type { FieldsProps } from './BreakerFields.tsx';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { RuleField } from './RuleField.tsx';
import { S } from './strings.ts';

export function TrafficFields({ values, errors, onChange }: FieldsProps) {
  const { traffic } = values;
  return (
    <fieldset className="lab-fieldset">
      <legend>{S.trafficTitle}</legend>
      <ChoiceField
        name="traffic"
        label={S.trafficKind}
        value={traffic.kind}
        options={(['poisson', 'steady'] as const).map((k) => ({ value: k, label: S.trafficKinds[k] }))}
        error={errors['traffic']}
        onChange={(kind) => onChange({ traffic: { ...traffic, kind } })}
      />
      <RuleField
        name="rate"
        rule={RUN_NUMBERS.rate}
        label={{ label: S.rate, unit: S.unitPerSec }}
        value={traffic.ratePerSec}
        error={errors['rate']}
        onChange={(ratePerSec) => onChange({ traffic: { ...traffic, ratePerSec } })}
      />
      <RuleField
        name="duration"
        rule={RUN_NUMBERS.duration}
        label={{ label: S.duration, unit: S.unitSec }}
        value={values.durationMs / 1000}
        error={errors['duration']}
        onChange={(s) => onChange({ durationMs: s * 1000 })}
      />
      <RuleField
        name="seed"
        rule={RUN_NUMBERS.seed}
        label={{ label: S.seed, help: S.seedHelp }}
        value={values.seed}
        error={errors['seed']}
        onChange={(seed) => onChange({ seed })}
      />
      <button type="button" className="secondary" onClick={() => onChange({ seed: (values.seed + 1) % 4_294_967_296 })}>
        {S.nextSeed}
      </button>
    </fieldset>
  );
}
