// The breaker's configuration under its real keys, one model at a time.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { useState } from 'react';
import type { BreakerModelKind, SentinelGrade } from './core/breaker-types.ts';
import { MODEL_LABELS } from './explain-text.ts';
import { HYSTRIX_NUMBERS, R4J_NUMBERS, SENTINEL_COUNT, SENTINEL_NUMBERS, type CircuitBreakerParams, type NumberRule, type ParamErrors } from './core/params.ts';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { patchHystrix, patchResilience4j, patchSentinel, switchGrade, switchModel } from './edit-values.ts';
import { RuleField } from './RuleField.tsx';
import { FIELD_LABELS, MODEL_NOTES, S, SENTINEL_COUNT_LABELS, SENTINEL_GRADE_LABELS } from './strings.ts';

export interface FieldsProps {
  readonly values: CircuitBreakerParams;
  readonly errors: ParamErrors;
  readonly onChange: (edit: Edit<CircuitBreakerParams>) => void;
}

const MODELS: readonly BreakerModelKind[] = ['resilience4j', 'sentinel', 'hystrix'];
const rule = (rules: Readonly<Record<string, NumberRule>>, key: string): NumberRule => rules[key] ?? { min: 0, max: 0 };

export function BreakerFields({ values, errors, onChange }: FieldsProps) {
  const spec = values.breaker;
  return (
    <fieldset className="lab-fieldset">
      <legend>{S.breakerTitle}</legend>
      <ChoiceField
        name="model"
        label={S.modelLabel}
        value={spec.model}
        options={MODELS.map((m) => ({ value: m, label: MODEL_LABELS[m] }))}
        error={errors['model']}
        help={MODEL_NOTES[spec.model]}
        onChange={(m) => onChange((latest) => switchModel(latest, m))}
      />
      {spec.model === 'resilience4j' && <Resilience4jFields values={values} errors={errors} onChange={onChange} />}
      {spec.model === 'sentinel' && <SentinelFields values={values} errors={errors} onChange={onChange} />}
      {spec.model === 'hystrix' && <HystrixFields values={values} errors={errors} onChange={onChange} />}
    </fieldset>
  );
}

function Resilience4jFields({ values, errors, onChange }: FieldsProps) {
  if (values.breaker.model !== 'resilience4j') return null;
  const c = values.breaker.config;
  const num = (key: keyof typeof c & string) => (
    <RuleField
      key={key}
      name={key}
      rule={rule(R4J_NUMBERS, key)}
      value={c[key] as number}
      error={errors[key]}
      onChange={(v) => onChange((latest) => patchResilience4j(latest, { [key]: v }))}
    />
  );
  return (
    <>
      <ChoiceField
        name="slidingWindowType"
        label={FIELD_LABELS['slidingWindowType']?.label ?? ''}
        value={c.slidingWindowType}
        options={[
          { value: 'COUNT_BASED', label: S.countBased },
          { value: 'TIME_BASED', label: S.timeBased },
        ]}
        error={errors['slidingWindowType']}
        onChange={(v) => onChange((latest) => patchResilience4j(latest, { slidingWindowType: v }))}
      />
      {num('slidingWindowSize')}
      {num('minimumNumberOfCalls')}
      {num('failureRateThreshold')}
      {num('slowCallRateThreshold')}
      {num('slowCallDurationThreshold')}
      {num('waitDurationInOpenState')}
      {num('permittedNumberOfCallsInHalfOpenState')}
      <ChoiceField
        name="automaticTransitionFromOpenToHalfOpenEnabled"
        label={FIELD_LABELS['automaticTransitionFromOpenToHalfOpenEnabled']?.label ?? ''}
        value={String(c.automaticTransitionFromOpenToHalfOpenEnabled) as 'true' | 'false'}
        options={[
          { value: 'false', label: S.autoFalse },
          { value: 'true', label: S.autoTrue },
        ]}
        error={errors['automaticTransitionFromOpenToHalfOpenEnabled']}
        help={FIELD_LABELS['automaticTransitionFromOpenToHalfOpenEnabled']?.help}
        onChange={(v) => onChange((latest) => patchResilience4j(latest, { automaticTransitionFromOpenToHalfOpenEnabled: v === 'true' }))}
      />
      {num('maxWaitDurationInHalfOpenState')}
      {c.maxWaitDurationInHalfOpenState > 0 && (
        <ChoiceField
          name="transitionToStateAfterWaitDuration"
          label={FIELD_LABELS['transitionToStateAfterWaitDuration']?.label ?? ''}
          value={c.transitionToStateAfterWaitDuration}
          options={[
            { value: 'OPEN', label: 'OPEN' },
            { value: 'CLOSED', label: 'CLOSED' },
          ]}
          error={errors['transitionToStateAfterWaitDuration']}
          onChange={(v) => onChange((latest) => patchResilience4j(latest, { transitionToStateAfterWaitDuration: v }))}
        />
      )}
    </>
  );
}

function SentinelFields({ values, errors, onChange }: FieldsProps) {
  if (values.breaker.model !== 'sentinel') return null;
  const r = values.breaker.rule;
  const grades: readonly SentinelGrade[] = ['slow-ratio', 'error-ratio', 'error-count'];
  const num = (key: 'slowRatioThreshold' | 'timeWindow' | 'minRequestAmount' | 'statIntervalMs') => (
    <RuleField
      key={key}
      name={key}
      rule={rule(SENTINEL_NUMBERS, key)}
      value={r[key]}
      error={errors[key]}
      onChange={(v) => onChange((latest) => patchSentinel(latest, { [key]: v }))}
    />
  );
  return (
    <>
      <ChoiceField
        name="grade"
        label={FIELD_LABELS['grade']?.label ?? ''}
        value={r.grade}
        options={grades.map((g) => ({ value: g, label: SENTINEL_GRADE_LABELS[g] }))}
        error={errors['grade']}
        onChange={(g) => onChange((latest) => switchGrade(latest, g))}
      />
      <RuleField
        key={`count-${r.grade}`}
        name="count"
        rule={SENTINEL_COUNT[r.grade]}
        label={SENTINEL_COUNT_LABELS[r.grade]}
        value={r.count}
        error={errors['count']}
        onChange={(v) => onChange((latest) => patchSentinel(latest, { count: v }))}
      />
      {r.grade === 'slow-ratio' && num('slowRatioThreshold')}
      {num('timeWindow')}
      {num('minRequestAmount')}
      {num('statIntervalMs')}
    </>
  );
}

const HYSTRIX_KEYS = [
  'requestVolumeThreshold',
  'errorThresholdPercentage',
  'sleepWindowInMilliseconds',
  'metricsRollingStatsTimeInMilliseconds',
  'metricsHealthSnapshotIntervalInMilliseconds',
  'executionTimeoutInMilliseconds',
] as const;

function HystrixFields({ values, errors, onChange }: FieldsProps) {
  const [cross, setCross] = useState<{ key: string; message: string } | null>(null);
  if (values.breaker.model !== 'hystrix') return null;
  const c = values.breaker.config;
  const change = (key: (typeof HYSTRIX_KEYS)[number], v: number) => {
    const next = { ...c, [key]: v };
    // The parser refuses a rolling window shorter than one snapshot bucket; refuse it here first.
    if (next.metricsRollingStatsTimeInMilliseconds < next.metricsHealthSnapshotIntervalInMilliseconds) {
      setCross({ key, message: S.hystrixRollingTooShort });
      return;
    }
    setCross(null);
    onChange((latest) => patchHystrix(latest, { [key]: v }));
  };
  return (
    <>
      {HYSTRIX_KEYS.map((key) => (
        <RuleField
          key={key}
          name={key}
          rule={rule(HYSTRIX_NUMBERS, key)}
          value={c[key]}
          error={cross?.key === key ? cross.message : errors[key]}
          onChange={(v) => change(key, v)}
        />
      ))}
    </>
  );
}
