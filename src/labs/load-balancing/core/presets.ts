// Every preset of the load-balancing lab (the ids the catalogue lists): its parameters, the
// events of its run, a title and a paragraph (in Chinese and English) on what to watch and which real
// configuration it is. Servers are 10.0.0.1:8080, 10.0.0.2:8080 … (lab-run.ts).
import { refuseWindow, slowWindow, type UpstreamEvent } from './events.ts';
import { serverIdFor } from './lab-run.ts';
import { DEFAULT_LB_VALUES, type LoadBalancingValues } from './params.ts';
import { serverSpec } from './servers.ts';
import { ALGORITHM_IDS } from './types.ts';

export const LB_PRESET_IDS = [
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
] as const;
export type LbPresetId = (typeof LB_PRESET_IDS)[number];

export interface LbPreset {
  readonly id: LbPresetId;
  /** Both UI languages: the view picks one (core code never reads the UI state). */
  readonly title: Readonly<Record<'zh' | 'en', string>>;
  readonly explanation: Readonly<Record<'zh' | 'en', string>>;
  readonly values: LoadBalancingValues;
  readonly events: readonly UpstreamEvent[];
}

function values(id: LbPresetId, overrides: Partial<LoadBalancingValues>): LoadBalancingValues {
  const v = { ...DEFAULT_LB_VALUES, ...overrides, preset: id };
  const latency = overrides.latencyMs ?? v.weights.map(() => 20);
  return { ...v, latencyMs: v.weights.map((_, i) => latency[Math.min(i, latency.length - 1)] ?? 20) };
}

const s = serverIdFor;

export const LB_PRESETS: Readonly<Record<LbPresetId, LbPreset>> = {
  'round-robin': {
    id: 'round-robin',
    title: {
      zh: '轮询：一人一个',
      en: 'Round-robin: one each',
    },
    explanation: {
      zh: '教科书式轮询：指针依次指向每台服务器，跳过 down 或被 max_fails 摘除的。三台一样的服务器各拿三分之一。注意它完全不看权重，也不看谁忙；nginx 的默认算法其实是平滑加权轮询，权重都相同时顺序与此一致。',
      en: "Textbook round-robin: a cursor visits each server in turn, skipping any that are down or taken out by max_fails. Three identical servers get a third each. Note that it ignores weights and load entirely; nginx's default is actually smooth weighted round-robin, which gives the same order when all weights are equal.",
    },
    values: values('round-robin', { algorithm: 'round-robin', weights: [1, 1, 1], traffic: 'steady', rate: 30, durationS: 10 }),
    events: [],
  },
  'nginx-swrr-5-1-1': {
    id: 'nginx-swrr-5-1-1',
    title: {
      zh: 'nginx 平滑加权轮询 5:1:1',
      en: 'nginx smooth weighted round-robin 5:1:1',
    },
    explanation: {
      zh: 'upstream { server a weight=5; server b; server c; }。每次选择时各台 current_weight 加上自己的 effective_weight，选最大的一台，再减去总权重 7。看跟踪表里的数组：顺序是 a a b a c a a，每 7 个请求正好 5 个 a、1 个 b、1 个 c，而且 b、c 穿插在中间，不是 a a a a a b c 那样让 a 连挨五次。',
      en: 'upstream { server a weight=5; server b; server c; }. On each pick every server adds its effective_weight to current_weight, the largest wins and then subtracts the total weight 7. Watch the arrays in the trace: the order is a a b a c a a, exactly 5 a, 1 b and 1 c per 7 requests, with b and c interleaved rather than a a a a a b c hammering a five times in a row.',
    },
    values: values('nginx-swrr-5-1-1', { algorithm: 'swrr', weights: [5, 1, 1], traffic: 'steady', rate: 7, durationS: 10 }),
    events: [],
  },
  random: {
    id: 'random',
    title: {
      zh: '随机',
      en: 'Random',
    },
    explanation: {
      zh: '每个请求在可用服务器里均匀随机选一台。长期看很均匀，但短时间内会有某台连着被选中好几次：看每秒负载曲线的抖动，和 p99 在高负载时比轮询差一点。',
      en: 'Each request goes to a uniformly random available server. It evens out over time, but in the short run one server gets picked several times in a row: watch the jitter in the per-second load chart, and a p99 under high load that is a bit worse than round-robin.',
    },
    values: values('random', { algorithm: 'random', weights: [1, 1, 1, 1], rate: 300 }),
    events: [],
  },
  'weighted-random': {
    id: 'weighted-random',
    title: {
      zh: '加权随机（nginx random）',
      en: 'Weighted random (nginx random)',
    },
    explanation: {
      zh: 'upstream { random; server a weight=3; server b weight=2; server c; }。nginx 的 random 按权重随机：随机数对总权重 6 取模，落在哪台的区间就选哪台；选中不可用的就重抽，超过 20 次退回轮询。份额接近 3:2:1，但不像平滑轮询那样每个周期都精确。',
      en: "upstream { random; server a weight=3; server b weight=2; server c; }. nginx's random is weighted: the roll modulo the total weight 6 picks the server whose range it falls in; an unavailable pick is re-rolled, and after 20 tries it falls back to round-robin. Shares approach 3:2:1, but not exactly every cycle as smooth round-robin does.",
    },
    values: values('weighted-random', { algorithm: 'weighted-random', weights: [3, 2, 1], rate: 300 }),
    events: [],
  },
  'least-conn': {
    id: 'least-conn',
    title: {
      zh: '最少连接（least_conn）',
      en: 'Least connections (least_conn)',
    },
    explanation: {
      zh: 'upstream { least_conn; … }。第三台服务器慢 4 倍，它的请求完成得慢，连接数积压，least_conn 于是少给它发请求；比较的是 conns/weight，并列时用加权轮询打破平局。对比轮询：轮询会照样给慢机器三分之一的流量，让它排队、p99 飙高。',
      en: 'upstream { least_conn; … }. The third server is 4× slower, its requests finish late and its connections pile up, so least_conn sends it less; it compares conns/weight and breaks ties with weighted round-robin. Compare with round-robin, which keeps giving the slow box a third of the traffic until it queues and p99 shoots up.',
    },
    values: values('least-conn', { algorithm: 'least-conn', weights: [1, 1, 1], latencyMs: [20, 20, 80], capacity: 8, rate: 250 }),
    events: [],
  },
  p2c: {
    id: 'p2c',
    title: {
      zh: '两次随机选择（P2C）',
      en: 'Power of two choices (P2C)',
    },
    explanation: {
      zh: 'nginx 写作 random two least_conn：随机抽两台，选连接数少的那台。只看两个计数器，却能把最忙服务器的负载从随机的 log n / log log n 倍降到 log log n 级别。Envoy、Finagle、gRPC 的客户端负载均衡都用它，因为不需要知道全体服务器的状态。',
      en: "In nginx: random two least_conn. Pick two servers at random, send to the one with fewer connections. Just two counters, yet the busiest server's load drops from random's log n / log log n to the log log n range. Envoy, Finagle and gRPC client-side balancing all use it because it needs no global view of the pool.",
    },
    values: values('p2c', { algorithm: 'p2c', weights: [1, 1, 1, 1, 1, 1, 1, 1], capacity: 6, rate: 800, latencyMs: [20] }),
    events: [],
  },
  'peak-ewma': {
    id: 'peak-ewma',
    title: {
      zh: '最短响应时间（Peak EWMA）',
      en: 'Least response time (Peak EWMA)',
    },
    explanation: {
      zh: 'Finagle 与 linkerd 的做法：每台服务器维护响应时间的指数加权平均，但一旦出现更慢的响应就直接跳到这个峰值，再随时间（tau=10 秒）慢慢衰减；负载 = EWMA × (未完成请求 + 1)，两次随机选择里取低者。第 5–12 秒第二台变慢 10 倍：看它的流量几乎立刻掉下来，恢复后又要过一阵才慢慢回来。',
      en: 'What Finagle and linkerd do: each server keeps an exponentially weighted moving average of its response time, but jumps straight to any slower response (the peak) and then decays (tau = 10 s); load = EWMA × (in-flight + 1), lower of two random picks wins. From 5 s to 12 s the second server gets 10× slower: its traffic drops almost at once, and after it recovers it takes a while to win traffic back.',
    },
    values: values('peak-ewma', { algorithm: 'peak-ewma', weights: [1, 1, 1], rate: 200, durationS: 20 }),
    events: slowWindow(s(1), 5000, 12000, 10),
  },
  'ip-hash': {
    id: 'ip-hash',
    title: {
      zh: 'ip_hash：同一个 /24 去同一台',
      en: 'ip_hash: the same /24 goes to the same server',
    },
    explanation: {
      zh: 'upstream { ip_hash; … }。nginx 只取 IPv4 地址的前三个字节：hash 从 89 开始，每个字节 hash = (hash × 113 + 字节) % 6271，再对总权重取模。所以 10.1.2.3 与 10.1.2.200 一定落在同一台；一个公司的出口 NAT 或一个 CDN 节点后面的所有用户也一样（见排查实验「大客户推广」）。标记一台 down 时总权重不变，只有它的客户端会重新哈希到别处。',
      en: "upstream { ip_hash; … }. nginx uses only the first three bytes of an IPv4 address: hash starts at 89, each byte does hash = (hash × 113 + byte) % 6271, then modulo the total weight. So 10.1.2.3 and 10.1.2.200 always land together, as does everyone behind one company's egress NAT or one CDN node (see the incident lab's partner-promotion scenario). Marking a server down keeps the total weight, so only its clients rehash elsewhere.",
    },
    values: values('ip-hash', { algorithm: 'ip-hash', weights: [1, 1, 1, 1], clients: 300 }),
    events: [],
  },
  'hash-modulo': {
    id: 'hash-modulo',
    title: {
      zh: 'hash $key（取模）',
      en: 'hash $key (modulo)',
    },
    explanation: {
      zh: 'upstream { hash $request_uri; … }，不带 consistent。hash = crc32(key) 的高 15 位，对总权重取模（与 Cache::Memcached 兼容）。第 10 秒移除第四台：总权重从 4 变 3，大部分 key 换了服务器，缓存命中率会瞬间掉下来；看“迁移的 key 比例”。若只是标记 down，总权重不变，只有那台的 key 会移走。',
      en: "upstream { hash $request_uri; … } without consistent. hash = top 15 bits of crc32(key), modulo the total weight (compatible with Cache::Memcached). At 10 s the fourth server is removed: total weight goes from 4 to 3, most keys change servers and the cache hit rate falls off a cliff; see the share of keys moved. Marking it down instead keeps the total weight, so only that server's keys move.",
    },
    values: values('hash-modulo', { algorithm: 'hash-modulo', weights: [1, 1, 1, 1], zipf: 0.8 }),
    events: [{ atMs: 10_000, kind: 'remove', serverId: s(3) }],
  },
  'hash-consistent': {
    id: 'hash-consistent',
    title: {
      zh: 'hash $key consistent：ketama 一致性哈希',
      en: 'hash $key consistent: ketama consistent hashing',
    },
    explanation: {
      zh: 'upstream { hash $request_uri consistent; … }。nginx 为每台服务器在环上放 160 × weight 个点，点的哈希是 crc32(host \\0 port + 上一个点的 4 字节)，与 Cache::Memcached::Fast 兼容。key 顺时针找到第一个点。第 10 秒移除第四台：只有它的约 1/4 的 key 迁走，其余 key 原地不动。',
      en: "upstream { hash $request_uri consistent; … }. nginx puts 160 × weight points per server on the ring, each point hashed as crc32(host \\0 port + previous point's 4 bytes), compatible with Cache::Memcached::Fast. A key takes the first point clockwise. At 10 s the fourth server is removed: only its roughly 1/4 of the keys move, the rest stay put.",
    },
    values: values('hash-consistent', { algorithm: 'hash-consistent', weights: [1, 1, 1, 1], zipf: 0.8 }),
    events: [{ atMs: 10_000, kind: 'remove', serverId: s(3) }],
  },
  'ring-virtual-nodes': {
    id: 'ring-virtual-nodes',
    title: {
      zh: '一致性哈希环与虚拟节点',
      en: 'Consistent-hash ring with virtual nodes',
    },
    explanation: {
      zh: '通用的一致性哈希环：每台服务器放 vnodes 个虚拟节点。每台只有少数几个点时，环上的弧长差别很大，某台可能分到别人两倍的 key；把 vnodes 拉到 100 以上，份额趋于均匀（偏差大致按 1/√vnodes 缩小）。第 10 秒加入第五台：它只从环上相邻的弧接走 key，约 1/5。',
      en: 'A generic consistent-hash ring: vnodes virtual nodes per server. With only a few points per server the arcs differ a lot and one server may get twice the keys of another; push vnodes above 100 and shares even out (the spread shrinks roughly as 1/√vnodes). At 10 s a fifth server joins: it only takes keys from the arcs next to its points, about 1/5.',
    },
    values: values('ring-virtual-nodes', { algorithm: 'ring', weights: [1, 1, 1, 1], vnodes: 3, zipf: 0 }),
    events: [{ atMs: 10_000, kind: 'add', server: serverSpec(s(4)) }],
  },
  'max-fails': {
    id: 'max-fails',
    title: {
      zh: 'max_fails / fail_timeout：一次抖动摘掉一台 10 秒',
      en: 'max_fails / fail_timeout: one blip takes a server out for 10 s',
    },
    explanation: {
      zh: 'nginx 默认 max_fails=1 fail_timeout=10s。第 5 秒第二台重启，拒绝连接 300 毫秒：第一个连不上的请求就让它失败计数达到 1，nginx 改试下一台（用户无感知），并在接下来 10 秒里不再选它，即使它 300 毫秒后就好了。10 秒后放一个请求去试探，成功才恢复。看它的负载曲线上那道 10 秒的缺口，以及另外两台同期多扛的流量。',
      en: 'nginx defaults to max_fails=1 fail_timeout=10s. At 5 s the second server restarts and refuses connections for 300 ms: the first failed connect brings its failure count to 1, nginx retries on the next server (the user never notices) and then skips it for 10 s, even though it was back after 300 ms. After 10 s one request probes it and only a success brings it back. Look for the 10-second gap in its load chart and the extra traffic the other two carry meanwhile.',
    },
    values: values('max-fails', { algorithm: 'swrr', weights: [1, 1, 1], rate: 150, durationS: 25 }),
    events: refuseWindow(s(1), 5000, 5300),
  },
  'compare-all': {
    id: 'compare-all',
    title: {
      zh: '所有算法并排比较',
      en: 'All algorithms side by side',
    },
    explanation: {
      zh: '同一条带种子的请求流（同样的到达时间、key、客户端地址、每个请求的工作量）依次喂给每个算法。服务器一快一慢、负载较高：看哪些算法把慢机器压垮（队列、503、p99），哪些按实际处理能力分流，以及哈希类算法在热点 key 下的倾斜（最大份额）。',
      en: 'The same seeded request stream (same arrival times, keys, client addresses and per-request work) is fed to every algorithm in turn. One fast and one slow server under high load: see which algorithms bury the slow box (queues, 503s, p99), which split by real capacity, and how the hash-based ones skew under hot keys (largest share).',
    },
    values: values('compare-all', {
      compare: [...ALGORITHM_IDS],
      weights: [1, 1, 1, 1],
      latencyMs: [10, 10, 10, 40],
      capacity: 8,
      queue: 50,
      rate: 900,
      durationS: 20,
      zipf: 1.1,
    }),
    events: [],
  },
};

/** preset id → values, for parseLoadBalancingParams / toLoadBalancingSearch. */
export const LB_PRESET_VALUES: Readonly<Record<string, LoadBalancingValues>> = Object.fromEntries(LB_PRESET_IDS.map((id) => [id, LB_PRESETS[id].values]));

export function isLbPresetId(id: string): id is LbPresetId {
  return (LB_PRESET_IDS as readonly string[]).includes(id);
}
