// Precomputes a run for the player: one row per event (a call asks, a call finishes, a timer
// fires, a manual action), each carrying the breaker's state and metrics AFTER the event, so the
// view can step back and seek without re-simulating. Also the state timeline, the list of
// transitions (the "why" of each change) and per-second series for the charts.
import { createBackend } from './backend.ts';
import type { BreakerMetrics, BreakerState, CallOutcome, CircuitBreakerModel, RejectReason, Transition, WindowSnapshot } from './breaker-types.ts';
import { runBreaker, type RunObserver, type RunTotals, type SimulationInput } from './run-breaker.ts';
import { toSeries, toTimeline, type SeriesPoint, type StateSegment } from './series.ts';

export type RowKind = 'call' | 'result' | 'timer' | 'action';

/** 'timeout' only with Hystrix; 'rejected' is a call that never reached the backend. */
export type RowOutcome = CallOutcome | 'timeout' | 'rejected';

export interface SimulationRow {
  readonly index: number;
  readonly timeMs: number;
  readonly kind: RowKind;
  /** Arrival index of the call (call and result rows), null otherwise. */
  readonly callId: number | null;
  /** Call rows: whether the breaker let it through. */
  readonly permitted: boolean | null;
  readonly rejection: RejectReason | null;
  /** Result rows: how the breaker recorded it; call rows: 'rejected' or null (still in flight). */
  readonly outcome: RowOutcome | null;
  /** Result rows: when the call was let through, and how long it took (cut at the timeout). */
  readonly startedMs: number | null;
  readonly durationMs: number | null;
  readonly stateBefore: BreakerState;
  readonly stateAfter: BreakerState;
  /** The transition this event caused; its reason says why. */
  readonly transition: Transition | null;
  readonly metrics: BreakerMetrics;
  /** Calls let through and not finished yet. */
  readonly inFlight: number;
  /** The deciding window after the event, when includeWindow is on. */
  readonly window: WindowSnapshot | null;
  /** HALF_OPEN: probe calls still allowed after this event (0 otherwise). */
  readonly probesLeft: number;
  /** OPEN: when the wait ends; null in other states. */
  readonly retryAtMs: number | null;
}

export interface SimulateOptions {
  /** Rows beyond this are not kept (the totals still count everything). Default 200 000. */
  readonly maxRows?: number;
  /** Snapshot the window on every row (for drawing it). Default true. */
  readonly includeWindow?: boolean;
  /** Width of a chart bucket. Default 1000 ms. */
  readonly seriesBucketMs?: number;
}

export interface SimulationRun {
  readonly rows: readonly SimulationRow[];
  /** True when rows were cut at maxRows. */
  readonly truncated: boolean;
  readonly transitions: readonly Transition[];
  readonly timeline: readonly StateSegment[];
  readonly series: readonly SeriesPoint[];
  readonly totals: RunTotals;
}

export function simulateBreaker(input: SimulationInput, options: SimulateOptions = {}): SimulationRun {
  const maxRows = options.maxRows ?? 200_000;
  const includeWindow = options.includeWindow ?? true;
  const rows: SimulationRow[] = [];
  const transitions: Transition[] = [];
  let truncated = false;

  // Rows are built with one literal of fixed shape (no spreads): a long run makes ~10^5 of them.
  const push = (
    model: CircuitBreakerModel,
    timeMs: number,
    inFlight: number,
    kind: RowKind,
    callId: number | null,
    permitted: boolean | null,
    rejection: RejectReason | null,
    outcome: RowOutcome | null,
    startedMs: number | null,
    durationMs: number | null,
    stateBefore: BreakerState,
    transition: Transition | null,
  ): void => {
    if (transition) transitions.push(transition);
    if (rows.length >= maxRows) {
      truncated = true;
      return;
    }
    rows.push({
      index: rows.length,
      timeMs,
      kind,
      callId,
      permitted,
      rejection,
      outcome,
      startedMs,
      durationMs,
      stateBefore,
      stateAfter: model.state(),
      transition,
      metrics: model.metrics(timeMs),
      inFlight,
      window: includeWindow ? model.window(timeMs) : null,
      probesLeft: model.halfOpenPermitsLeft(),
      retryAtMs: model.retryAtMs(),
    });
  };

  const observer: RunObserver = {
    onTimer(transition, model, inFlight) {
      push(model, transition.atMs, inFlight, 'timer', null, null, null, null, null, null, transition.from, transition);
    },
    onCall(timeMs, callId, before, decision, model, inFlight) {
      const outcome = decision.permitted ? null : 'rejected';
      push(model, timeMs, inFlight, 'call', callId, decision.permitted, decision.rejection, outcome, null, null, before, decision.transition);
    },
    onResult(timeMs, callId, before, call, transition, model, inFlight) {
      const outcome = call.timedOut ? 'timeout' : model.classify(call.durationMs, call.success);
      push(model, timeMs, inFlight, 'result', callId, null, null, outcome, call.startedMs, call.durationMs, before, transition);
    },
    onAction(timeMs, _target, before, transition, model, inFlight) {
      push(model, timeMs, inFlight, 'action', null, null, null, null, null, null, before, transition);
    },
  };

  const totals = runBreaker(input, observer);
  const backend = createBackend(input.backend, input.seed);
  return {
    rows,
    truncated,
    transitions,
    timeline: toTimeline(transitions, input.durationMs),
    series: toSeries(rows, input.durationMs, options.seriesBucketMs ?? 1000, (t) => backend.healthAt(t)),
    totals,
  };
}
