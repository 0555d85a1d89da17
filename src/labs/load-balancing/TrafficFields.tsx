// The seeded request stream: arrivals, rate, duration and seed; how keys and clients are drawn;
// what `hash` hashes; and the knobs of the ring (virtual nodes) and of peak EWMA (decay).
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { LB_TRAFFIC_KINDS } from './core/params.ts';
import type { FieldsProps } from './AlgorithmFields.tsx';
import { choices, ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { nextSeed } from './edit-values.ts';
import { limitsOf } from './field-limits.ts';
import { maxVnodesFor } from './core/ring-budget.ts';
import { S } from './strings.ts';
import { VnodesSlider } from './VnodesSlider.tsx';

export interface TrafficFieldsProps extends FieldsProps {
  readonly onPreviewVnodes: (value: number | null) => void;
}

export function TrafficFields({ values, errors, onChange, onPreviewVnodes }: TrafficFieldsProps) {
  const num = (url: string, label: string, value: number, set: (v: number) => void, unit?: string) => (
    <NumberField name={url} label={label} value={value} {...limitsOf(url)} {...(unit ? { unit } : {})} error={errors[url]} onChange={set} />
  );
  return (
    <fieldset className="lb-fieldset">
      <legend>{S.trafficTitle}</legend>
      <ChoiceField
        name="traffic"
        label={S.trafficKind}
        value={values.traffic}
        options={choices(LB_TRAFFIC_KINDS, S.trafficKinds)}
        error={errors['traffic']}
        onChange={(traffic) => onChange({ traffic })}
      />
      {num('rate', S.rate, values.rate, (rate) => onChange({ rate }), S.unitRps)}
      {num('duration', S.duration, values.durationS, (durationS) => onChange({ durationS }), S.unitS)}
      {num('seed', S.seed, values.seed, (seed) => onChange({ seed }))}
      <button type="button" className="link-button" onClick={() => onChange({ seed: nextSeed(values.seed) })}>
        {S.nextSeed}
      </button>
      {num('keys', S.keys, values.keys, (keys) => onChange({ keys }))}
      {num('zipf', S.zipf, values.zipf, (zipf) => onChange({ zipf }))}
      {num('clients', S.clients, values.clients, (clients) => onChange({ clients }))}
      {num('client_zipf', S.clientZipf, values.clientZipf, (clientZipf) => onChange({ clientZipf }))}
      <ChoiceField
        name="key"
        label={S.keySource}
        value={values.keySource}
        options={choices(['key', 'uri'] as const, S.keySources)}
        error={errors['key']}
        onChange={(keySource) => onChange({ keySource })}
      />
      <VnodesSlider
        value={values.vnodes}
        // Not below the current value: it is valid while no ring is built (the algorithm has none).
        max={Math.max(values.vnodes, maxVnodesFor(values, limitsOf('vnodes').max))}
        error={errors['vnodes']}
        onPreview={onPreviewVnodes}
        onCommit={(vnodes) => onChange({ vnodes })}
      />
      {num('decay', S.decay, values.decayMs, (decayMs) => onChange({ decayMs }), S.unitMs)}
    </fieldset>
  );
}
