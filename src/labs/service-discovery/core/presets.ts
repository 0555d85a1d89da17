// Named scenarios a card can link to (`lab:service-discovery?preset=…`), each from a real system's
// defaults; the titles and explanations (both languages) live in the view's strings.ts, the sources
// here. Every preset scripts one kind of trouble so its window can be read off the trace.
import { DEFAULT_TIMINGS, type Scenario } from './scenario.ts';

export const PRESET_IDS = [
  'notes-heartbeat-30s',
  'eureka-defaults',
  'eureka-self-preservation',
  'nacos-ephemeral',
  'nacos-persistent',
  'zookeeper-session',
  'kubernetes-readiness',
  'zookeeper-ensemble-outage',
  'zookeeper-vs-eureka-outage',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET_ID: PresetId = 'eureka-defaults';

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

const base: Scenario = {
  kind: 'notes',
  timings: DEFAULT_TIMINGS,
  providers: 4,
  consumers: 3,
  rate: 10,
  retry: false,
  crash: -1,
  crashAtMs: 0,
  deregister: -1,
  deregisterAtMs: 0,
  drainMs: 0,
  partition: 0,
  partitionAtMs: 0,
  healAtMs: 0,
  servers: 3,
  stop: [],
  start: [],
  compare: false,
  durationMs: 120_000,
  seed: 42,
};

const outage: Scenario = {
  ...base,
  kind: 'zookeeper',
  servers: 5,
  crash: 2,
  crashAtMs: 90_000,
  stop: [
    { atMs: 20_000, server: 2 },
    { atMs: 40_000, server: 'L' },
    { atMs: 60_000, server: 'L' },
  ],
  start: [
    { atMs: 150_000, server: 2 },
    { atMs: 150_000, server: 5 },
  ],
  durationMs: 240_000,
};

export const presets: Readonly<Record<PresetId, Scenario>> = {
  'notes-heartbeat-30s': { ...base, kind: 'notes', crash: 1, crashAtMs: 20_000, durationMs: 150_000 },
  'eureka-defaults': { ...base, kind: 'eureka', providers: 8, crash: 2, crashAtMs: 25_000, durationMs: 420_000 },
  'eureka-self-preservation': {
    ...base,
    kind: 'eureka',
    providers: 8,
    partition: 5,
    partitionAtMs: 30_000,
    crash: 7,
    crashAtMs: 40_000,
    durationMs: 360_000,
  },
  'nacos-ephemeral': {
    ...base,
    kind: 'nacos-ephemeral',
    crash: 1,
    crashAtMs: 12_000,
    deregister: 3,
    deregisterAtMs: 50_000,
    drainMs: 2000,
    durationMs: 80_000,
  },
  'nacos-persistent': { ...base, kind: 'nacos-persistent', crash: 1, crashAtMs: 12_000, durationMs: 60_000 },
  'zookeeper-session': { ...base, kind: 'zookeeper', crash: 1, crashAtMs: 15_000, deregister: 3, deregisterAtMs: 75_000, drainMs: 2000, durationMs: 100_000 },
  'kubernetes-readiness': {
    ...base,
    kind: 'kubernetes',
    providers: 3,
    consumers: 2,
    crash: 0,
    crashAtMs: 12_000,
    deregister: 2,
    deregisterAtMs: 60_000,
    drainMs: 0,
    durationMs: 75_000,
  },
  'zookeeper-ensemble-outage': outage,
  'zookeeper-vs-eureka-outage': { ...outage, providers: 8, compare: true, durationMs: 480_000 },
};

/** Where each preset's numbers come from (shown on the page). */
export const presetSources: Readonly<Record<PresetId, readonly string[]>> = {
  'notes-heartbeat-30s': ['content/notes/interview-notes.md'],
  'eureka-defaults': [
    'https://github.com/Netflix/eureka/blob/master/eureka-core/src/main/java/com/netflix/eureka/lease/Lease.java',
    'https://github.com/Netflix/eureka/blob/master/eureka-core/src/main/java/com/netflix/eureka/registry/AbstractInstanceRegistry.java',
    'https://docs.spring.io/spring-cloud-netflix/reference/spring-cloud-netflix.html',
  ],
  'eureka-self-preservation': [
    'https://github.com/Netflix/eureka/blob/master/eureka-core/src/main/java/com/netflix/eureka/registry/PeerAwareInstanceRegistryImpl.java',
    'https://github.com/Netflix/eureka/wiki/Server-Self-Preservation-Mode',
  ],
  'nacos-ephemeral': [
    'https://nacos.io/docs/latest/guide/user/open-api/',
    'https://github.com/alibaba/nacos/blob/1.4.1/naming/src/main/java/com/alibaba/nacos/naming/healthcheck/ClientBeatCheckTask.java',
  ],
  'nacos-persistent': ['https://github.com/alibaba/nacos/blob/1.4.1/naming/src/main/java/com/alibaba/nacos/naming/healthcheck/HealthCheckCommon.java'],
  'zookeeper-session': [
    'https://zookeeper.apache.org/doc/current/zookeeperProgrammers.html#ch_zkSessions',
    'https://zookeeper.apache.org/doc/current/zookeeperAdmin.html',
  ],
  'kubernetes-readiness': [
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/',
  ],
  'zookeeper-ensemble-outage': [
    'https://github.com/apache/zookeeper/blob/master/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/FastLeaderElection.java',
    'https://zookeeper.apache.org/doc/current/zookeeperInternals.html',
  ],
  'zookeeper-vs-eureka-outage': [
    'https://github.com/apache/zookeeper/blob/master/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/FastLeaderElection.java',
    'https://github.com/Netflix/eureka/wiki/Eureka-at-a-glance',
  ],
};
