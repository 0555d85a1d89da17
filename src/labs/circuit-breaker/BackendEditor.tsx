// The scripted backend as an editable list of phases (core/backend.ts): when each starts, what kind
// it is, its failure rate and latency, and an optional ramp from the previous phase. A value that
// would break the script (out of order, p99 below the median) is refused beside its field and the
// run keeps the last valid script.
import { memo, useState } from 'react';
import type { BackendPhase, LatencySpec, PhaseKind } from './core/backend.ts';
import { PHASE_LABELS } from './explain-text.ts';
import type { CircuitBreakerParams } from './core/params.ts';
import type { FieldsProps } from './BreakerFields.tsx';
import { ChoiceField } from '../../ui/lab/ChoiceField.tsx';
import { RuleField } from './RuleField.tsx';
import { PHASE_DEFAULTS, S } from './strings.ts';

const KINDS: readonly PhaseKind[] = ['healthy', 'failing', 'slow', 'recovering'];
const SECONDS = { min: 0, max: 600 } as const;
const PERCENT = { min: 0, max: 100 } as const;
const LATENCY = { min: 1, max: 600_000, integer: true } as const;
const JITTER = { min: 0, max: 600_000, integer: true } as const;
const MAX_PHASES = 12;

type FieldKey = 'start' | 'failure' | 'a' | 'b' | 'ramp';

function withPhase(values: CircuitBreakerParams, i: number, phase: BackendPhase): CircuitBreakerParams {
  return { ...values, backend: { phases: values.backend.phases.map((p, k) => (k === i ? phase : p)) } };
}

function typical(kind: PhaseKind, fromMs: number): BackendPhase {
  const d = PHASE_DEFAULTS[kind];
  const latency: LatencySpec = { kind: 'lognormal', p50Ms: d.p50Ms, p99Ms: d.p99Ms };
  return d.rampSec > 0
    ? { fromMs, kind, failureRate: d.failureRate, latency, rampMs: d.rampSec * 1000 }
    : { fromMs, kind, failureRate: d.failureRate, latency };
}

// Memo: it sits among the parts that follow the player, but only changes with the values.
function withRamp(phase: BackendPhase, seconds: number): BackendPhase {
  const { rampMs: _old, ...rest } = phase;
  return seconds > 0 ? { ...rest, rampMs: Math.round(seconds * 1000) } : rest;
}

export const BackendEditor = memo(function BackendEditor({ values, errors, onChange }: FieldsProps) {
  const [refused, setRefused] = useState<{ at: string; message: string } | null>(null);
  const phases = values.backend.phases;

  const apply = (i: number, field: FieldKey, phase: BackendPhase) => {
    const prev = phases[i - 1];
    const next = phases[i + 1];
    let message: string | null = null;
    if (prev && phase.fromMs < prev.fromMs) message = S.phaseStartBeforePrevious(prev.fromMs / 1000);
    else if (next && phase.fromMs > next.fromMs) message = S.phaseStartAfterNext(next.fromMs / 1000);
    else if (phase.latency.kind === 'lognormal' && phase.latency.p99Ms < phase.latency.p50Ms) message = S.p99BelowP50;
    if (message) {
      setRefused({ at: `${i}.${field}`, message });
      return;
    }
    setRefused(null);
    onChange((latest) => withPhase(latest, i, phase));
  };
  const remove = (i: number) => {
    setRefused(null);
    onChange({ backend: { phases: phases.filter((_, k) => k !== i) } });
  };
  const errorAt = (i: number, field: FieldKey) => (refused?.at === `${i}.${field}` ? refused.message : undefined);

  return (
    <section className="cb-backend" aria-labelledby="cb-backend-title" data-testid="backend-editor">
      <h2 id="cb-backend-title">{S.backendTitle}</h2>
      <p className="muted small">{S.backendHelp}</p>
      {errors['backend'] && (
        <p className="field-error" role="alert">
          {errors['backend']} <code>backend</code>
        </p>
      )}
      <ol className="cb-phases">
        {phases.map((phase, i) => {
          const l = phase.latency;
          return (
            <li key={i} className="cb-phase" data-testid="backend-phase">
              <div className="cb-phase-head">
                <strong>{S.phase(i)}</strong>
                <button type="button" className="link-button" disabled={phases.length <= 1} aria-label={S.removePhase(i)} onClick={() => remove(i)}>
                  ✕
                </button>
              </div>
              <div className="cb-phase-fields">
                <ChoiceField
                  name="kind"
                  label={S.phaseKind}
                  value={phase.kind}
                  options={KINDS.map((k) => ({ value: k, label: PHASE_LABELS[k] }))}
                  onChange={(kind) => apply(i, 'start', typical(kind, phase.fromMs))}
                />
                <RuleField
                  name="start"
                  rule={SECONDS}
                  label={{ label: S.phaseStart, unit: S.unitSec }}
                  value={phase.fromMs / 1000}
                  error={errorAt(i, 'start')}
                  onChange={(sec) => apply(i, 'start', { ...phase, fromMs: Math.round(sec * 1000) })}
                />
                <RuleField
                  name="fail"
                  rule={PERCENT}
                  label={{ label: S.phaseFailure, unit: '%' }}
                  value={phase.failureRate}
                  error={errorAt(i, 'failure')}
                  onChange={(failureRate) => apply(i, 'failure', { ...phase, failureRate })}
                />
                {l.kind === 'lognormal' ? (
                  <>
                    <RuleField
                      name="p50"
                      rule={LATENCY}
                      label={{ label: S.phaseP50, unit: 'ms' }}
                      value={l.p50Ms}
                      error={errorAt(i, 'a')}
                      onChange={(p50Ms) => apply(i, 'a', { ...phase, latency: { ...l, p50Ms } })}
                    />
                    <RuleField
                      name="p99"
                      rule={LATENCY}
                      label={{ label: S.phaseP99, unit: 'ms' }}
                      value={l.p99Ms}
                      error={errorAt(i, 'b')}
                      onChange={(p99Ms) => apply(i, 'b', { ...phase, latency: { ...l, p99Ms } })}
                    />
                  </>
                ) : (
                  <>
                    <RuleField
                      name="mean"
                      rule={LATENCY}
                      label={{ label: S.phaseMean, unit: 'ms' }}
                      value={l.meanMs}
                      error={errorAt(i, 'a')}
                      onChange={(meanMs) => apply(i, 'a', { ...phase, latency: { ...l, meanMs } })}
                    />
                    <RuleField
                      name="jitter"
                      rule={JITTER}
                      label={{ label: S.phaseJitter, unit: 'ms' }}
                      value={l.jitterMs}
                      error={errorAt(i, 'b')}
                      onChange={(jitterMs) => apply(i, 'b', { ...phase, latency: { ...l, jitterMs } })}
                    />
                  </>
                )}
                {i > 0 && (
                  <RuleField
                    name="ramp"
                    rule={SECONDS}
                    label={{ label: S.phaseRamp, unit: S.unitSec }}
                    value={(phase.rampMs ?? 0) / 1000}
                    error={errorAt(i, 'ramp')}
                    onChange={(sec) => apply(i, 'ramp', withRamp(phase, sec))}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="secondary"
        disabled={phases.length >= MAX_PHASES}
        onClick={() => {
          const last = phases.at(-1);
          const from = Math.min(600_000, (last?.fromMs ?? 0) + 10_000);
          onChange({ backend: { phases: [...phases, typical('healthy', from)] } });
        }}
      >
        {S.addPhase}
      </button>
    </section>
  );
});
