// The trace's vocabulary: every row is one of these codes plus its arguments; the view words them in
// the UI language (strings.ts), so the engine carries no sentences.
export const EVENT_CODES = [
  // the run and its script
  'start', 'crashed', 'hung', 'exited', 'partitioned', 'healed', 'calls-failed', 'window-closed',
  'peer-stopped', 'peer-started',
  // pushes and list changes
  'pushed', 'polled', 'deregistered', 'reregistered',
  // the notes' design
  'ping-answered-again', 'ping-missed', 'removed-after-misses',
  // Eureka
  'renewed', 'renew-failed', 'cancelled', 'cancel-failed', 'self-preservation', 'self-preservation-off',
  'evicted', 'eviction-limited', 'cache-updated', 'fetched', 'fetch-failed', 'lb-refreshed',
  // Nacos
  'beat', 'beat-lost', 'healthy-again', 'unhealthy-no-beat', 'deleted-no-beat', 'check-failed',
  'unhealthy-check', 'check-healthy-again',
  // ZooKeeper
  'timeout-negotiated', 'ping', 'ping-failed', 'session-expired', 'session-recreated', 'node-deleted',
  'watch-fired', 'watch-not-set', 'children-read', 'server-stopped', 'server-started', 'quorum-lost',
  'election-started', 'elected', 'sessions-reset', 'consumers-disconnected',
  // Kubernetes
  'probe-failed', 'not-ready', 'ready-again', 'pod-terminating', 'endpoint-removed', 'proxy-synced',
] as const;

export type EventCode = (typeof EVENT_CODES)[number];
