// The call chain client → A → B → C … as a discrete-event simulation in whole milliseconds.
//
// Model (thread-per-request services, as in a Tomcat or gRPC-Java server with a fixed executor):
// a request takes one of the service's `pool` threads (or waits in its queue), does its own work,
// then calls `fanOut` requests on the next service in parallel and holds the thread until all
// answer; the first failed dependency fails it. The deepest service only works; while the fault
// lasts its work is `extraLatencyMs` longer and `errorRate` of its answers are errors. Each edge's
// caller waits `timeoutMs` per attempt and retries up to `attempts` (after a gRPC-style backoff);
// a caller that gave up does not stop the callee, whose work goes on and its answer is wasted
// (an orphan) — unless deadlines are propagated. The fixes (scenario.ts FIX_IDS): retries kept at
// one edge only; gRPC retry throttling per edge (retry-throttle.ts); deadline propagation
// (deadline.ts: downstream deadline = min(own timeout, caller's deadline), expired work dropped);
// a Resilience4j breaker per edge (../../circuit-breaker/core/breaker.ts, reused as is); load
// shedding (a full queue refuses at once instead of growing without bound).
//
// Invariants (simulate.test.ts): same scenario + seed = same run; calls reaching layer d ≤ top
// requests × Π over edges 0..d of (attempts × fan-out, fan-out counted from edge 1); with every
// answer an error and no fixes, 3 edges × 3 attempts = 27 calls at the bottom per request.
// Randomness: arrivals from one seeded stream (kernel Poisson gaps), work times and errors from
// another, so every variant of a comparison sees the same arrivals.
// Representation (for speed: a 10-minute run at 10,000 requests/s makes tens of millions of
// calls, bench/call-chain.bench.ts): calls and attempts are integer ids into typed-array columns
// recycled by reference counts (call-store.ts), events sit on id wheels (id-wheel.ts) and wait
// queues are id ring buffers (id-queue.ts); nothing is allocated per call unless trace rows or
// chart series are asked for. simulate-golden.test.ts pins whole runs to the object-per-call
// engine this replaced.
import type { BreakerState } from '../../circuit-breaker/core/breaker-types.ts';
import { createCircuitBreaker, type CircuitBreaker } from '../../circuit-breaker/core/breaker.ts';
import { RESILIENCE4J_DEFAULTS } from '../../circuit-breaker/core/resilience4j-config.ts';
import { createRandom, exponential } from '../../kernel/random.ts';
import { CallStore, NO_OWNER } from './call-store.ts';
import { attemptDeadline, canSend } from './deadline.ts';
import { IdQueue } from './id-queue.ts';
import { IdWheel } from './id-wheel.ts';
import { createRetryThrottle, type RetryThrottle } from './retry-throttle.ts';
import { emptyTotals, p99Of, quantileOf, type ChainRun, type LayerSeries, type LayerTotals, type RunSeries, type RunStop } from './run-types.ts';
import { effectiveAttempts, hasFix, type ChainScenario } from './scenario.ts';
import type { RowKind, TraceRow } from './trace-row.ts';

export interface SimulateOptions {
  /** Keep per-bucket series for the chart (off in benchmarks). */
  readonly series?: boolean;
  /** Trace about this many top-level requests in full (0 = no rows). */
  readonly tracedRequests?: number;
  /** Where the run stops early (RUN_LIMITS unless a test asks for less). */
  readonly limits?: RunLimits;
}

export interface RunLimits {
  /** Attempts made, all services together. */
  readonly calls: number;
  /** Attempts alive at once (queued, working, or waited for): what the run's memory grows with. */
  readonly liveAttempts: number;
}

/**
 * A browser tab's worth. The parameters allow chains that would make billions of calls, or keep
 * tens of millions of attempts queued (gigabytes in each of the lab's three workers): the run
 * would never end, or the tab would crash. 40 M calls take 5–15 s in a worker; 4 M live attempts
 * hold about 300 MB. Past either limit the run stops and says so (ChainRun.stopped).
 */
export const RUN_LIMITS: RunLimits = { calls: 40_000_000, liveAttempts: 4_000_000 };

// Imported functions used per call, bound once: tsx and vitest turn every use of an import into a
// getter call, which the hot path would pay tens of millions of times.
const sendable = canSend;
const deadlineOf = attemptDeadline;
const gapOf = exponential;

const MAX_BACKOFF_MS = 10_000;
/** Latency histogram, 1 ms a slot: a top-level request lasts at most the run (≤ 600 s) plus the drain (120 s). */
const HIST_MS = 1 << 20;
/** Past the end of arrivals, stop anyway after this long (every top-level request has ended by then). */
const DRAIN_LIMIT_MS = 120_000;

// Lifecycle of an attempt at its service (CallStore.jobState).
const QUEUED = 0;
const RUNNING = 1;
const FINISHED = 2;
// Whether its caller still waits for an attempt (CallStore.jobAnswered).
const WAITING = 0;
const ANSWERED = 1;
/** Waiting, with no timeout scheduled: the answer is known to come first. */
const NO_TIMEOUT = 2;

export function simulateChain(s: ChainScenario, options: SimulateOptions = {}): ChainRun {
  const depth = s.layers.length;
  const bottom = depth - 1;
  const propagate = hasFix(s, 'deadlines');
  const shedding = hasFix(s, 'shedding');
  const maxAttempts = s.layers.map((_, i) => effectiveAttempts(s, i));
  const timeouts = Int32Array.from(s.layers, (l) => l.timeoutMs);
  const pools = Int32Array.from(s.layers, (l) => l.pool);
  const queueCaps = Float64Array.from(s.layers, (l) => (shedding ? l.queue : Infinity));
  const works = Float64Array.from(s.layers, (l) => l.workMs);
  const running = new Int32Array(depth);
  const queues: IdQueue[] = s.layers.map(() => new IdQueue());
  const queued = new Int32Array(depth);
  const fanOut = s.fanOut;
  const backoffMs = s.backoffMs;
  const extraLatencyMs = s.fault.extraLatencyMs;
  const errorRate = s.fault.errorRate;
  const calls = new CallStore();
  const totals: LayerTotals[] = s.layers.map(() => emptyTotals());
  const throttles: (RetryThrottle | null)[] = s.layers.map(() => (hasFix(s, 'retry-budget') ? createRetryThrottle(s.throttle) : null));
  const breakers: (CircuitBreaker | null)[] = s.layers.map(() =>
    hasFix(s, 'breakers')
      ? createCircuitBreaker({
          ...RESILIENCE4J_DEFAULTS,
          failureRateThreshold: s.breaker.failureRateThreshold,
          slidingWindowSize: s.breaker.slidingWindowSize,
          minimumNumberOfCalls: s.breaker.slidingWindowSize,
          waitDurationInOpenState: s.breaker.waitDurationInOpenState,
          permittedNumberOfCallsInHalfOpenState: 3,
        })
      : null,
  );

  // One wheel per kind of event, drained in this order each millisecond: work finished, caller
  // timeouts, retries after a backoff.
  const workDone = new IdWheel();
  const timeoutsDue = new IdWheel();
  const retriesDue = new IdWheel();
  const arrivalsRandom = createRandom(s.seed);
  const serviceRandom = createRandom((s.seed ^ 0x9e3779b9) >>> 0);
  const hist = new Uint32Array(HIST_MS);
  let topRequests = 0;
  let topOk = 0;
  let topDone = 0;
  let now = 0;
  /** Whether the fault is on in the current millisecond (set at the top of each one). */
  let faultOn = false;

  // Series and rows.
  const bucketMs = Math.max(250, Math.ceil(s.durationMs / 120 / 250) * 250);
  const bucketCount = Math.ceil(s.durationMs / bucketMs);
  const series: RunSeries | null = options.series
    ? {
        bucketMs,
        topOk: new Array<number>(bucketCount).fill(0),
        topFailed: new Array<number>(bucketCount).fill(0),
        p99: [],
        layers: s.layers.map((): LayerSeries => ({ calls: [], errors: [], running: [], queued: [], breaker: [], tokens: [] })),
      }
    : null;
  const bucketLatencies: number[][] = series ? Array.from({ length: bucketCount }, () => []) : [];
  const rows: TraceRow[] = [];
  const traced = options.tracedRequests ?? 0;
  const sampleEvery = traced > 0 ? Math.max(1, Math.ceil((s.rate * s.durationMs) / 1000 / traced)) : 0;
  const tracing = sampleEvery > 0;
  const sampled = (trace: number) => sampleEvery > 0 && (trace < 0 || trace % sampleEvery === 0);
  const row = (kind: RowKind, trace: number, layer: number, attempt: number, n = 0, n2 = 0, reason = ''): void => {
    if (sampleEvery > 0 && sampled(trace)) rows.push({ t: now, kind, trace, layer, attempt, n, n2, reason });
  };
  const bucketOf = (t: number) => Math.min(bucketCount - 1, Math.floor(t / bucketMs));
  const countLayer = (layer: number, key: 'calls' | 'errors') => {
    if (!series || now >= s.durationMs) return;
    const arr = (series.layers[layer] as LayerSeries)[key];
    const b = bucketOf(now);
    while (arr.length <= b) arr.push(0);
    arr[b] = (arr[b] as number) + 1;
  };
  const noteBreaker = (layer: number, from: BreakerState, breaker: CircuitBreaker) => {
    const to = breaker.state();
    if (to !== from && sampleEvery > 0) rows.push({ t: now, kind: 'breaker', trace: -1, layer, attempt: 0, n: 0, n2: 0, reason: '', from, to });
  };

  function faultActive(): boolean {
    return now >= s.fault.atMs && (s.fault.forMs === 0 || now < s.fault.atMs + s.fault.forMs);
  }

  // The handlers below work on ids (call-store.ts). Whatever they touch is kept alive by a ref:
  // the event being handled holds its attempt, an attempt its call, a call its owner attempt.

  /** A new call from `owner` (NO_OWNER: the client), and its first attempt. */
  function startNewOp(layer: number, owner: number, deadline: number, trace: number): void {
    const op = calls.newOp(layer, owner, deadline, trace, now);
    calls.retainOp(op); // ours while its first attempt starts
    startAttempt(op);
    calls.releaseOp(op);
  }

  function startAttempt(op: number): void {
    const layer = calls.opLayer[op] as number;
    const trace = tracing ? (calls.opTrace[op] as number) : 0;
    const opDeadline = calls.opDeadline[op] as number;
    if (!sendable(now, opDeadline, propagate)) {
      if (tracing) row('deadline-exceeded', trace, layer, (calls.opAttempts[op] as number) + 1);
      completeOp(op, false);
      return;
    }
    const breaker = breakers[layer];
    if (breaker) {
      const before = tracing ? breaker.state() : 'CLOSED';
      const decision = breaker.tryAcquire(now);
      if (tracing) noteBreaker(layer, before, breaker);
      if (!decision.permitted) {
        (totals[layer] as LayerTotals).breakerRejected++;
        if (tracing) row('breaker-reject', trace, layer, (calls.opAttempts[op] as number) + 1, 0, 0, decision.rejection ?? 'open');
        completeOp(op, false);
        return;
      }
    }
    const attempt = (calls.opAttempts[op] as number) + 1;
    calls.opAttempts[op] = attempt;
    const t = totals[layer] as LayerTotals;
    t.calls++;
    if (attempt > 1) t.retries++;
    if (series) countLayer(layer, 'calls');
    const deadline = deadlineOf(now, timeouts[layer] as number, opDeadline, propagate);
    const job = calls.newJob(layer, op, attempt, now, deadline);
    if (tracing) row('send', trace, layer, attempt, deadline, deadline - now);
    if ((running[layer] as number) < (pools[layer] as number)) {
      const doneAt = run(job, layer);
      // The deepest service answers at doneAt, before (or, work drained first, at) the deadline:
      // this timeout would only ever be cancelled, so it is not scheduled at all.
      if (layer === bottom && doneAt <= deadline) calls.jobAnswered[job] = NO_TIMEOUT;
      else armTimeout(job, deadline);
    } else if ((queued[layer] as number) >= (queueCaps[layer] as number)) {
      // answer() below cancels this timeout at once; its ref is what holds the attempt meanwhile.
      armTimeout(job, deadline);
      t.shed++;
      calls.jobState[job] = FINISHED;
      if (tracing) row('shed', trace, layer, attempt, queued[layer]);
      answer(job, false, 'shed');
    } else {
      armTimeout(job, deadline);
      calls.retainJob(job);
      (queues[layer] as IdQueue).push(job);
      queued[layer] = (queued[layer] as number) + 1;
      if (tracing) row('queued', trace, layer, attempt, queued[layer]);
    }
  }

  function armTimeout(job: number, deadline: number): void {
    calls.retainJob(job);
    timeoutsDue.schedule(now, deadline, job);
  }

  /** Starts the attempt's work on one of the service's threads; returns when it will be done. */
  function run(job: number, layer: number): number {
    running[layer] = (running[layer] as number) + 1;
    calls.jobState[job] = RUNNING;
    if (tracing) row('start', calls.jobTrace[job] as number, layer, calls.jobAttempt[job] as number, now - (calls.jobSentAt[job] as number));
    let work = (works[layer] as number) * (0.5 + serviceRandom());
    if (layer === bottom && faultOn) work += extraLatencyMs;
    calls.retainJob(job);
    const doneAt = now + Math.max(1, Math.round(work));
    workDone.schedule(now, doneAt, job);
    return doneAt;
  }

  function release(layer: number): void {
    running[layer] = (running[layer] as number) - 1;
    const q = queues[layer] as IdQueue;
    while ((running[layer] as number) < (pools[layer] as number) && q.length > 0) {
      const next = q.shift();
      // A job no longer QUEUED was cancelled while waiting (already uncounted).
      if (calls.jobState[next] === QUEUED) {
        queued[layer] = (queued[layer] as number) - 1;
        run(next, layer);
      }
      calls.releaseJob(next);
    }
  }

  /** The service answers `job` (its own work done, a dependency failed, or shed). */
  function finish(job: number, ok: boolean, reason: string): void {
    const state = calls.jobState[job];
    if (state === FINISHED) return;
    calls.jobState[job] = FINISHED;
    if (state === RUNNING) release(calls.jobLayer[job] as number);
    answer(job, ok, reason);
  }

  function answer(job: number, ok: boolean, reason: string): void {
    const layer = calls.jobLayer[job] as number;
    if (!ok && series) countLayer(layer, 'errors');
    const waiting = calls.jobAnswered[job] as number;
    if (waiting === ANSWERED) {
      (totals[layer] as LayerTotals).orphans++;
      if (tracing) row('orphan', calls.jobTrace[job] as number, layer, calls.jobAttempt[job] as number, now - (calls.jobSentAt[job] as number), 0, reason);
      return;
    }
    calls.jobAnswered[job] = ANSWERED;
    // Answered before its timeout: take the timeout out now, while the attempt is in the cache,
    // rather than have it fire for nothing later (its ref is dropped once we are done with it).
    if (waiting === WAITING) timeoutsDue.cancel(job);
    if (tracing)
      row('response', calls.jobTrace[job] as number, layer, calls.jobAttempt[job] as number, now - (calls.jobSentAt[job] as number), 0, ok ? 'ok' : reason);
    attemptEnded(job, layer, ok);
    calls.detachJob(job);
    if (waiting === WAITING) calls.releaseJob(job);
  }

  /** The caller of `job` (on the edge into `layer`) has its answer, or gave up: retry or complete the call. */
  function attemptEnded(job: number, layer: number, ok: boolean): void {
    const op = calls.jobOp[job] as number;
    const breaker = breakers[layer];
    if (breaker) {
      const before = tracing ? breaker.state() : 'CLOSED';
      breaker.onResult(now, now - (calls.jobSentAt[job] as number), ok);
      if (tracing) noteBreaker(layer, before, breaker);
    }
    const throttle = throttles[layer];
    let throttleAllows = true;
    if (throttle) {
      const wasAbove = tracing && throttle.isAboveThreshold();
      if (ok) throttle.onSuccess();
      else throttleAllows = throttle.onFailure();
      if (tracing && wasAbove !== throttle.isAboveThreshold()) {
        rows.push({ t: now, kind: 'throttle', trace: -1, layer, attempt: 0, n: throttle.tokens(), n2: 0, reason: wasAbove ? 'stop' : 'resume' });
      }
    }
    if (ok) {
      (totals[layer] as LayerTotals).successes++;
      return completeOp(op, true);
    }
    if (calls.opDone[op] === 1) return;
    const owner = calls.opOwner[op] as number;
    const attempts = calls.opAttempts[op] as number;
    let why = '';
    if (owner !== NO_OWNER && calls.jobState[owner] === FINISHED) why = 'caller-gone';
    else if (attempts >= (maxAttempts[layer] as number)) why = 'attempts';
    else if (!throttleAllows) why = 'throttled';
    else if (!sendable(now, calls.opDeadline[op] as number, propagate)) why = 'deadline';
    if (why !== '') {
      if (why === 'throttled') (totals[layer] as LayerTotals).throttled++;
      if (tracing) row('give-up', calls.opTrace[op] as number, layer, attempts, 0, throttle ? throttle.tokens() : 0, why);
      completeOp(op, false);
      return;
    }
    const cap = Math.min(backoffMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    const backoff = backoffMs > 0 ? Math.round(serviceRandom() * cap) : 0;
    if (tracing) row('retry', calls.opTrace[op] as number, layer, attempts + 1, backoff, throttle ? throttle.tokens() : 0);
    if (backoff === 0) startAttempt(op);
    else {
      calls.retainOp(op);
      retriesDue.schedule(now, now + backoff, op);
    }
  }

  function completeOp(op: number, ok: boolean): void {
    if (calls.opDone[op] === 1) return;
    calls.opDone[op] = 1;
    const owner = calls.opOwner[op] as number;
    if (owner === NO_OWNER) {
      const startedAt = calls.opStartedAt[op] as number;
      const latency = now - startedAt;
      const slot = Math.min(HIST_MS - 1, latency);
      hist[slot] = (hist[slot] as number) + 1;
      topDone++;
      if (ok) topOk++;
      if (tracing) row('done', calls.opTrace[op] as number, -1, calls.opAttempts[op] as number, latency, 0, ok ? 'ok' : 'failed');
      if (series && startedAt < s.durationMs) {
        const b = bucketOf(startedAt);
        const counts = ok ? series.topOk : series.topFailed;
        counts[b] = (counts[b] as number) + 1;
        (bucketLatencies[b] as number[]).push(latency);
      }
      return;
    }
    if (calls.jobState[owner] !== RUNNING) return;
    if (!ok) return finish(owner, false, 'dependency-failed');
    const pending = (calls.jobPending[owner] as number) - 1;
    calls.jobPending[owner] = pending;
    if (pending === 0) finish(owner, true, 'ok');
  }

  function onWorkDone(job: number): void {
    if (calls.jobState[job] !== RUNNING) return; // cancelled at its deadline
    const layer = calls.jobLayer[job] as number;
    if (layer === bottom) {
      const error = faultOn && serviceRandom() < errorRate;
      finish(job, !error, 'fault-error');
      return;
    }
    calls.jobPending[job] = fanOut;
    const deadline = calls.jobDeadline[job] as number;
    // Only trace rows read a call's trace number.
    const trace = tracing ? (calls.jobTrace[job] as number) : 0;
    for (let i = 0; i < fanOut && calls.jobState[job] === RUNNING; i++) startNewOp(layer + 1, job, deadline, trace);
  }

  function onTimeout(job: number): void {
    if (calls.jobAnswered[job] === ANSWERED) return;
    calls.jobAnswered[job] = ANSWERED;
    const layer = calls.jobLayer[job] as number;
    const trace = tracing ? (calls.jobTrace[job] as number) : 0;
    (totals[layer] as LayerTotals).timeouts++;
    if (tracing) row('timeout', trace, layer, calls.jobAttempt[job] as number, now - (calls.jobSentAt[job] as number));
    const state = calls.jobState[job];
    if (propagate && state !== FINISHED) {
      // The callee sees the same deadline pass and drops the work (gRPC cancels the server call).
      const wasRunning = state === RUNNING;
      if (!wasRunning) queued[layer] = (queued[layer] as number) - 1;
      calls.jobState[job] = FINISHED;
      (totals[layer] as LayerTotals).cancelled++;
      if (tracing) row('cancelled', trace, layer, calls.jobAttempt[job] as number, 0, 0, wasRunning ? 'running' : 'queued');
      if (wasRunning) release(layer);
    }
    attemptEnded(job, layer, false);
    calls.detachJob(job);
  }

  const snapshot = () => {
    if (!series) return;
    series.layers.forEach((ls, i) => {
      const b = ls.running.length;
      while (ls.calls.length <= b) ls.calls.push(0);
      while (ls.errors.length <= b) ls.errors.push(0);
      ls.running.push(running[i] as number);
      ls.queued.push(queued[i] as number);
      ls.breaker.push(breakers[i]?.state() ?? 'DISABLED');
      ls.tokens.push(throttles[i]?.tokens() ?? 0);
    });
  };

  const limits = options.limits ?? RUN_LIMITS;
  let stopped: ChainRun['stopped'];
  const meanGap = 1000 / s.rate;
  let nextArrival = s.rate > 0 ? gapOf(arrivalsRandom, meanGap) : Infinity;
  const end = s.durationMs;
  for (now = 0; ; now++) {
    const faultNow = faultActive();
    if (faultNow !== faultOn) {
      faultOn = faultNow;
      if (sampleEvery > 0 && now < end)
        rows.push({
          t: now,
          kind: faultNow ? 'fault-start' : 'fault-end',
          trace: -1,
          layer: bottom,
          attempt: 0,
          n: s.fault.extraLatencyMs,
          n2: s.fault.errorRate,
          reason: '',
        });
    }
    while (nextArrival < now + 1 && nextArrival < end) {
      const trace = topRequests++;
      if (tracing) row('arrive', trace, -1, 0);
      startNewOp(0, NO_OWNER, Infinity, trace);
      nextArrival += gapOf(arrivalsRandom, meanGap);
    }
    // Each event's ref on its id is dropped once the event is handled.
    for (let job = workDone.pop(now); job >= 0; job = workDone.pop(now)) {
      onWorkDone(job);
      calls.releaseJob(job);
    }
    for (let job = timeoutsDue.pop(now); job >= 0; job = timeoutsDue.pop(now)) {
      onTimeout(job);
      calls.releaseJob(job);
    }
    for (let op = retriesDue.pop(now); op >= 0; op = retriesDue.pop(now)) {
      startAttempt(op);
      calls.releaseOp(op);
    }
    if (series && (now + 1) % bucketMs === 0 && now < end) snapshot();
    if (now >= end && (topDone === topRequests || now >= end + DRAIN_LIMIT_MS)) break;
    // Checked once a millisecond: one millisecond adds far fewer attempts than the headroom
    // between the limit and the store's 2^22 slots.
    const limit = overLimit(limits, totals, calls.liveJobs());
    if (limit) {
      stopped = { atMs: now + 1, limit };
      // The bucket the run stopped in gets its threads and queues as they were at the stop.
      if (series && (now + 1) % bucketMs !== 0) snapshot();
      break;
    }
  }

  if (series) {
    if (stopped) {
      // The buckets after the stop hold nothing: leave them out rather than chart a false drop.
      const kept = Math.ceil(stopped.atMs / bucketMs);
      series.topOk.length = Math.min(series.topOk.length, kept);
      series.topFailed.length = Math.min(series.topFailed.length, kept);
      bucketLatencies.length = Math.min(bucketLatencies.length, kept);
    }
    for (const lat of bucketLatencies) series.p99.push(p99Of(lat));
  }
  const topFailed = topRequests - topOk;
  const seconds = (stopped ? Math.min(stopped.atMs, s.durationMs) : s.durationMs) / 1000;
  return {
    summary: {
      topRequests,
      topOk,
      topFailed,
      amplification: topRequests === 0 ? 0 : (totals[bottom] as LayerTotals).calls / topRequests,
      goodput: topOk / seconds,
      p50: quantileOf(hist, topDone, 0.5),
      p99: quantileOf(hist, topDone, 0.99),
      errorRate: topRequests === 0 ? 0 : topFailed / topRequests,
      layers: totals,
    },
    series,
    rows,
    sampleEvery,
    endMs: now,
    // Only a stopped run has the key, so a whole run's JSON (simulate-golden.test.ts) is as before.
    ...(stopped ? { stopped } : {}),
  };
}

function overLimit(limits: RunLimits, totals: readonly LayerTotals[], liveAttempts: number): RunStop['limit'] | null {
  if (liveAttempts > limits.liveAttempts) return 'live-attempts';
  let made = 0;
  for (const t of totals) made += t.calls;
  return made > limits.calls ? 'calls' : null;
}
