// The batch parameters, named as in the URL and in createCodeBatch's config.
import { useId } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { MAX_BODY, MAX_COUNT, MIN_BODY, defaultBodyLength, validatePrefix } from './core/codes.ts';
import type { CodesParams } from './core/params.ts';
import { s } from './strings.ts';
import { TextParam } from './TextParam.tsx';

export interface BatchFormProps {
  readonly values: CodesParams;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<CodesParams>) => void;
}

const validSecret = (t: string): string | null => (t.length >= 1 && t.length <= 128 ? t : null);

export function BatchForm({ values, errors, onChange }: BatchFormProps) {
  const lengthId = useId();
  const lengths = Array.from({ length: MAX_BODY - MIN_BODY + 1 }, (_, i) => MIN_BODY + i);
  return (
    <div className="codes-form">
      <NumberField
        name="count"
        label={s.countLabel}
        value={values.count}
        min={1}
        max={MAX_COUNT}
        integer
        help={s.countHelp}
        error={errors['count']}
        onChange={(count) => onChange({ count })}
      />
      <TextParam
        name="prefix"
        label={s.prefixLabel}
        value={values.prefix}
        help={s.prefixHelp}
        error={errors['prefix']}
        validate={validatePrefix}
        errorText={s.prefixError}
        onChange={(prefix) => onChange({ prefix })}
      />
      <TextParam
        name="secret"
        label={s.secretLabel}
        value={values.secret}
        help={s.secretHelp}
        error={errors['secret']}
        validate={validSecret}
        errorText={s.secretError}
        onChange={(secret) => onChange({ secret })}
      />
      <div className="param-field">
        <label htmlFor={lengthId}>
          {s.lengthLabel} <code>length</code>
        </label>
        <select
          id={lengthId}
          value={values.bodyLength ?? 'auto'}
          onChange={(e) => onChange({ bodyLength: e.target.value === 'auto' ? null : Number(e.target.value) })}
          aria-describedby={`${lengthId}-help`}
        >
          <option value="auto">{s.lengthAuto(defaultBodyLength(values.count))}</option>
          {lengths.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        {errors['length'] ? (
          <span id={`${lengthId}-help`} className="field-error" role="alert">
            {errors['length']}
          </span>
        ) : (
          <span id={`${lengthId}-help`} className="muted small">
            {s.lengthHelp}
          </span>
        )}
      </div>
    </div>
  );
}
