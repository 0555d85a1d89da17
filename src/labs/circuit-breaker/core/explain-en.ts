// The English wording of explain.ts: same codes and numbers, sentences an engineer would write.
// explain.ts picks these when the caller asks for 'en'.
import type { BackendHealth, PhaseKind } from './backend.ts';
import type { BreakerModelKind, BreakerState, RejectReason, Transition } from './breaker-types.ts';
import type { RowOutcome, SimulationRow } from './simulate.ts';

const pct = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const dur = (ms: number): string => (ms >= 1000 ? `${pct(ms / 1000)} s` : `${Math.round(ms)} ms`);

export const STATE_LABELS_EN: Readonly<Record<BreakerState, string>> = {
  CLOSED: 'CLOSED (calls pass and are counted)',
  OPEN: 'OPEN (calls are rejected at once)',
  HALF_OPEN: 'HALF_OPEN (a few probe calls pass)',
  FORCED_OPEN: 'FORCED_OPEN (forced open: everything rejected)',
  DISABLED: 'DISABLED (everything passes, nothing counted)',
};

export const OUTCOME_LABELS_EN: Readonly<Record<RowOutcome, string>> = {
  success: 'success',
  failure: 'failure',
  'slow-success': 'slow (succeeded)',
  'slow-failure': 'slow and failed',
  timeout: 'timeout (counts as failure)',
  rejected: 'rejected',
};

export const PHASE_LABELS_EN: Readonly<Record<PhaseKind, string>> = {
  healthy: 'healthy',
  failing: 'failing',
  slow: 'slow',
  recovering: 'recovering',
};

export function describeRejectionEn(reason: RejectReason, kind: BreakerModelKind): string {
  switch (reason) {
    case 'open':
      return kind === 'resilience4j'
        ? 'breaker OPEN: rejected at once (CallNotPermittedException); the call never reaches the backend'
        : 'breaker OPEN: rejected at once (fail fast, fallback); the call never reaches the backend';
    case 'half-open-full':
      return kind === 'resilience4j'
        ? 'HALF_OPEN: the probe permits (permittedNumberOfCallsInHalfOpenState) are used up; everything else is rejected until the probes decide'
        : 'HALF_OPEN: only one probe call passes; everything else is rejected until it returns';
    case 'forced-open':
      return 'FORCED_OPEN: forced open by hand, everything is rejected';
  }
}

export function describeTransitionEn(t: Transition, kind: BreakerModelKind): string {
  const r = t.reason;
  switch (r.code) {
    case 'rates-exceeded': {
      const parts: string[] = [];
      if (r.failureRate >= r.failureRateThreshold) parts.push(`failure rate ${pct(r.failureRate)}% ≥ failureRateThreshold ${pct(r.failureRateThreshold)}%`);
      if (r.slowCallRate >= r.slowCallRateThreshold)
        parts.push(`slow-call rate ${pct(r.slowCallRate)}% ≥ slowCallRateThreshold ${pct(r.slowCallRateThreshold)}%`);
      const where = t.from === 'HALF_OPEN' ? `Over the ${r.calls} half-open probe calls, ` : `Over ${r.calls} calls in the window, `;
      const then = t.from === 'HALF_OPEN' ? 'the backend is not well yet, so it opens again' : 'the breaker opens';
      return `${where}${parts.join(' and ')}: ${then}`;
    }
    case 'rates-below':
      return `The ${r.calls} half-open probe calls have failure rate ${pct(r.failureRate)}% and slow-call rate ${pct(r.slowCallRate)}%, both below threshold: back to CLOSED with an empty window`;
    case 'wait-elapsed': {
      if (r.automatic) return `OPEN for ${dur(r.waitMs)} (waitDurationInOpenState): the timer moves it to HALF_OPEN`;
      if (kind === 'sentinel') return `timeWindow ${dur(r.waitMs)} is over: this call goes through as the single probe, entering HALF_OPEN`;
      if (kind === 'hystrix')
        return `sleepWindowInMilliseconds ${dur(r.waitMs)} has passed: this call goes through as the single test call, entering HALF_OPEN`;
      return `waitDurationInOpenState ${dur(r.waitMs)} has passed and this is the first call since: HALF_OPEN, call permitted`;
    }
    case 'half-open-timeout':
      return `HALF_OPEN for longer than maxWaitDurationInHalfOpenState ${dur(r.maxWaitMs)} without a verdict: moves to ${t.to}`;
    case 'sentinel-threshold': {
      if (r.grade === 'slow-ratio') {
        const op = r.value > r.threshold ? '>' : '=';
        return `${r.total} requests in the stat window, slow-call ratio ${pct(r.value * 100)}% ${op} slowRatioThreshold ${pct(r.threshold * 100)}%: breaks`;
      }
      if (r.grade === 'error-ratio')
        return `${r.total} requests in the stat window, error ratio ${pct(r.value * 100)}% > count ${pct(r.threshold * 100)}%: breaks`;
      return `${r.value} errors in the stat window > count ${r.threshold} (of ${r.total} requests): breaks`;
    }
    case 'error-percentage':
      return `Health snapshot: ${r.requests} requests reach requestVolumeThreshold and the error percentage ${r.errorPercentage}% ≥ errorThresholdPercentage ${r.threshold}%: the circuit opens`;
    case 'probe-result': {
      const what =
        r.decidedBy === 'rt'
          ? `The probe's RT is ${dur(r.durationMs)}${r.slow ? ', over the max RT' : ', within the max RT'}`
          : r.success
            ? 'The probe succeeded'
            : r.slow
              ? 'The probe timed out'
              : 'The probe failed';
      if (t.to === 'CLOSED') return `${what}: the breaker closes${kind === 'hystrix' ? ' and health metrics start from zero' : ' and the stats reset'}`;
      return `${what}: open again for another ${kind === 'hystrix' ? 'sleep window' : 'timeWindow'}`;
    }
    case 'manual':
      return `Switched by hand: ${t.from} → ${t.to}`;
  }
}

export function describeRowEn(row: SimulationRow, kind: BreakerModelKind): string {
  const because = row.transition ? `; ${describeTransitionEn(row.transition, kind)}` : '';
  switch (row.kind) {
    case 'call':
      if (row.permitted) return `Call #${row.callId} permitted, sent to the backend${because}`;
      return `Call #${row.callId} rejected: ${describeRejectionEn(row.rejection ?? 'open', kind)}${because}`;
    case 'result': {
      const outcome = row.outcome ? OUTCOME_LABELS_EN[row.outcome] : '';
      return `Call #${row.callId} returned: ${outcome} after ${dur(row.durationMs ?? 0)}${because}`;
    }
    case 'timer':
      return row.transition ? describeTransitionEn(row.transition, kind) : 'Timer';
    case 'action':
      return row.transition ? describeTransitionEn(row.transition, kind) : `Manual action: already ${row.stateAfter}, state unchanged`;
  }
}

export function describeHealthEn(health: BackendHealth): string {
  const latency =
    health.latency.kind === 'lognormal'
      ? `median latency ${dur(health.latency.p50Ms)}, p99 ${dur(health.latency.p99Ms)}`
      : `latency ${dur(health.latency.meanMs)} ± ${dur(health.latency.jitterMs)}`;
  return `Backend ${PHASE_LABELS_EN[health.kind]}: failure rate ${pct(health.failureRate)}%, ${latency}`;
}
