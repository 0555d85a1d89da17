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
import type { BreakerState } from '../../circuit-breaker/core/breaker-types.ts';
import { createCircuitBreaker, type CircuitBreaker } from '../../circuit-breaker/core/breaker.ts';
import { RESILIENCE4J_DEFAULTS } from '../../circuit-breaker/core/resilience4j-config.ts';
import { createRandom, exponential } from '../../kernel/random.ts';
import { attemptDeadline, canSend } from './deadline.ts';
import { createRetryThrottle, type RetryThrottle } from './retry-throttle.ts';
import { emptyTotals, p99Of, quantileOf, type ChainRun, type LayerSeries, type LayerTotals, type RunSeries } from './run-types.ts';
import { effectiveAttempts, hasFix, type ChainScenario } from './scenario.ts';
import { createTimeWheel } from './time-wheel.ts';
import type { RowKind, TraceRow } from './trace-row.ts';

export interface SimulateOptions {
  /** Keep per-bucket series for the chart (off in benchmarks). */
  readonly series?: boolean;
  /** Trace about this many top-level requests in full (0 = no rows). */
  readonly tracedRequests?: number;
}

const MAX_BACKOFF_MS = 10_000;
const HIST_MS = 1 << 17;
/** Past the end of arrivals, stop anyway after this long (every top-level request has ended by then). */
const DRAIN_LIMIT_MS = 120_000;

// Lifecycle of an attempt at its service.
const QUEUED = 0;
const RUNNING = 1;
const FINISHED = 2;

interface Op {
  readonly layer: number;
  readonly owner: Job | null;
  readonly deadline: number;
  readonly trace: number;
  readonly startedAt: number;
  attempts: number;
  done: boolean;
}

interface Job {
  readonly layer: number;
  readonly op: Op;
  readonly attempt: number;
  readonly sentAt: number;
  readonly deadline: number;
  state: number;
  answered: boolean;
  pending: number;
  startedAt: number;
}

export function simulateChain(s: ChainScenario, options: SimulateOptions = {}): ChainRun {
  const depth = s.layers.length;
  const bottom = depth - 1;
  const propagate = hasFix(s, 'deadlines');
  const shedding = hasFix(s, 'shedding');
  const maxAttempts = s.layers.map((_, i) => effectiveAttempts(s, i));
  const timeouts = s.layers.map((l) => l.timeoutMs);
  const pools = s.layers.map((l) => l.pool);
  const queueCaps = s.layers.map((l) => (shedding ? l.queue : Infinity));
  const works = s.layers.map((l) => l.workMs);
  const running = new Array<number>(depth).fill(0);
  const queues: Job[][] = s.layers.map(() => []);
  const heads = new Array<number>(depth).fill(0);
  const queued = new Array<number>(depth).fill(0);
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
  const workDone = createTimeWheel<Job>();
  const timeoutsDue = createTimeWheel<Job>();
  const retriesDue = createTimeWheel<Op>();
  const arrivalsRandom = createRandom(s.seed);
  const serviceRandom = createRandom((s.seed ^ 0x9e3779b9) >>> 0);
  const hist = new Uint32Array(HIST_MS);
  let topRequests = 0;
  let topOk = 0;
  let topDone = 0;
  let now = 0;
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

  function startAttempt(op: Op): void {
    const layer = op.layer;
    if (!canSend(now, op.deadline, propagate)) {
      row('deadline-exceeded', op.trace, layer, op.attempts + 1);
      completeOp(op, false);
      return;
    }
    const breaker = breakers[layer];
    if (breaker) {
      const before = breaker.state();
      const decision = breaker.tryAcquire(now);
      noteBreaker(layer, before, breaker);
      if (!decision.permitted) {
        (totals[layer] as LayerTotals).breakerRejected++;
        row('breaker-reject', op.trace, layer, op.attempts + 1, 0, 0, decision.rejection ?? 'open');
        completeOp(op, false);
        return;
      }
    }
    op.attempts++;
    const t = totals[layer] as LayerTotals;
    t.calls++;
    if (op.attempts > 1) t.retries++;
    countLayer(layer, 'calls');
    const deadline = attemptDeadline(now, timeouts[layer] as number, op.deadline, propagate);
    const job: Job = { layer, op, attempt: op.attempts, sentAt: now, deadline, state: QUEUED, answered: false, pending: 0, startedAt: 0 };
    row('send', op.trace, layer, job.attempt, deadline, deadline - now);
    timeoutsDue.schedule(now, deadline, job);
    if ((running[layer] as number) < (pools[layer] as number)) {
      run(job);
    } else if ((queued[layer] as number) >= (queueCaps[layer] as number)) {
      t.shed++;
      job.state = FINISHED;
      row('shed', op.trace, layer, job.attempt, queued[layer]);
      answer(job, false, 'shed');
    } else {
      (queues[layer] as Job[]).push(job);
      queued[layer] = (queued[layer] as number) + 1;
      row('queued', op.trace, layer, job.attempt, queued[layer]);
    }
  }

  function run(job: Job): void {
    const layer = job.layer;
    running[layer] = (running[layer] as number) + 1;
    job.state = RUNNING;
    job.startedAt = now;
    row('start', job.op.trace, layer, job.attempt, now - job.sentAt);
    let work = (works[layer] as number) * (0.5 + serviceRandom());
    if (layer === bottom && faultActive()) work += s.fault.extraLatencyMs;
    workDone.schedule(now, now + Math.max(1, Math.round(work)), job);
  }

  function release(layer: number): void {
    running[layer] = (running[layer] as number) - 1;
    const q = queues[layer] as Job[];
    while ((running[layer] as number) < (pools[layer] as number) && (heads[layer] as number) < q.length) {
      const next = q[heads[layer] as number] as Job;
      heads[layer] = (heads[layer] as number) + 1;
      if (next.state !== QUEUED) continue; // cancelled while waiting (already uncounted)
      queued[layer] = (queued[layer] as number) - 1;
      run(next);
    }
    if ((heads[layer] as number) > 1024 && (heads[layer] as number) * 2 > q.length) {
      q.splice(0, heads[layer] as number);
      heads[layer] = 0;
    }
  }

  /** The service answers `job` (its own work done, a dependency failed, or shed). */
  function finish(job: Job, ok: boolean, reason: string): void {
    if (job.state === FINISHED) return;
    const wasRunning = job.state === RUNNING;
    job.state = FINISHED;
    if (wasRunning) release(job.layer);
    answer(job, ok, reason);
  }

  function answer(job: Job, ok: boolean, reason: string): void {
    const layer = job.layer;
    if (!ok) countLayer(layer, 'errors');
    if (job.answered) {
      (totals[layer] as LayerTotals).orphans++;
      row('orphan', job.op.trace, layer, job.attempt, now - job.sentAt, 0, reason);
      return;
    }
    job.answered = true;
    row('response', job.op.trace, layer, job.attempt, now - job.sentAt, 0, ok ? 'ok' : reason);
    attemptEnded(job, ok);
  }

  function attemptEnded(job: Job, ok: boolean): void {
    const op = job.op;
    const layer = op.layer;
    const breaker = breakers[layer];
    if (breaker) {
      const before = breaker.state();
      breaker.onResult(now, now - job.sentAt, ok);
      noteBreaker(layer, before, breaker);
    }
    const throttle = throttles[layer];
    let throttleAllows = true;
    if (throttle) {
      const wasAbove = throttle.isAboveThreshold();
      if (ok) throttle.onSuccess();
      else throttleAllows = throttle.onFailure();
      if (wasAbove !== throttle.isAboveThreshold() && sampleEvery > 0) {
        rows.push({ t: now, kind: 'throttle', trace: -1, layer, attempt: 0, n: throttle.tokens(), n2: 0, reason: wasAbove ? 'stop' : 'resume' });
      }
    }
    if (ok) {
      (totals[layer] as LayerTotals).successes++;
      return completeOp(op, true);
    }
    if (op.done) return;
    let why = '';
    if (op.owner !== null && op.owner.state === FINISHED) why = 'caller-gone';
    else if (op.attempts >= (maxAttempts[layer] as number)) why = 'attempts';
    else if (!throttleAllows) why = 'throttled';
    else if (!canSend(now, op.deadline, propagate)) why = 'deadline';
    if (why !== '') {
      if (why === 'throttled') (totals[layer] as LayerTotals).throttled++;
      row('give-up', op.trace, layer, op.attempts, 0, throttle ? throttle.tokens() : 0, why);
      completeOp(op, false);
      return;
    }
    const cap = Math.min(s.backoffMs * 2 ** (op.attempts - 1), MAX_BACKOFF_MS);
    const backoff = s.backoffMs > 0 ? Math.round(serviceRandom() * cap) : 0;
    row('retry', op.trace, layer, op.attempts + 1, backoff, throttle ? throttle.tokens() : 0);
    if (backoff === 0) startAttempt(op);
    else retriesDue.schedule(now, now + backoff, op);
  }

  function completeOp(op: Op, ok: boolean): void {
    if (op.done) return;
    op.done = true;
    const owner = op.owner;
    if (owner === null) {
      const latency = now - op.startedAt;
      const slot = Math.min(HIST_MS - 1, latency);
      hist[slot] = (hist[slot] as number) + 1;
      topDone++;
      if (ok) topOk++;
      row('done', op.trace, -1, op.attempts, latency, 0, ok ? 'ok' : 'failed');
      if (series && op.startedAt < s.durationMs) {
        const b = bucketOf(op.startedAt);
        const counts = ok ? series.topOk : series.topFailed;
        counts[b] = (counts[b] as number) + 1;
        (bucketLatencies[b] as number[]).push(latency);
      }
      return;
    }
    if (owner.state !== RUNNING) return;
    if (!ok) return finish(owner, false, 'dependency-failed');
    owner.pending--;
    if (owner.pending === 0) finish(owner, true, 'ok');
  }

  function onWorkDone(job: Job): void {
    if (job.state !== RUNNING) return; // cancelled at its deadline
    if (job.layer === bottom) {
      const error = faultActive() && serviceRandom() < s.fault.errorRate;
      finish(job, !error, 'fault-error');
      return;
    }
    job.pending = s.fanOut;
    for (let i = 0; i < s.fanOut && job.state === RUNNING; i++) {
      startAttempt({ layer: job.layer + 1, owner: job, deadline: job.deadline, trace: job.op.trace, startedAt: now, attempts: 0, done: false });
    }
  }

  function onTimeout(job: Job): void {
    if (job.answered) return;
    job.answered = true;
    (totals[job.layer] as LayerTotals).timeouts++;
    row('timeout', job.op.trace, job.layer, job.attempt, now - job.sentAt);
    if (propagate && job.state !== FINISHED) {
      // The callee sees the same deadline pass and drops the work (gRPC cancels the server call).
      const wasRunning = job.state === RUNNING;
      if (!wasRunning) queued[job.layer] = (queued[job.layer] as number) - 1;
      job.state = FINISHED;
      (totals[job.layer] as LayerTotals).cancelled++;
      row('cancelled', job.op.trace, job.layer, job.attempt, 0, 0, wasRunning ? 'running' : 'queued');
      if (wasRunning) release(job.layer);
    }
    attemptEnded(job, false);
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

  const meanGap = 1000 / s.rate;
  let nextArrival = s.rate > 0 ? exponential(arrivalsRandom, meanGap) : Infinity;
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
      row('arrive', trace, -1, 0);
      startAttempt({ layer: 0, owner: null, deadline: Infinity, trace, startedAt: now, attempts: 0, done: false });
      nextArrival += exponential(arrivalsRandom, meanGap);
    }
    workDone.drain(now, onWorkDone);
    timeoutsDue.drain(now, onTimeout);
    retriesDue.drain(now, startAttempt);
    if (series && (now + 1) % bucketMs === 0 && now < end) snapshot();
    if (now >= end && (topDone === topRequests || now >= end + DRAIN_LIMIT_MS)) break;
  }

  if (series) for (const lat of bucketLatencies) series.p99.push(p99Of(lat));
  const topFailed = topRequests - topOk;
  return {
    summary: {
      topRequests,
      topOk,
      topFailed,
      amplification: topRequests === 0 ? 0 : (totals[bottom] as LayerTotals).calls / topRequests,
      goodput: topOk / (s.durationMs / 1000),
      p50: quantileOf(hist, topDone, 0.5),
      p99: quantileOf(hist, topDone, 0.99),
      errorRate: topRequests === 0 ? 0 : topFailed / topRequests,
      layers: totals,
    },
    series,
    rows,
    sampleEvery,
    endMs: now,
  };
}
