// The notes' question: "traffic spikes and it all lands on one upstream: how do you investigate?"
// Five misbehaving setups that produce exactly that symptom for different reasons. Each has the
// broken configuration, the fixed one, the traffic (a base load plus a spike from 8 s on) and what
// is special about the spike's requests (one hot key, one NAT /24…). The runs, logs, metrics and
// evidence are computed from these definitions by run-incident.ts and checklist.ts.
import type { Bi } from './bilingual.ts';
import type { UpstreamEvent } from '../../load-balancing/core/events.ts';
import { refuseWindow } from '../../load-balancing/core/events.ts';
import { DEFAULT_STREAM_SPEC, type RequestStreamSpec } from '../../load-balancing/core/requests.ts';
import { serverSpec, type ServerSpec } from '../../load-balancing/core/servers.ts';
import type { AlgorithmId } from '../../load-balancing/core/types.ts';
import { ACCESS_LOG_FORMAT, type NginxConfigModel } from './nginx-config.ts';

// Scenario ids name what the on-call engineer sees (they show in the URL and the picker), never
// the cause: finding the cause is the exercise. The causes have their own ids (the diagnosis answers).
export const SCENARIO_IDS = ['flash-sale', 'partner-promotion', 'day-after-config-change', 'after-network-blip', 'after-grpc-deploy'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export const CAUSE_IDS = ['hot-key', 'nat-ip-hash', 'weight-typo', 'max-fails-down', 'keepalive-pinned'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Links shared before the scenarios were renamed after their symptoms keep working. */
export const FORMER_SCENARIO_IDS: Readonly<Record<string, ScenarioId>> = {
  'hot-key': 'flash-sale',
  'nat-ip-hash': 'partner-promotion',
  'weight-typo': 'day-after-config-change',
  'max-fails-down': 'after-network-blip',
  'keepalive-pinned': 'after-grpc-deploy',
};

export interface IncidentSetup {
  readonly config: NginxConfigModel;
  readonly algorithm: AlgorithmId;
  readonly keySource: 'key' | 'uri';
  readonly events: readonly UpstreamEvent[];
  readonly pinConnections: boolean;
  /** The balancer sees the clients' real addresses (real_ip set up) instead of the proxy's. */
  readonly realClientIps: boolean;
  /** `proxy_cache_valid 200` in ms when the setup caches responses (proxy-cache.ts); 0: no cache. */
  readonly cacheValidMs: number;
}

export interface IncidentScenario {
  readonly id: ScenarioId;
  /** The root cause (the right diagnosis). */
  readonly cause: CauseId;
  readonly title: Bi;
  /** What the on-call engineer sees first. */
  readonly symptom: Bi;
  readonly seed: number;
  readonly durationMs: number;
  readonly baseRate: number;
  readonly spikeRate: number;
  readonly spikeAtMs: number;
  readonly stream: RequestStreamSpec;
  /** Spike requests: this share of them asks for the hottest key. */
  readonly hotKeyShare: number;
  /** Spike requests come from these addresses (a NAT, a CDN's egress); empty: from the usual clients. */
  readonly spikeClients: readonly string[];
  /** Request line details for the access log. */
  readonly method: 'GET' | 'POST';
  readonly protocol: string;
  readonly userAgents: readonly string[];
  /** Replaces the generated keys (gRPC method names…); empty: keep them. */
  readonly keyNames: readonly string[];
  readonly broken: IncidentSetup;
  readonly fixed: IncidentSetup;
}

const HTTP_IDS = ['10.0.1.11:8080', '10.0.1.12:8080', '10.0.1.13:8080'];
const GRPC_IDS = ['10.0.1.11:50051', '10.0.1.12:50051', '10.0.1.13:50051'];

/** A backend that can serve ~300 r/s: 6 at a time, 20 ms each; 100 more may wait. */
export function backend(id: string, overrides: Partial<Omit<ServerSpec, 'id'>> = {}): ServerSpec {
  return serverSpec(id, { capacity: 6, queueLimit: 100, latencyMs: 20, ...overrides });
}

const HTTP_SERVER_BLOCK = ['listen 80;', 'server_name shop.example.com;', '', 'location /api/ {', '    proxy_pass http://backend;', '}'];

function httpConfig(balancing: string, servers: readonly ServerSpec[], extra: Partial<NginxConfigModel> = {}): NginxConfigModel {
  return {
    context: 'http',
    upstream: 'backend',
    balancing,
    servers,
    showFailParams: false,
    upstreamExtra: [],
    preamble: ACCESS_LOG_FORMAT,
    serverBlock: HTTP_SERVER_BLOCK,
    ...extra,
  };
}

function setup(config: NginxConfigModel, algorithm: AlgorithmId, rest: Partial<IncidentSetup> = {}): IncidentSetup {
  return { config, algorithm, keySource: 'uri', events: [], pinConnections: false, realClientIps: false, cacheValidMs: 0, ...rest };
}

const BROWSERS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Version/17.3 Safari/605.1.15',
];

const COMMON = {
  seed: 2024,
  durationMs: 20_000,
  baseRate: 150,
  spikeRate: 450,
  spikeAtMs: 8000,
  hotKeyShare: 0,
  spikeClients: [] as readonly string[],
  method: 'GET' as const,
  protocol: 'HTTP/1.1',
  userAgents: BROWSERS,
  keyNames: [] as readonly string[],
};

const plain = HTTP_IDS.map((id) => backend(id));
const CDN_EGRESS = Array.from({ length: 24 }, (_, i) => `198.51.100.${10 + i}`);

export const SCENARIOS: Readonly<Record<ScenarioId, IncidentScenario>> = {
  'flash-sale': {
    ...COMMON,
    id: 'flash-sale',
    cause: 'hot-key',
    title: { zh: '秒杀开场：一台 upstream 打满，另外两台很闲', en: 'Flash sale opens: one upstream maxed out, the other two idle' },
    symptom: {
      zh: '14:00:08 秒杀开始，流量涨到 4 倍；监控显示三台 upstream 中的一台 CPU 打满、大量 503，另外两台几乎空闲。',
      en: 'The flash sale starts at 14:00:08 and traffic jumps 4×; monitoring shows one of the three upstreams at 100% CPU and throwing 503s while the other two sit almost idle.',
    },
    stream: { ...DEFAULT_STREAM_SPEC, keyCount: 2000, keyZipf: 0.9, keyPrefix: 'sku', uriTemplate: '/api/items/{key}', clientCount: 600 },
    hotKeyShare: 0.85,
    broken: setup(httpConfig('hash $request_uri consistent;', plain), 'hash-consistent'),
    fixed: setup(
      httpConfig('least_conn;', plain, {
        preamble: [...ACCESS_LOG_FORMAT, 'proxy_cache_path /var/cache/nginx/items keys_zone=items:10m max_size=1g;'],
        serverBlock: [
          'listen 80;',
          'server_name shop.example.com;',
          '',
          'location /api/ {',
          '    proxy_pass http://backend;',
          '    proxy_cache items;',
          '    proxy_cache_valid 200 1s;',
          '    proxy_cache_lock on;',
          '}',
        ],
      }),
      'least-conn',
      { cacheValidMs: 1000 }, // the `proxy_cache_valid 200 1s` above
    ),
  },
  'partner-promotion': {
    ...COMMON,
    id: 'partner-promotion',
    cause: 'nat-ip-hash',
    title: { zh: '大客户推广：新增的流量几乎全落在一台', en: 'Partner promotion: nearly all the new traffic lands on one server' },
    symptom: {
      zh: '一个大客户开始推广，14:00:08 起流量涨到 4 倍，几乎全部落到同一台 upstream，它开始大量 503；另外两台的流量几乎没变。',
      en: 'A big partner starts a promotion; from 14:00:08 traffic is up 4× and almost all of it lands on one upstream, which starts throwing 503s, while the other two see hardly any change.',
    },
    stream: { ...DEFAULT_STREAM_SPEC, keyCount: 2000, keyZipf: 0.8, keyPrefix: 'u', uriTemplate: '/api/feed?user={key}', clientCount: 600 },
    spikeClients: CDN_EGRESS,
    broken: setup(httpConfig('ip_hash;', plain), 'ip-hash'),
    fixed: setup(
      httpConfig('ip_hash;', plain, {
        preamble: [...ACCESS_LOG_FORMAT, 'set_real_ip_from 198.51.100.0/24;', 'real_ip_header X-Forwarded-For;', 'real_ip_recursive on;'],
      }),
      'ip-hash',
      { realClientIps: true },
    ),
  },
  'day-after-config-change': {
    ...COMMON,
    id: 'day-after-config-change',
    cause: 'weight-typo',
    title: { zh: '改过配置的第二天：高峰一来 10.0.1.12 被打爆', en: 'The day after a config change: 10.0.1.12 melts at peak' },
    symptom: {
      zh: '昨晚改过一次 upstream 配置；今天 14:00:08 高峰一来，10.0.1.12 被打爆、开始 503，另外两台 CPU 不到 20%。',
      en: 'The upstream config was changed last night; today the peak hits at 14:00:08, 10.0.1.12 melts down and starts returning 503s, while the other two stay under 20% CPU.',
    },
    stream: { ...DEFAULT_STREAM_SPEC, keyCount: 2000, keyZipf: 0.8, keyPrefix: 'sku', uriTemplate: '/api/items/{key}', clientCount: 600 },
    broken: setup(
      httpConfig('', [
        backend(HTTP_IDS[0] as string, { weight: 5 }),
        backend(HTTP_IDS[1] as string, { weight: 50 }),
        backend(HTTP_IDS[2] as string, { weight: 3, capacity: 4 }),
      ]),
      'swrr',
    ),
    fixed: setup(
      httpConfig('', [
        backend(HTTP_IDS[0] as string, { weight: 5 }),
        backend(HTTP_IDS[1] as string, { weight: 5 }),
        backend(HTTP_IDS[2] as string, { weight: 3, capacity: 4 }),
      ]),
      'swrr',
    ),
  },
  'after-network-blip': {
    ...COMMON,
    id: 'after-network-blip',
    cause: 'max-fails-down',
    title: { zh: '网络抖动之后：流量全压到了一台上', en: 'After a network blip: all traffic piled onto one server' },
    symptom: {
      zh: '14:00:08 流量上涨的同时交换机抖了 200 毫秒；之后整整 10 秒所有请求都压在 10.0.1.12 上，它的延迟飙升、开始 503，随后又自己恢复了。',
      en: 'At 14:00:08, just as traffic rises, a switch flaps for 200 ms; for the next 10 seconds every request piles onto 10.0.1.12, its latency shoots up and it starts returning 503s, then it recovers by itself.',
    },
    stream: { ...DEFAULT_STREAM_SPEC, keyCount: 2000, keyZipf: 0.8, keyPrefix: 'sku', uriTemplate: '/api/items/{key}', clientCount: 600 },
    broken: setup(httpConfig('', plain, { showFailParams: true }), 'swrr', {
      events: [...refuseWindow(HTTP_IDS[0] as string, 8000, 8200), ...refuseWindow(HTTP_IDS[2] as string, 8000, 8200)],
    }),
    fixed: setup(
      httpConfig(
        '',
        HTTP_IDS.map((id) => backend(id, { maxFails: 3, failTimeoutMs: 2000 })),
        { showFailParams: true },
      ),
      'swrr',
      { events: [...refuseWindow(HTTP_IDS[0] as string, 8000, 8200), ...refuseWindow(HTTP_IDS[2] as string, 8000, 8200)] },
    ),
  },
  'after-grpc-deploy': {
    ...COMMON,
    id: 'after-grpc-deploy',
    cause: 'keepalive-pinned',
    title: { zh: '发布之后：gRPC 调用全打在一台上', en: 'After a deploy: every gRPC call hits one server' },
    symptom: {
      zh: '14:00:03 发布（三台同时重启），14:00:08 流量上涨，所有 gRPC 调用都打在 10.0.1.13 上；另外两台早就 ready 了却几乎没有流量。',
      en: 'A deploy at 14:00:03 restarts all three servers at once; traffic rises at 14:00:08 and every gRPC call hits 10.0.1.13, while the other two have long been ready and get almost nothing.',
    },
    stream: {
      ...DEFAULT_STREAM_SPEC,
      keyCount: 3,
      keyZipf: 1,
      keyPrefix: 'm',
      uriTemplate: '/inventory.v1.StockService/{key}',
      clientCount: 40,
      connectionsPerClient: 2,
    },
    method: 'POST',
    protocol: 'HTTP/2.0',
    userAgents: ['grpc-go/1.62.1', 'grpc-java-netty/1.61.0'],
    keyNames: ['GetStock', 'ReserveStock', 'ListWarehouses'],
    broken: setup(
      {
        context: 'stream',
        upstream: 'grpc_backend',
        balancing: '',
        servers: GRPC_IDS.map((id) => backend(id)),
        showFailParams: false,
        upstreamExtra: [],
        preamble: [],
        serverBlock: ['listen 50051;', 'proxy_pass grpc_backend;'],
      },
      'swrr',
      {
        pinConnections: true,
        events: [
          ...GRPC_IDS.map((serverId) => ({ atMs: 3000, kind: 'down' as const, serverId })),
          { atMs: 3500, kind: 'up', serverId: GRPC_IDS[2] as string },
          { atMs: 6000, kind: 'up', serverId: GRPC_IDS[0] as string },
          { atMs: 7000, kind: 'up', serverId: GRPC_IDS[1] as string },
        ],
      },
    ),
    fixed: setup(
      {
        context: 'http',
        upstream: 'grpc_backend',
        balancing: '',
        servers: GRPC_IDS.map((id) => backend(id)),
        showFailParams: false,
        upstreamExtra: ['keepalive 32;'],
        preamble: ACCESS_LOG_FORMAT,
        serverBlock: ['listen 50051 http2;', '', 'location / {', '    grpc_pass grpc://grpc_backend;', '}'],
      },
      'swrr',
      {
        events: [
          ...GRPC_IDS.map((serverId) => ({ atMs: 3000, kind: 'down' as const, serverId })),
          { atMs: 3500, kind: 'up', serverId: GRPC_IDS[2] as string },
          { atMs: 6000, kind: 'up', serverId: GRPC_IDS[0] as string },
          { atMs: 7000, kind: 'up', serverId: GRPC_IDS[1] as string },
        ],
      },
    ),
  },
};

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}
