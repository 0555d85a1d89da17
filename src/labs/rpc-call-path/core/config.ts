// What defines one call: the framework and its settings under their real keys, the providers in
// the registry, and the fault injected. Plain data; params.ts reads it from the URL.
//
// Dubbo defaults (org.apache.dubbo.common.constants.CommonConstants / ClusterRules): timeout 1000 ms,
// retries 2 (failover makes retries + 1 = 3 attempts), cluster failover, loadbalance random,
// forks 2, weight 100, threadpool fixed with threads 200 and queues 0, connections 0 (one shared
// connection per provider address), serialization hessian2 (up to 3.1; 3.2 moved to fastjson2).
// gRPC has no default deadline at all (a call without one can wait forever); its retries come
// from the service config's retryPolicy (maxAttempts, backoff, retryableStatusCodes).
import type { Serialization } from './payload.ts';

export type Framework = 'dubbo' | 'grpc';
export type ClusterStrategy = 'failover' | 'failfast' | 'failsafe' | 'failback' | 'forking';
export type LoadBalance = 'random' | 'roundrobin';
export type Fault = 'none' | 'slow-provider' | 'pool-exhausted' | 'connection-dropped' | 'serialization-error' | 'no-provider' | 'tps-limit';

export const CLUSTERS: readonly ClusterStrategy[] = ['failover', 'failfast', 'failsafe', 'failback', 'forking'];
export const LOAD_BALANCES: readonly LoadBalance[] = ['random', 'roundrobin'];
export const FAULTS: readonly Fault[] = ['none', 'slow-provider', 'pool-exhausted', 'connection-dropped', 'serialization-error', 'no-provider', 'tps-limit'];
export const SERIALIZATIONS: readonly Serialization[] = ['hessian2', 'fastjson', 'protobuf'];

export interface CallConfig {
  readonly framework: Framework;
  /** Dubbo `cluster`; gRPC always behaves as its retryPolicy (modelled as failover without skipping). */
  readonly cluster: ClusterStrategy;
  /** Dubbo `retries` (failover: extra attempts; failback: background retries). gRPC: maxAttempts − 1. */
  readonly retries: number;
  readonly forks: number;
  /** Dubbo `timeout` per attempt (ms); gRPC `deadline` for the whole call. */
  readonly timeoutMs: number;
  /** Dubbo 3 `enable-timeout-countdown`: one budget for all attempts, sent to the provider. */
  readonly countdown: boolean;
  readonly loadbalance: LoadBalance;
  /** One `weight` per provider in the registry (Dubbo default 100). */
  readonly weights: readonly number[];
  /** Provider `threads` of the fixed pool (queues = 0: a full pool rejects at once). */
  readonly threads: number;
  readonly serialization: Serialization;
  readonly fault: Fault;
  /** How many providers (the first ones in the registry) have the fault. */
  readonly faulty: number;
  /** Each provider's `dubbo.tag` ('' = untagged), in registry order; as many as `weights`. */
  readonly providerTags: readonly string[];
  /** The request's `dubbo.tag` ('' = none). */
  readonly tag: string;
  /** `dubbo.force.tag`: no fallback to untagged providers when the tag matches none. */
  readonly forceTag: boolean;
  /** Time the slow provider's method takes. */
  readonly slowMs: number;
  /** Time a healthy provider's method takes (plus up to 20 % seeded jitter). */
  readonly serviceMs: number;
  /** Network round trip between consumer and provider. */
  readonly rttMs: number;
  readonly seed: number;
}

export const DUBBO_DEFAULT_TIMEOUT_MS = 1000;
export const DUBBO_DEFAULT_RETRIES = 2;
export const DUBBO_DEFAULT_FORKS = 2;
export const DUBBO_DEFAULT_WEIGHT = 100;
export const DUBBO_DEFAULT_THREADS = 200;
/** FailbackClusterInvoker.RETRY_FAILED_PERIOD: a failed call is retried 5 s later. */
export const FAILBACK_RETRY_PERIOD_MS = 5000;
/** The gRPC retryPolicy this lab uses (the shape of the gRPC docs' example service config). */
export const GRPC_RETRY = { initialBackoffMs: 100, maxBackoffMs: 1000, backoffMultiplier: 2, retryableStatusCodes: ['UNAVAILABLE'] } as const;
/** A dropped connection is noticed this long after the request left (the peer's RST). */
export const DROP_NOTICE_MS = 3;

export function providerAddress(framework: Framework, index: number): string {
  return `10.0.0.${11 + index}:${framework === 'dubbo' ? 20880 : 50051}`;
}

export function attemptsAllowed(config: CallConfig): number {
  if (config.framework === 'grpc') return config.retries + 1;
  return config.cluster === 'failover' ? config.retries + 1 : 1;
}
