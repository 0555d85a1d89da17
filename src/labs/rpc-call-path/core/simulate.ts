// One call through the whole path, under the chosen cluster strategy. The source it follows:
// Dubbo's cluster invokers (org.apache.dubbo.rpc.cluster.support):
// - FailoverClusterInvoker: up to retries + 1 attempts (retries default 2); before each retry the
//   directory is listed again and select() skips providers already invoked when it can. Every
//   attempt has the full `timeout` unless `enable-timeout-countdown` makes it one budget, in which
//   case an attempt with no time left fails at once ("No time left for making the following call").
// - FailfastClusterInvoker: one attempt, its error goes to the caller.
// - FailsafeClusterInvoker: one attempt, an error is logged ("Failsafe ignore exception") and the
//   caller gets an empty result.
// - FailbackClusterInvoker: one attempt; on error the call is recorded and the caller gets an empty
//   result; a timer retries it every 5 s on another provider, `retries` times, then abandons it.
// - ForkingClusterInvoker: `forks` providers (all if forks ≥ their number) called in parallel; the
//   first success wins, the call fails when all have failed or `timeout` passes.
// gRPC (grpc-java with a retryPolicy): attempts up to maxAttempts, only on a retryable status
// (UNAVAILABLE here), after a random backoff in [0, min(initialBackoff·multiplier^(n−1),
// maxBackoff)); the deadline covers the whole call, retries included.
// Invariants (simulate.test.ts): attempts ≤ retries + 1; failfast makes exactly one; with one
// budget (countdown or gRPC deadline) the caller always has its answer by `timeout`.
import { createRandom } from '../../kernel/random.ts';
import { runAttempt, type AttemptResult } from './attempt.ts';
import { attemptsAllowed, FAILBACK_RETRY_PERIOD_MS, GRPC_RETRY, type CallConfig } from './config.ts';
import type { CallEvent, CallOutcome, ErrorKind } from './events.ts';
import { requestFrameBytes } from './payload.ts';
import { tagRoute } from './router.ts';
import { createBalancer, select, type Candidate } from './select.ts';

export interface CallRun {
  readonly config: CallConfig;
  /** Every event, in time order (stable for events at the same moment). */
  readonly events: readonly CallEvent[];
  readonly outcome: CallOutcome;
  /** The providers the router let through (registry indices). */
  readonly routed: readonly number[];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function simulateCall(config: CallConfig): CallRun {
  const random = createRandom(config.seed);
  const balancer = createBalancer(config.framework === 'grpc' ? 'roundrobin' : config.loadbalance, random);
  const noProvider = config.fault === 'no-provider';
  const all: Candidate[] = noProvider ? [] : config.weights.map((weight, index) => ({ index, weight, available: true }));
  const routed = noProvider ? { kept: [], rule: 'no-tags' as const } : tagRoute(config.providerTags, config.tag, config.forceTag);
  // The router's survivors, with their availability as it is now.
  const candidates = () => routed.kept.map((i) => all[i] as Candidate);
  const events: CallEvent[] = [];
  const add = (e: Omit<CallEvent, 'attempt' | 'provider'> & Partial<Pick<CallEvent, 'attempt' | 'provider'>>) =>
    events.push({ attempt: 0, provider: null, ...e });
  const streams = new Map<number, number>();
  const frame = requestFrameBytes(config.framework, config.serialization, config.timeoutMs);
  let attempts = 0;

  const attempt = (n: number, provider: number, startMs: number, budgetMs: number): AttemptResult => {
    attempts++;
    const used = streams.get(provider) ?? 0;
    streams.set(provider, used + 1);
    const wireId = config.framework === 'grpc' ? 2 * used + 1 : n;
    const serviceMs = round(config.serviceMs * (1 + 0.2 * random()));
    const r = runAttempt(config, { attempt: n, provider, startMs, budgetMs, faulty: provider < config.faulty, serviceMs, wireId, frame });
    events.push(...r.events);
    if (r.error === 'channel-inactive') all[provider] = { ...(all[provider] as Candidate), available: false };
    return r;
  };
  const pick = (n: number, atMs: number, invoked: ReadonlySet<number>): number => {
    const list = candidates();
    const s = select(balancer, list, invoked);
    add({ timeMs: atMs, stage: 'loadbalance', code: 'pick', bad: false, attempt: n, provider: s.index, total: list.length });
    if (s.replaced)
      add({ timeMs: atMs, stage: 'loadbalance', code: 'reselect', bad: false, attempt: n, provider: s.index, other: s.replaced.index, reason: s.replaced.why });
    return s.index;
  };
  const finish = (outcome: CallOutcome): CallRun => {
    const code = outcome.kind === 'ok' ? 'result-ok' : outcome.kind === 'error' ? 'result-error' : 'result-empty';
    add({
      timeMs: outcome.atMs,
      stage: 'proxy',
      code,
      bad: outcome.kind !== 'ok',
      provider: outcome.provider,
      ...(outcome.error ? { error: outcome.error } : {}),
      count: outcome.attempts,
    });
    // Mostly in order already (a late reply or a fork's events are the exceptions): sort only then.
    const ordered = events.every((e, i) => i === 0 || (events[i - 1] as CallEvent).timeMs <= e.timeMs);
    const sorted = ordered
      ? events
      : events
          .map((e, i) => ({ e, i }))
          .sort((a, b) => a.e.timeMs - b.e.timeMs || a.i - b.i)
          .map((x) => x.e);
    return { config, events: sorted, outcome, routed: routed.kept };
  };

  const allowed = attemptsAllowed(config);
  add({ timeMs: 0, stage: 'proxy', code: 'invoke', bad: false });
  add({ timeMs: 0, stage: 'client-filters', code: 'consumer-filters', bad: false });
  add({
    timeMs: 0,
    stage: 'cluster',
    code: 'cluster-start',
    bad: false,
    count: config.cluster === 'forking' && config.framework === 'dubbo' ? config.forks : allowed,
    ms: config.timeoutMs,
  });
  if (noProvider) {
    add({ timeMs: 0, stage: 'directory', code: 'directory-empty', bad: true, error: 'no-provider' });
    return finishEmptyDirectory(config, add, finish);
  }
  add({ timeMs: 0, stage: 'directory', code: 'directory-list', bad: false, count: all.length });
  if (routed.kept.length === 0) {
    add({ timeMs: 0, stage: 'router', code: 'route-empty', bad: true, error: 'no-provider', rule: routed.rule, count: 0, total: all.length });
    return finishEmptyDirectory(config, add, finish);
  }
  add({ timeMs: 0, stage: 'router', code: 'route', bad: false, rule: routed.rule, count: routed.kept.length, total: all.length });
  const providers = candidates();

  if (config.framework === 'dubbo' && config.cluster === 'forking') {
    const k = config.forks <= 0 || config.forks >= providers.length ? providers.length : config.forks;
    add({ timeMs: 0, stage: 'cluster', code: 'forks', bad: false, count: k });
    const chosen = new Set<number>();
    for (let i = 1; i <= k; i++) chosen.add(pick(i, 0, chosen));
    const results = [...chosen].map((p, i) => ({ p, r: attempt(i + 1, p, 0, config.timeoutMs) }));
    const wins = results.filter((x) => x.r.ok).sort((a, b) => a.r.endMs - b.r.endMs);
    const winner = wins[0];
    if (winner) {
      // Later successes reach a future nobody waits for any more.
      for (let i = 0; i < events.length; i++) {
        const e = events[i] as CallEvent;
        if (e.code === 'response' && e.provider !== winner.p) events[i] = { ...e, code: 'ignored-response' };
      }
      return finish({ kind: 'ok', atMs: winner.r.endMs, attempts, provider: winner.p, error: null });
    }
    const last = results.reduce((a, b) => (b.r.endMs >= a.r.endMs ? b : a));
    return finish({ kind: 'error', atMs: Math.min(last.r.endMs, config.timeoutMs), attempts, provider: null, error: last.r.error });
  }

  const oneBudget = config.framework === 'grpc' || config.countdown;
  const invoked = new Set<number>();
  let t = 0;
  let lastError: ErrorKind | null = null;
  for (let n = 1; n <= allowed; n++) {
    const remaining = round(config.timeoutMs - t);
    if (oneBudget && remaining <= 0) {
      if (config.framework === 'grpc') return finish({ kind: 'error', atMs: config.timeoutMs, attempts, provider: null, error: 'timeout' });
      add({ timeMs: t, stage: 'cluster', code: 'no-time-left', bad: true, attempt: n, error: 'no-time-left' });
      return finish({ kind: 'error', atMs: t, attempts, provider: null, error: 'no-time-left' });
    }
    if (n > 1) add({ timeMs: t, stage: 'cluster', code: 'retry', bad: false, attempt: n, count: n, total: allowed });
    const p = pick(n, t, config.framework === 'dubbo' ? invoked : new Set());
    invoked.add(p);
    const r = attempt(n, p, t, oneBudget ? remaining : config.timeoutMs);
    t = r.endMs;
    if (r.ok) return finish({ kind: 'ok', atMs: t, attempts, provider: p, error: null });
    lastError = r.error;
    if (config.framework === 'grpc') {
      if (r.error !== 'channel-inactive') {
        if (r.error !== 'timeout') add({ timeMs: t, stage: 'cluster', code: 'not-retryable', bad: true, attempt: n, error: r.error ?? 'timeout' });
        return finish({ kind: 'error', atMs: t, attempts, provider: null, error: r.error });
      }
      if (n < allowed) {
        const cap = Math.min(GRPC_RETRY.initialBackoffMs * GRPC_RETRY.backoffMultiplier ** (n - 1), GRPC_RETRY.maxBackoffMs);
        const backoff = round(random() * cap);
        add({ timeMs: t, stage: 'cluster', code: 'backoff', bad: false, attempt: n, ms: backoff, total: cap });
        t = round(t + backoff);
      }
      continue;
    }
    if (config.cluster === 'failfast') {
      add({ timeMs: t, stage: 'cluster', code: 'failfast', bad: true, attempt: n, error: r.error ?? 'timeout' });
      return finish({ kind: 'error', atMs: t, attempts, provider: null, error: r.error });
    }
    if (config.cluster === 'failsafe') {
      add({ timeMs: t, stage: 'cluster', code: 'failsafe', bad: true, attempt: n, error: r.error ?? 'timeout' });
      return finish({ kind: 'empty', atMs: t, attempts, provider: null, error: r.error });
    }
    if (config.cluster === 'failback') return failback(config, p, t, r.error, { add, attempt, pick, finish, attemptsSoFar: () => attempts });
  }
  if (config.framework === 'grpc') return finish({ kind: 'error', atMs: t, attempts, provider: null, error: lastError });
  add({ timeMs: t, stage: 'cluster', code: 'give-up', bad: true, count: attempts, total: providers.length, ...(lastError ? { error: lastError } : {}) });
  return finish({ kind: 'error', atMs: t, attempts, provider: null, error: lastError });
}

type Add = (e: Omit<CallEvent, 'attempt' | 'provider'> & Partial<Pick<CallEvent, 'attempt' | 'provider'>>) => void;

interface FailbackTools {
  readonly add: Add;
  readonly attempt: (n: number, provider: number, startMs: number, budgetMs: number) => AttemptResult;
  readonly pick: (n: number, atMs: number, invoked: ReadonlySet<number>) => number;
  readonly finish: (o: CallOutcome) => CallRun;
  readonly attemptsSoFar: () => number;
}

/** The caller gets an empty result now; the recorded call is retried in the background. */
function failback(config: CallConfig, first: number, t: number, error: ErrorKind | null, tools: FailbackTools): CallRun {
  tools.add({
    timeMs: t,
    stage: 'cluster',
    code: 'failback-record',
    bad: true,
    attempt: 1,
    provider: first,
    error: error ?? 'timeout',
    ms: FAILBACK_RETRY_PERIOD_MS,
  });
  const outcome: CallOutcome = { kind: 'empty', atMs: t, attempts: tools.attemptsSoFar(), provider: null, error };
  let last = first;
  let at = t;
  let done = false;
  for (let k = 1; k <= config.retries && !done; k++) {
    at = round(at + FAILBACK_RETRY_PERIOD_MS);
    tools.add({ timeMs: at, stage: 'cluster', code: 'failback-retry', bad: false, attempt: k + 1, count: k, total: config.retries });
    last = tools.pick(k + 1, at, new Set([last]));
    const r = tools.attempt(k + 1, last, at, config.timeoutMs);
    at = r.endMs;
    if (r.ok) {
      tools.add({ timeMs: at, stage: 'cluster', code: 'failback-done', bad: false, attempt: k + 1, provider: last });
      done = true;
    }
  }
  if (!done) tools.add({ timeMs: at, stage: 'cluster', code: 'failback-abandon', bad: true, count: config.retries });
  return tools.finish(outcome);
}

/** No provider in the directory: checkInvokers throws before any attempt ("No provider available"). */
function finishEmptyDirectory(config: CallConfig, add: Add, finish: (o: CallOutcome) => CallRun): CallRun {
  const error: ErrorKind = 'no-provider';
  if (config.framework === 'dubbo' && config.cluster === 'failsafe') {
    add({ timeMs: 0, stage: 'cluster', code: 'failsafe', bad: true, error });
    return finish({ kind: 'empty', atMs: 0, attempts: 0, provider: null, error });
  }
  if (config.framework === 'dubbo' && config.cluster === 'failback') {
    add({ timeMs: 0, stage: 'cluster', code: 'failback-record', bad: true, error, ms: FAILBACK_RETRY_PERIOD_MS });
    for (let k = 1; k <= config.retries; k++)
      add({
        timeMs: k * FAILBACK_RETRY_PERIOD_MS,
        stage: 'cluster',
        code: 'failback-retry',
        bad: true,
        attempt: k + 1,
        count: k,
        total: config.retries,
        error,
      });
    add({ timeMs: config.retries * FAILBACK_RETRY_PERIOD_MS, stage: 'cluster', code: 'failback-abandon', bad: true, count: config.retries });
    return finish({ kind: 'empty', atMs: 0, attempts: 0, provider: null, error });
  }
  return finish({ kind: 'error', atMs: 0, attempts: 0, provider: null, error });
}
