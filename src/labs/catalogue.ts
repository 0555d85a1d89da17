// The labs that exist, with their scenario presets. Pure data: the deck parser (build time and
// browser) checks `lab:` links against it, the lab registry adds the lazy views.

export interface LabEntry {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  /** Named scenarios a card can link to: `lab:<id>?preset=<preset>`. */
  readonly presets: readonly string[];
}

export const labCatalogue: readonly LabEntry[] = [
  {
    id: 'rate-limiting',
    title: '限流实验',
    titleEn: 'Rate-limiting lab',
    presets: [
      'fixed-window-boundary',
      'sliding-log',
      'sliding-counter',
      'token-bucket-burst',
      'leaky-bucket-queue',
      'token-vs-leaky',
      'nginx-10rs-burst5',
      'nginx-10rs-burst5-nodelay',
      'nginx-1rs-burst5-batch7',
      'nginx-delay-3',
      'redis-cell-15-30-60',
      'github-5000-per-hour',
      'notes-queue-counter',
      'notes-gateway-nginx',
      'compare-all',
    ],
  },
  {
    id: 'circuit-breaker',
    title: '熔断实验',
    titleEn: 'Circuit-breaker lab',
    presets: [
      'resilience4j-default',
      'resilience4j-slow-calls',
      'resilience4j-time-window',
      'sentinel-slow-ratio',
      'sentinel-error-ratio',
      'sentinel-error-count',
      'hystrix-default',
      'notes-sliding-window',
    ],
  },
  {
    id: 'load-balancing',
    title: '负载均衡实验',
    titleEn: 'Load-balancing lab',
    presets: [
      'round-robin',
      'nginx-swrr-5-1-1',
      'random',
      'weighted-random',
      'least-conn',
      'p2c',
      'peak-ewma',
      'ip-hash',
      'hash-modulo',
      'hash-consistent',
      'ring-virtual-nodes',
      'max-fails',
      'compare-all',
    ],
  },
  {
    id: 'upstream-incident',
    title: '排查：流量全打到一个 upstream',
    titleEn: 'Incident: all traffic on one upstream',
    presets: ['flash-sale', 'partner-promotion', 'day-after-config-change', 'after-network-blip', 'after-grpc-deploy'],
  },
  {
    id: 'redis-cluster',
    title: 'Redis Cluster 实验',
    titleEn: 'Redis Cluster lab',
    presets: ['keyslot', 'moved', 'ask-resharding', 'crossslot', 'failover', 'partition-lost-writes'],
  },
  {
    id: 'kubernetes-service',
    title: 'Kubernetes Service 实验',
    titleEn: 'Kubernetes Service lab',
    presets: [
      'clusterip-3-pods',
      'readiness-fails',
      'no-ready-endpoints',
      'scale-up',
      'scale-down',
      'session-affinity',
      'nodeport',
      'kubernetes-default-service',
      'nodeport-node-without-pod',
      'loadbalancer-cluster-policy',
      'loadbalancer-local-policy',
      'ingress-host-path',
      'ipvs-round-robin',
      'ipvs-least-conn',
      'nftables-mode',
      'proxy-modes-at-scale',
    ],
  },
  {
    id: 'docker-image',
    title: 'Docker 镜像实验',
    titleEn: 'Docker image lab',
    presets: [
      'node-app-copy-all-first',
      'node-app-deps-first',
      'go-multi-stage',
      'python-slim',
      'overlay-write-delete',
      'commit-save-export',
      'docker-run-call-path',
    ],
  },
  {
    id: 'service-discovery',
    title: '服务发现实验',
    titleEn: 'Service-discovery lab',
    presets: [
      'notes-heartbeat-30s',
      'eureka-defaults',
      'eureka-self-preservation',
      'nacos-ephemeral',
      'nacos-persistent',
      'zookeeper-session',
      'kubernetes-readiness',
      'zookeeper-ensemble-outage',
      'zookeeper-vs-eureka-outage',
    ],
  },
  {
    id: 'call-chain',
    title: '调用链实验：超时、重试与雪崩',
    titleEn: 'Call-chain lab: timeouts, retries, cascading failure',
    presets: [
      'three-layers-3-attempts',
      'deepest-plus-300ms',
      'retry-one-layer',
      'grpc-retry-throttling',
      'deadline-propagation',
      'breaker-per-dependency',
      'load-shedding',
      'compare-fixes',
      'fan-out-2-depth-4',
    ],
  },
  {
    id: 'rpc-call-path',
    title: 'RPC 调用链路实验',
    titleEn: 'RPC call path lab',
    presets: [
      'dubbo-defaults',
      'dubbo-failfast',
      'dubbo-failsafe',
      'dubbo-failback',
      'dubbo-forking-2',
      'dubbo-threads-200',
      'dubbo-timeout-countdown',
      'dubbo-fastjson',
      'dubbo-tag-gray',
      'grpc-unary-deadline',
    ],
  },
  {
    id: 'linux-shell',
    title: 'Linux Shell 实验',
    titleEn: 'Linux shell lab',
    presets: ['top-10-ips', 'unique-ips', 'status-per-hour', 'slowest-urls', 'errors-around-time', 'largest-files', 'top-memory-processes'],
  },
];

export const labIds: ReadonlySet<string> = new Set(labCatalogue.map((lab) => lab.id));

export function findLab(id: string): LabEntry | undefined {
  return labCatalogue.find((lab) => lab.id === id);
}
