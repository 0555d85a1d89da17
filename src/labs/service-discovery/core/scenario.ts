// What a run is made of: which registry (and its timings, under the real configuration keys), the
// providers and consumers, the calls, and the scripted trouble (a crash, a graceful deregistration,
// a partition between providers and the registry, registry servers stopping and starting). Plain
// data: params.ts reads it from the URL, presets.ts names real configurations.

export type RegistryKind = 'notes' | 'eureka' | 'nacos-ephemeral' | 'nacos-persistent' | 'zookeeper' | 'kubernetes';
export const REGISTRY_KINDS: readonly RegistryKind[] = ['notes', 'eureka', 'nacos-ephemeral', 'nacos-persistent', 'zookeeper', 'kubernetes'];

/** A registry server stopping or starting; `server` is a server id (1-based) or 'L' for whoever leads then. */
export interface ServerChange {
  readonly atMs: number;
  readonly server: number | 'L';
}

/** Timings, each under its real key (times in the unit the key names). */
export interface Timings {
  /** notes: the registry pings every provider this often and removes it after `maxMisses` misses. */
  readonly heartbeatSeconds: number;
  readonly maxMisses: number;
  /** Eureka (eureka.instance.* / eureka.server.* / eureka.client.* / ribbon.*). */
  readonly leaseRenewalIntervalInSeconds: number;
  readonly leaseExpirationDurationInSeconds: number;
  readonly evictionIntervalTimerInMs: number;
  readonly renewalPercentThreshold: number;
  readonly enableSelfPreservation: boolean;
  readonly responseCacheUpdateIntervalMs: number;
  readonly registryFetchIntervalSeconds: number;
  readonly serverListRefreshInterval: number;
  /** Nacos ephemeral instance metadata (preserved.heart.beat.*, preserved.ip.delete.timeout), ms. */
  readonly heartBeatInterval: number;
  readonly heartBeatTimeout: number;
  readonly ipDeleteTimeout: number;
  /** Nacos persistent: the server's health-check period (ms) and failures before unhealthy (checkTimes). */
  readonly checkInterval: number;
  readonly checkTimes: number;
  /** ZooKeeper: tickTime (zoo.cfg) and the session timeout the client asks for (ms). */
  readonly tickTime: number;
  readonly sessionTimeout: number;
  /** Kubernetes readinessProbe. */
  readonly periodSeconds: number;
  readonly failureThreshold: number;
}

export interface Scenario {
  readonly kind: RegistryKind;
  readonly timings: Timings;
  readonly providers: number;
  readonly consumers: number;
  /** Calls per second from each consumer, spread round-robin over its cached list. */
  readonly rate: number;
  /** A failed call is retried once on the next instance of the list (Ribbon MaxAutoRetriesNextServer=1, Dubbo failover retries). */
  readonly retry: boolean;
  /** Provider index that crashes at `crashAt` (-1: none): the process is gone, nobody deregisters it. */
  readonly crash: number;
  readonly crashAtMs: number;
  /** Provider index that deregisters gracefully at `deregisterAt` (-1: none) and stops `drainMs` later. */
  readonly deregister: number;
  readonly deregisterAtMs: number;
  readonly drainMs: number;
  /** The first `partition` providers lose the registry (not the consumers) from `partitionAt` to `healAt`. */
  readonly partition: number;
  readonly partitionAtMs: number;
  readonly healAtMs: number;
  /** Registry servers (ZooKeeper ensemble / Eureka peers); `stop` and `start` script them. */
  readonly servers: number;
  readonly stop: readonly ServerChange[];
  readonly start: readonly ServerChange[];
  /** Run the same scenario against a Eureka cluster beside it (the outage comparison). */
  readonly compare: boolean;
  readonly durationMs: number;
  readonly seed: number;
}

/** Defaults from the real systems; each preset overrides what its system does differently. */
export const DEFAULT_TIMINGS: Timings = {
  heartbeatSeconds: 30,
  maxMisses: 3,
  leaseRenewalIntervalInSeconds: 30,
  leaseExpirationDurationInSeconds: 90,
  evictionIntervalTimerInMs: 60_000,
  renewalPercentThreshold: 0.85,
  enableSelfPreservation: true,
  responseCacheUpdateIntervalMs: 30_000,
  registryFetchIntervalSeconds: 30,
  serverListRefreshInterval: 30_000,
  heartBeatInterval: 5000,
  heartBeatTimeout: 15_000,
  ipDeleteTimeout: 30_000,
  checkInterval: 5000,
  checkTimes: 3,
  tickTime: 2000,
  sessionTimeout: 60_000,
  periodSeconds: 10,
  failureThreshold: 3,
};

/** Provider names, addresses and ports as a registry shows them (Dubbo's default port 20880). */
export function providerName(i: number): string {
  return `p${i + 1}`;
}
export function providerAddress(i: number): string {
  return `10.0.1.${11 + i}`;
}
export const PROVIDER_PORT = 20880;
export function consumerName(i: number): string {
  return `c${i + 1}`;
}
export const SERVICE_NAME = 'order-service';
export const ZK_PATH = '/dubbo/com.example.OrderService/providers';
