// The event loop shared by simulateBreaker (rows for the player) and fastForwardBreaker (counts
// only, for long runs). Calls arrive at the given times; a permitted call goes to the backend and
// finishes latency ms later (Hystrix cuts it at its timeout and records a failure), so results of
// slow calls keep arriving after the breaker has opened, as they do in production.
// Order at equal times: due timers first (advance), then finishing calls, then manual actions,
// then new arrivals. Time only moves forward; same input → same run.
import { createBackend } from './backend.ts';
import type { BackendScript } from './backend.ts';
import { createBreakerModel, type BreakerSpec } from './breaker-spec.ts';
import type { BreakerState, CircuitBreakerModel, Decision, ManualTarget, RejectReason, Transition } from './breaker-types.ts';
import { createEventQueue } from '../../kernel/event-queue.ts';

export interface ManualAction {
  readonly atMs: number;
  readonly target: ManualTarget;
}

export interface SimulationInput {
  readonly breaker: BreakerSpec;
  readonly backend: BackendScript;
  /** Sorted arrival times in [0, durationMs) (kernel/traffic.ts generateArrivals gives them). */
  readonly arrivals: readonly number[];
  /** Seeds the backend's per-call luck. */
  readonly seed: number;
  readonly durationMs: number;
  /** Resilience4j only: transitionToForcedOpenState() and friends at given times. */
  readonly actions?: readonly ManualAction[];
}

export interface RunTotals {
  readonly arrivals: number;
  readonly permitted: number;
  readonly rejected: number;
  readonly rejectedByReason: Readonly<Record<RejectReason, number>>;
  readonly completed: number;
  readonly successes: number;
  /** Failed calls, timeouts included. */
  readonly failures: number;
  /** Calls the breaker counted as slow (its own threshold; Hystrix: timeouts). */
  readonly slow: number;
  readonly timeouts: number;
  readonly inFlightAtEnd: number;
  readonly transitions: number;
  /** How many times each state was entered. */
  readonly entered: Readonly<Record<BreakerState, number>>;
  readonly timeInStateMs: Readonly<Record<BreakerState, number>>;
  readonly finalState: BreakerState;
}

/** Hooks for the row builder; fastForward passes none. */
export interface RunObserver {
  onTimer(transition: Transition, model: CircuitBreakerModel, inFlight: number): void;
  onCall(timeMs: number, callId: number, before: BreakerState, decision: Decision, model: CircuitBreakerModel, inFlight: number): void;
  onResult(
    timeMs: number,
    callId: number,
    before: BreakerState,
    call: { readonly startedMs: number; readonly durationMs: number; readonly success: boolean; readonly timedOut: boolean },
    transition: Transition | null,
    model: CircuitBreakerModel,
    inFlight: number,
  ): void;
  onAction(timeMs: number, target: ManualTarget, before: BreakerState, transition: Transition | null, model: CircuitBreakerModel, inFlight: number): void;
}

const zeroByState = (): Record<BreakerState, number> => ({ CLOSED: 0, OPEN: 0, HALF_OPEN: 0, FORCED_OPEN: 0, DISABLED: 0 });

export function runBreaker(input: SimulationInput, observer: RunObserver | null): RunTotals {
  const model = createBreakerModel(input.breaker, 0);
  const backend = createBackend(input.backend, input.seed);
  const { arrivals, durationMs } = input;
  const actions = input.actions ?? [];
  const n = arrivals.length;
  const startedAt = new Float64Array(n);
  const duration = new Float64Array(n);
  const succeeded = new Uint8Array(n);
  const timedOut = new Uint8Array(n);
  // In-flight calls by finish time; calls are pushed as they arrive, so ties finish in arrival order.
  const queue = createEventQueue<number>();
  const timeout = model.timeoutMs;

  const rejectedByReason: Record<RejectReason, number> = { open: 0, 'half-open-full': 0, 'forced-open': 0 };
  const entered = zeroByState();
  const timeInStateMs = zeroByState();
  let permitted = 0;
  let completed = 0;
  let successes = 0;
  let failures = 0;
  let slow = 0;
  let timeouts = 0;
  let transitions = 0;
  let lastChangeMs = 0;

  const noteTransition = (t: Transition): void => {
    transitions++;
    entered[t.to]++;
    timeInStateMs[t.from] += t.atMs - lastChangeMs;
    lastChangeMs = t.atMs;
  };
  const fireTimers = (nowMs: number): void => {
    const fired = model.advance(nowMs);
    for (const t of fired) {
      noteTransition(t);
      observer?.onTimer(t, model, queue.size);
    }
  };

  let next = 0;
  let nextAction = 0;
  for (;;) {
    const tArrival = next < n ? (arrivals[next] as number) : Infinity;
    const tDone = queue.peekTime();
    const tAction = nextAction < actions.length ? (actions[nextAction] as ManualAction).atMs : Infinity;
    const t = Math.min(tArrival, tDone, tAction);
    if (t > durationMs || t === Infinity) break;
    fireTimers(t);

    if (tDone === t) {
      const id = queue.pop() as number;
      const before = model.state();
      const ok = succeeded[id] === 1;
      const d = duration[id] as number;
      const transition = model.onResult(t, d, ok);
      completed++;
      if (ok) successes++;
      else failures++;
      if (timedOut[id] === 1) timeouts++;
      const outcome = model.classify(d, ok);
      if (outcome === 'slow-success' || outcome === 'slow-failure') slow++;
      if (transition) noteTransition(transition);
      observer?.onResult(
        t,
        id,
        before,
        { startedMs: startedAt[id] as number, durationMs: d, success: ok, timedOut: timedOut[id] === 1 },
        transition,
        model,
        queue.size,
      );
    } else if (tAction === t) {
      const action = actions[nextAction++] as ManualAction;
      const before = model.state();
      const transition = model.transitionTo ? model.transitionTo(t, action.target) : null;
      if (transition) noteTransition(transition);
      observer?.onAction(t, action.target, before, transition, model, queue.size);
    } else {
      const id = next++;
      const before = model.state();
      const decision = model.tryAcquire(t);
      if (decision.transition) noteTransition(decision.transition);
      if (decision.permitted) {
        permitted++;
        let ok = backend.call(id, t);
        let d = backend.latencyMs;
        if (timeout !== null && d > timeout) {
          ok = false;
          d = timeout;
          timedOut[id] = 1;
        }
        startedAt[id] = t;
        duration[id] = d;
        succeeded[id] = ok ? 1 : 0;
        queue.push(t + d, id);
      } else if (decision.rejection) {
        rejectedByReason[decision.rejection]++;
      }
      observer?.onCall(t, id, before, decision, model, queue.size);
    }
  }
  fireTimers(durationMs);
  const finalState = model.state();
  timeInStateMs[finalState] += Math.max(0, durationMs - lastChangeMs);

  return {
    arrivals: next,
    permitted,
    rejected: next - permitted,
    rejectedByReason,
    completed,
    successes,
    failures,
    slow,
    timeouts,
    inFlightAtEnd: queue.size,
    transitions,
    entered,
    timeInStateMs,
    finalState,
  };
}

/** Counts only, no rows: for long runs (an hour at 100 calls/s) and the benchmark. */
export function fastForwardBreaker(input: SimulationInput): RunTotals {
  return runBreaker(input, null);
}
