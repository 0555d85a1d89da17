// The stages of one call and the events the engine records at them. Events are data: the view
// words them (strings.ts) in either language. Every event names its stage, so the picture can
// light the stage up and the detail panel can explain it.

export const STAGES = [
  'proxy',
  'client-filters',
  'cluster',
  'directory',
  'router',
  'loadbalance',
  'connection',
  'encode',
  'network',
  'decode',
  'threadpool',
  'server-filters',
  'service',
  'response',
] as const;
export type StageId = (typeof STAGES)[number];

/** Where the stage runs: the consumer's process, the wire, or the provider's process. */
export const STAGE_SIDE: Readonly<Record<StageId, 'consumer' | 'wire' | 'provider'>> = {
  proxy: 'consumer',
  'client-filters': 'consumer',
  cluster: 'consumer',
  directory: 'consumer',
  router: 'consumer',
  loadbalance: 'consumer',
  connection: 'consumer',
  encode: 'consumer',
  network: 'wire',
  decode: 'provider',
  threadpool: 'provider',
  'server-filters': 'provider',
  service: 'provider',
  response: 'consumer',
};

export function isStageId(s: string): s is StageId {
  return (STAGES as readonly string[]).includes(s);
}

/** Why an attempt failed, as the consumer sees it. */
export type ErrorKind = 'timeout' | 'pool-exhausted' | 'channel-inactive' | 'decode' | 'tps-limit' | 'no-provider' | 'no-time-left';

export type EventCode =
  | 'invoke'
  | 'consumer-filters'
  | 'cluster-start'
  | 'directory-list'
  | 'directory-empty'
  | 'route'
  | 'route-empty'
  | 'pick'
  | 'reselect'
  | 'forks'
  | 'connection'
  | 'encode'
  | 'send'
  | 'dropped'
  | 'decode'
  | 'decode-fail'
  | 'pool-accept'
  | 'pool-exhausted'
  | 'server-filters'
  | 'tps-reject'
  | 'service-start'
  | 'service-end'
  | 'reply-error'
  | 'response'
  | 'timeout'
  | 'late-response'
  | 'ignored-response'
  | 'retry'
  | 'backoff'
  | 'no-time-left'
  | 'not-retryable'
  | 'give-up'
  | 'failfast'
  | 'failsafe'
  | 'failback-record'
  | 'failback-retry'
  | 'failback-done'
  | 'failback-abandon'
  | 'result-ok'
  | 'result-error'
  | 'result-empty';

export interface CallEvent {
  /** Call time in ms since the proxy was invoked. */
  readonly timeMs: number;
  readonly stage: StageId;
  readonly code: EventCode;
  readonly bad: boolean;
  /** 1-based attempt number; 0 before the first attempt and for the call's own events. */
  readonly attempt: number;
  readonly provider: number | null;
  readonly error?: ErrorKind;
  /** A duration (ms) the sentence quotes: a timeout, a service time, a backoff. */
  readonly ms?: number;
  readonly bytes?: number;
  readonly count?: number;
  readonly total?: number;
  /** The provider the balancer first chose, when reselect replaced it. */
  readonly other?: number;
  readonly reason?: 'invoked' | 'unavailable';
  /** Which tag-routing case applied (router events). */
  readonly rule?: import('./router.ts').RouteRule;
}

export type OutcomeKind = 'ok' | 'error' | 'empty';

export interface CallOutcome {
  readonly kind: OutcomeKind;
  /** When the caller's thread got its answer. */
  readonly atMs: number;
  /** Attempts started before the caller got its answer (forking counts each fork). */
  readonly attempts: number;
  readonly provider: number | null;
  readonly error: ErrorKind | null;
}
