// The traffic every lane receives: its kind and shape, the seed and the duration. Values are checked
// in place; the URL keeps them (trafficRate, onMs, offMs, spikeAtMs, spikeCount, trace, seed, duration).
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { memo, useEffect, useId, useState } from 'react';
import { trafficKinds, type TrafficKind } from '../kernel/traffic.ts';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import type { RateLimitValues } from './core/params.ts';
import { parseTraceText, setTraffic, setTrafficKind } from './lab-edits.ts';
import { s } from './strings.ts';

const DAY_MS = 86_400_000;

export interface TrafficControlsProps {
  readonly values: RateLimitValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly arrivals: readonly number[];
  readonly onChange: (edit: Edit<RateLimitValues>) => void;
}

export const TrafficControls = memo(function TrafficControls({ values, errors, arrivals, onChange }: TrafficControlsProps) {
  const id = useId();
  const t = values.traffic;
  const set = (patch: Parameters<typeof setTraffic>[1]) => onChange((latest) => setTraffic(latest, patch));
  return (
    <section className="panel rl-controls" aria-labelledby="rl-traffic-title">
      <h2 id="rl-traffic-title" className="rl-h">
        {s.trafficTitle}
      </h2>
      <div className="param-field">
        <label htmlFor={id}>
          {s.trafficKind} <code>traffic</code>
        </label>
        <select
          id={id}
          value={t.kind}
          onChange={(e) => onChange(setTrafficKind(values, e.target.value as TrafficKind, arrivals))}
          aria-describedby={errors.traffic ? `${id}-error` : undefined}
          data-testid="traffic-kind"
        >
          {trafficKinds.map((k) => (
            <option key={k} value={k}>
              {s.trafficKinds[k]}
            </option>
          ))}
        </select>
        {errors.traffic && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {errors.traffic}
          </span>
        )}
      </div>
      {t.kind !== 'trace' && (
        <NumberField
          name="trafficRate"
          label={t.kind === 'spike' ? s.trafficRateSpike : s.trafficRate}
          unit={s.unitPerSec}
          value={t.rate}
          min={0}
          max={100_000}
          step={1}
          error={errors.trafficRate}
          onChange={(rate) => set({ rate })}
        />
      )}
      {t.kind === 'bursts' && (
        <>
          <NumberField name="onMs" label={s.onMs} unit={s.unitMs} value={t.onMs} min={1} max={DAY_MS} error={errors.onMs} onChange={(onMs) => set({ onMs })} />
          <NumberField
            name="offMs"
            label={s.offMs}
            unit={s.unitMs}
            value={t.offMs}
            min={0}
            max={DAY_MS}
            error={errors.offMs}
            onChange={(offMs) => set({ offMs })}
          />
        </>
      )}
      {t.kind === 'spike' && (
        <>
          <NumberField
            name="spikeAtMs"
            label={s.spikeAtMs}
            unit={s.unitMs}
            value={t.spikeAtMs}
            min={0}
            max={DAY_MS}
            error={errors.spikeAtMs}
            onChange={(spikeAtMs) => set({ spikeAtMs })}
          />
          <NumberField
            name="spikeCount"
            label={s.spikeCount}
            unit={s.unitCount}
            value={t.spikeCount}
            min={0}
            max={100_000}
            integer
            error={errors.spikeCount}
            onChange={(spikeCount) => set({ spikeCount })}
          />
        </>
      )}
      {t.kind === 'trace' ? (
        <TraceField trace={t.trace} error={errors.trace} onApply={(trace) => set({ trace })} />
      ) : (
        t.trace.length > 0 && (
          <p className="small rl-extra">
            {s.extraArrivals(t.trace.length)}{' '}
            <button type="button" className="link-button" onClick={() => set({ trace: [] })}>
              {s.clearExtra}
            </button>
          </p>
        )
      )}
      {t.kind !== 'trace' && errors.trace && (
        <p className="field-error" role="alert">
          {errors.trace}
        </p>
      )}
      <div className="rl-seed">
        <NumberField
          name="seed"
          label={s.seed}
          value={values.seed}
          min={0}
          max={4_294_967_295}
          integer
          error={errors.seed}
          onChange={(seed) => onChange({ seed })}
        />
        <button type="button" onClick={() => onChange({ seed: (values.seed + 1) % 4_294_967_296 })}>
          {s.nextSeed}
        </button>
      </div>
      <NumberField
        name="duration"
        label={s.duration}
        unit={s.unitSec}
        value={values.duration}
        min={0.1}
        max={86_400}
        step={1}
        error={errors.duration}
        onChange={(duration) => onChange({ duration })}
      />
    </section>
  );
});

function TraceField({ trace, error, onApply }: { trace: readonly number[]; error: string | undefined; onApply: (trace: number[]) => void }) {
  const id = useId();
  const joined = trace.join(',');
  const [text, setText] = useState(joined);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    setText(joined);
    setLocalError(null);
  }, [joined]);
  const shown = localError ?? error;
  const apply = () => {
    const parsed = parseTraceText(text);
    if (parsed) {
      setLocalError(null);
      onApply(parsed);
    } else setLocalError(s.traceError);
  };
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {s.traceLabel} <code>trace</code>
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
      />
      <button type="button" onClick={apply}>
        {s.traceApply}
      </button>
      {shown && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </span>
      )}
    </div>
  );
}
