// The upstream's servers: weights (also the server count), latencies, which are `down` or `backup`, and the
// per-server capacity, queue and nginx max_fails / fail_timeout.
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { FieldsProps } from './AlgorithmFields.tsx';
import { limitsOf } from './field-limits.ts';
import { ListField } from './ListField.tsx';
import { S } from './strings.ts';

export function ServerFields({ values, errors, onChange }: FieldsProps) {
  return (
    <fieldset className="lb-fieldset">
      <legend>{S.serversTitle}</legend>
      <ListField
        name="weights"
        label={S.weights}
        help={S.weightsHelp}
        values={values}
        shown={values.weights.join(',')}
        error={errors['weights']}
        onChange={onChange}
      />
      <ListField
        name="latency"
        label={S.latency}
        help={S.latencyHelp}
        values={values}
        shown={values.latencyMs.join(',')}
        error={errors['latency']}
        onChange={onChange}
      />
      <ListField name="down" label={S.down} help={S.downHelp} values={values} shown={values.down.join(',')} error={errors['down']} onChange={onChange} />
      <ListField
        name="backup"
        label={S.backup}
        help={S.backupHelp}
        values={values}
        shown={values.backup.join(',')}
        error={errors['backup']}
        onChange={onChange}
      />
      <NumberField
        name="capacity"
        label={S.capacity}
        value={values.capacity}
        {...limitsOf('capacity')}
        error={errors['capacity']}
        onChange={(capacity) => onChange({ capacity })}
      />
      <NumberField name="queue" label={S.queue} value={values.queue} {...limitsOf('queue')} error={errors['queue']} onChange={(queue) => onChange({ queue })} />
      <NumberField
        name="max_fails"
        label={S.maxFails}
        value={values.maxFails}
        {...limitsOf('max_fails')}
        error={errors['max_fails']}
        onChange={(maxFails) => onChange({ maxFails })}
      />
      <NumberField
        name="fail_timeout"
        label={S.failTimeout}
        unit={S.unitS}
        value={values.failTimeoutS}
        {...limitsOf('fail_timeout')}
        error={errors['fail_timeout']}
        onChange={(failTimeoutS) => onChange({ failTimeoutS })}
      />
    </fieldset>
  );
}
