// The shapes around the upstream engine (engine.ts): what a run is set up with, what an observer
// is told at each step, and the raw per-server numbers a run returns (metrics.ts summarises them).
import type { BalancerOptions } from './create-balancer.ts';
import type { UpstreamEvent } from './events.ts';
import type { LatencyHistogram } from './latency-histogram.ts';
import type { ServerSpec, ServerState } from './servers.ts';
import type { AlgorithmId, Balancer, LbRequest } from './types.ts';

export interface UpstreamSetup {
  readonly servers: readonly ServerSpec[];
  readonly algorithm: AlgorithmId;
  /** Seed of the balancer's own randomness (random, p2c, peak EWMA). */
  readonly seed: number;
  readonly options?: Partial<BalancerOptions>;
  readonly events?: readonly UpstreamEvent[];
  /** What `hash $key` hashes: the raw key (`$arg_user`) or the whole `$request_uri`. */
  readonly keySource?: 'key' | 'uri';
  readonly pinConnections?: boolean;
  /** proxy_next_upstream_tries; 0 = as many tries as servers (nginx's default). */
  readonly nextUpstreamTries?: number;
  /** Width of the per-server load series buckets. */
  readonly bucketMs?: number;
}

export type DropReason = 'no-live-upstreams' | 'all-tried-failed' | 'overloaded';

/** How one arrival was handled (reused object: copy what you keep). */
export interface ArrivalResult {
  /** Slot of the server that took it (or answered 503), -1 for a 502. */
  slot: number;
  /** 200 (served or queued), 502 or 503. */
  status: number;
  dropReason: DropReason | null;
  queued: boolean;
  pinned: boolean;
  /** Slots tried in order (the first `triedCount` entries); the last one is `slot` unless all failed. */
  readonly tried: Int32Array;
  triedCount: number;
}

/** Callbacks are read once at the start and called as plain functions (without `this`). */
export interface EngineObserver {
  /** Right after the balancer chose `index` (into `servers`), before any state changes. */
  onPick?(seq: number, req: LbRequest, index: number, servers: readonly ServerState[], balancer: Balancer): void;
  /** `backups`: the current backup servers (nginx `backup`), empty for most runs. */
  onArrival?(seq: number, result: ArrivalResult, servers: readonly ServerState[], backups: readonly ServerState[]): void;
  onComplete?(seq: number, slot: number, latencyMs: number, nowMs: number): void;
  onEvent?(event: UpstreamEvent, servers: readonly ServerState[], backups: readonly ServerState[]): void;
  /** A refused connection (`disabled`: it reached max_fails) or a 502 with no live upstreams. */
  onError?(kind: 'refused' | 'disabled' | 'no-live-upstreams', seq: number, slot: number, nowMs: number): void;
}

export interface SlotMetrics {
  readonly id: string;
  readonly slot: number;
  /** Requests sent to it, refused attempts included. */
  readonly picks: number;
  readonly served: number;
  readonly refused: number;
  readonly overloaded: number;
  /** Times max_fails disabled it. */
  readonly disabled: number;
  readonly maxQueue: number;
  readonly histogram: LatencyHistogram;
  /** Requests it accepted per time bucket. */
  readonly series: Int32Array;
  /** Longest queue seen per time bucket. */
  readonly queueSeries: Int32Array;
}

export interface EngineResult {
  readonly algorithm: AlgorithmId;
  readonly requests: number;
  readonly slots: readonly SlotMetrics[];
  /** Server states at the end (weights, fails, down…); `members` are the ones still in the pool. */
  readonly states: readonly ServerState[];
  readonly members: readonly string[];
  readonly histogram: LatencyHistogram;
  readonly noLiveUpstreams: number;
  readonly allTriedFailed: number;
  readonly overloaded: number;
  readonly retried: number;
  readonly bucketMs: number;
  /** Keep-alive connections bound to each slot at the end (pinConnections only). */
  readonly pinnedPerSlot: Int32Array;
}
