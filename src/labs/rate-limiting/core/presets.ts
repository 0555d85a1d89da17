// Named scenarios a card can link to (`lab:rate-limiting?preset=<id>`): the algorithm(s) with the
// parameters of a real configuration, the traffic, seed and duration, and a Chinese explanation of
// what to watch. Every id in labCatalogue's rate-limiting entry is here (checked by presets.test.ts).
import type { TrafficSpec } from '../../kernel/traffic.ts';
import { defaultParams } from './algorithms.ts';
import type { AlgorithmId } from './limiter.ts';
import type { ParamValue } from './param-schema.ts';
import type { RunEntry } from './simulate.ts';

export type PresetId =
  | 'fixed-window-boundary'
  | 'sliding-log'
  | 'sliding-counter'
  | 'token-bucket-burst'
  | 'leaky-bucket-queue'
  | 'token-vs-leaky'
  | 'nginx-10rs-burst5'
  | 'nginx-10rs-burst5-nodelay'
  | 'nginx-1rs-burst5-batch7'
  | 'nginx-delay-3'
  | 'redis-cell-15-30-60'
  | 'github-5000-per-hour'
  | 'notes-queue-counter'
  | 'notes-gateway-nginx'
  | 'compare-all';

export interface PresetLane {
  readonly algorithm: AlgorithmId;
  /** Only what differs from the algorithm's defaults. */
  readonly params: Readonly<Record<string, ParamValue>>;
}

export interface RateLimitPreset {
  readonly id: PresetId;
  readonly title: string;
  readonly titleEn: string;
  /** One paragraph: what to watch for, which real config it is. */
  readonly explanation: string;
  /** The real configuration, as you would write it (nginx.conf lines, a Redis command…). */
  readonly config: string;
  /** One lane = single mode; two to four = compare mode. */
  readonly lanes: readonly PresetLane[];
  readonly traffic: TrafficSpec;
  readonly seed: number;
  readonly durationSec: number;
}

const batch = (n: number, atMs = 0): number[] => Array.from({ length: n }, () => atMs);
const every = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let t = from; t < to; t += step) out.push(t);
  return out;
};

export const presets: readonly RateLimitPreset[] = [
  {
    id: 'fixed-window-boundary', title: '固定窗口的边界问题', titleEn: 'Fixed window: the boundary burst',
    explanation:
      '每秒最多 10 个。请求集中在第 1 秒的最后 100 ms 和第 2 秒的最初 100 ms：固定窗口两边各放行 10 个，200 ms 内放行了 20 个，是上限的两倍；同样的流量，滑动窗口日志只放行 10 个。看两条泳道在 1 秒边界处的差别——这就是“固定窗口临界突发”面试题。',
    config: 'INCR rate:{user}:{秒}  +  EXPIRE 1   # 超过 10 拒绝',
    lanes: [
      { algorithm: 'fixed-window', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
    ],
    traffic: { kind: 'trace', timesMs: [...every(900, 1100, 10), 1500, 2000, 2500] },
    seed: 1, durationSec: 3,
  },
  {
    id: 'sliding-log', title: '滑动窗口日志', titleEn: 'Sliding window log',
    explanation:
      '每个放行请求的时间戳都记在日志里，新请求只看最近 1 秒内有几条。任何 1 秒的区间里都不会超过 5 个，没有固定窗口的边界问题；代价是要存下最多 limit 条时间戳。看日志里的点如何随时间滑出窗口，以及被拒绝的请求为什么不记入日志。',
    config: 'ZREMRANGEBYSCORE k 0 (now-1000)  ;  ZCARD k  ;  < 5 才 ZADD k now now',
    lanes: [{ algorithm: 'sliding-log', params: { limit: 5, window: 1 } }],
    traffic: { kind: 'poisson', ratePerSec: 8 }, seed: 7, durationSec: 10,
  },
  {
    id: 'sliding-counter', title: '滑动窗口计数（加权近似）', titleEn: 'Sliding window counter',
    explanation:
      '只存两个计数：上一窗口和当前窗口。估算值 = 上一窗口计数 × 当前窗口剩余比例 + 当前窗口计数，小于 limit 就放行（Cloudflare 的做法）。和精确的滑动日志并排比较：大部分决定相同，偶尔因为“上一窗口均匀分布”的假设而多放或少放一个。',
    config: 'rate = prev × (window − elapsed) / window + curr   # Cloudflare',
    lanes: [
      { algorithm: 'sliding-counter', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 20, onMs: 700, offMs: 800 }, seed: 3, durationSec: 6,
  },
  {
    id: 'token-bucket-burst', title: '令牌桶吸收突发', titleEn: 'Token bucket absorbs a burst',
    explanation:
      '桶容量 10、每秒补 5 个令牌，平时 3 r/s 的流量用不完令牌，桶一直是满的。第 2 秒突然来了 20 个请求：前 10 个立即放行（把桶取空），其余被拒绝；之后令牌按 5 个/秒慢慢补回。令牌桶允许突发，但长期速率不超过 rate。',
    config: 'rate=5/s capacity=10 initial=10 cost=1',
    lanes: [{ algorithm: 'token-bucket', params: { rate: 5, capacity: 10, initial: 10, cost: 1 } }],
    traffic: { kind: 'spike', baseRatePerSec: 3, atMs: 2000, count: 20 }, seed: 1, durationSec: 10,
  },
  {
    id: 'leaky-bucket-queue', title: '漏桶：排队匀速流出', titleEn: 'Leaky bucket as a queue',
    explanation:
      '同样的突发进入漏桶队列：队列能排 10 个，每 200 ms 流出一个。突发中 1 个直接处理、10 个排队依次延迟、其余因为队列已满被拒绝。输出是完全平滑的 5 r/s，代价是排队的请求要等（最多 2 秒）。和令牌桶对比：令牌桶让突发立即通过，漏桶把突发摊平。',
    config: 'rate=5/s queue=10',
    lanes: [{ algorithm: 'leaky-queue', params: { rate: 5, queue: 10 } }],
    traffic: { kind: 'spike', baseRatePerSec: 3, atMs: 2000, count: 20 }, seed: 1, durationSec: 10,
  },
  {
    id: 'token-vs-leaky', title: '令牌桶 vs 漏桶', titleEn: 'Token bucket vs leaky bucket',
    explanation:
      '同一串 on/off 突发流量（开 1 秒 20 r/s，停 3 秒），左边令牌桶（5/s，容量 10），右边漏桶队列（5/s，队列 10）。放行数相近，但令牌桶在突发开头一下放行 10 个、之后拒绝；漏桶一个都不立即多放，而是让请求排队延迟。面试常问“两者区别”：令牌桶限制平均速率并允许突发，漏桶强制输出速率恒定。',
    config: 'token: rate=5/s capacity=10   |   leaky: rate=5/s queue=10',
    lanes: [
      { algorithm: 'token-bucket', params: { rate: 5, capacity: 10, initial: 10, cost: 1 } },
      { algorithm: 'leaky-queue', params: { rate: 5, queue: 10 } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 20, onMs: 1000, offMs: 3000 }, seed: 1, durationSec: 12,
  },
  {
    id: 'nginx-10rs-burst5', title: 'nginx 限流：rate=10r/s burst=5', titleEn: 'nginx rate=10r/s burst=5',
    explanation:
      'nginx 最常见的配置。每个突发里，超出 10 r/s 的请求先进入 burst（最多 5 个），按 100 ms 一个的节奏被延迟处理；excess 超过 5 的请求直接返回 503。看图中的 excess：每个请求加 1，按每秒 10 的速度流走，顶到 5 就开始拒绝。',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;\nlimit_req zone=one burst=5;',
    lanes: [{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 2000 }, seed: 1, durationSec: 9,
  },
  {
    id: 'nginx-10rs-burst5-nodelay', title: 'nginx 限流：burst=5 nodelay（不排队）', titleEn: 'nginx burst=5 nodelay',
    explanation:
      '同样的流量加上 nodelay：burst 以内的请求不再排队，立即处理；excess 的计算完全一样，所以被拒绝的请求和不加 nodelay 时相同，只是没有延迟。nodelay 让 limit_req 从“漏桶排队”变成“令牌桶式放行突发”，延迟换成了对后端的瞬时压力。',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;\nlimit_req zone=one burst=5 nodelay;',
    lanes: [{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: true } }],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 2000 }, seed: 1, durationSec: 9,
  },
  {
    id: 'nginx-1rs-burst5-batch7', title: 'nginx 1r/s burst=5：同时来 7 个', titleEn: 'nginx 1r/s burst=5, a batch of 7',
    explanation:
      '7 个请求在同一毫秒到达。按 ngx_http_limit_req_module.c：第 1 个新建节点，excess = 0，立即处理；第 2–6 个 excess 依次为 1…5（不超过 burst=5），分别延迟 1 秒…5 秒；第 7 个 excess = 6 > 5，返回 503。预测模式下逐个判断，再看解释里的 excess 计算。',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;\nlimit_req zone=one burst=5;',
    lanes: [{ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }],
    traffic: { kind: 'trace', timesMs: batch(7) }, seed: 1, durationSec: 8,
  },
  {
    id: 'nginx-delay-3', title: 'nginx burst=5 delay=3（两段式限流）', titleEn: 'nginx burst=5 delay=3',
    explanation:
      'nginx 1.15.7 起的 delay=N：超出的请求中前 N 个像 nodelay 一样立即处理，再往后的才排队延迟，超过 burst 的拒绝。同样 7 个同时到达：excess 0–3 的 4 个立即处理，excess 4、5 的延迟 (excess − 3) 秒即 1 秒、2 秒，第 7 个 503。nginx 官方博客的两段式示例是 burst=12 delay=8，原理相同。',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;\nlimit_req zone=one burst=5 delay=3;',
    lanes: [{ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 3, nodelay: false } }],
    traffic: { kind: 'trace', timesMs: batch(7) }, seed: 1, durationSec: 8,
  },
  {
    id: 'redis-cell-15-30-60', title: 'redis-cell 限流：CL.THROTTLE user123 15 30 60', titleEn: 'redis-cell CL.THROTTLE user123 15 30 60',
    explanation:
      'redis-cell README 的例子：每 60 秒 30 次（每 2 秒一个），max_burst 15，所以 limit = 16。第一个请求返回 [0, 16, 15, -1, 2]。按 1 r/s 发请求：前面靠突发额度全部放行，remaining 逐渐降到 0，之后每 2 秒才放行一个，被拒绝时 retry_after 告诉客户端还要等几秒。GCRA 只存一个 TAT，效果等价于容量 16、速率 0.5/s 的令牌桶。',
    config: 'CL.THROTTLE user123 15 30 60 1',
    lanes: [{ algorithm: 'gcra', params: { max_burst: 15, count: 30, period: 60, quantity: 1 } }],
    traffic: { kind: 'steady', ratePerSec: 1 }, seed: 1, durationSec: 90,
  },
  {
    id: 'github-5000-per-hour', title: 'GitHub API：每小时 5000 次', titleEn: 'GitHub API: 5,000 requests an hour',
    explanation:
      'GitHub REST API 对认证用户的主限额是每小时 5000 次，X-RateLimit-Remaining 用完后要等 X-RateLimit-Reset 指示的时间才恢复（超限时返回 403 或 429）。这里用固定窗口模拟：2 r/s 的客户端在第 2500 秒左右用完额度，之后的请求全部被拒，直到第 3600 秒窗口重置。用“快进”看一小时的计数。',
    config: 'X-RateLimit-Limit: 5000   X-RateLimit-Reset: <窗口结束>',
    lanes: [{ algorithm: 'fixed-window', params: { limit: 5000, window: 3600 } }],
    traffic: { kind: 'steady', ratePerSec: 2 }, seed: 1, durationSec: 4000,
  },
  {
    id: 'notes-queue-counter', title: '笔记：代码里的队列计数', titleEn: 'Notes: counting with a queue in code',
    explanation:
      '笔记里的第一种限流是“代码里的队列计数”：用一个队列记下最近请求的时间，队列里超过 N 个就拒绝——这正是滑动窗口日志。笔记把 redis-cell 说成“令牌桶”：更准确地说它实现的是 GCRA，只存一个理论到达时间，和容量 max_burst+1、速率 count/period 的令牌桶决定完全相同。并排看：日志严格保证任意 1 秒不超过 10 个，GCRA 允许 10 个的突发后按每 100 ms 一个平滑放行。',
    config: '队列：最近 1 秒内 ≤ 10 个   |   CL.THROTTLE user 9 10 1',
    lanes: [
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
      { algorithm: 'gcra', params: { max_burst: 9, count: 10, period: 1, quantity: 1 } },
    ],
    traffic: { kind: 'poisson', ratePerSec: 15 }, seed: 11, durationSec: 10,
  },
  {
    id: 'notes-gateway-nginx', title: '笔记：网关用 nginx 限流', titleEn: 'Notes: gateway limiting with nginx',
    explanation:
      '笔记说 ngx_http_limit_req_module “使用的是漏桶算法”。不加 nodelay 时确实如此：前两条泳道（nginx rate=10r/s burst=20 与 10/s、队列 20 的漏桶）对每个请求的决定和延迟完全一致。加上 nodelay（第三条泳道）后，burst 内的请求立即处理，行为更像令牌桶。背景流量 5 r/s，第 2 秒突然来 40 个请求。',
    config: 'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\nlimit_req zone=api burst=20;   # 第三条：burst=20 nodelay',
    lanes: [
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 20, delay: 0, nodelay: false } },
      { algorithm: 'leaky-queue', params: { rate: 10, queue: 20 } },
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 20, delay: 0, nodelay: true } },
    ],
    traffic: { kind: 'spike', baseRatePerSec: 5, atMs: 2000, count: 40 }, seed: 1, durationSec: 8,
  },
  {
    id: 'compare-all', title: '四种限流并排比较', titleEn: 'Four limiters side by side',
    explanation:
      '都是“每秒 10 个”：固定窗口、滑动窗口日志、令牌桶（容量 10）、nginx（10r/s burst=10）。同一串突发流量（开 1 秒 30 r/s，停 1 秒）。比较放行、延迟、拒绝的数量：固定窗口在窗口边界放得最多，日志最严格，令牌桶允许开头的突发，nginx 把超出部分排队延迟而不是立即拒绝。',
    config: 'limit=10/1s | limit=10/1s | rate=10/s capacity=10 | rate=10r/s burst=10',
    lanes: [
      { algorithm: 'fixed-window', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
      { algorithm: 'token-bucket', params: { rate: 10, capacity: 10, initial: 10, cost: 1 } },
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 10, delay: 0, nodelay: false } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 1000 }, seed: 42, durationSec: 10,
  },
];

export const presetIds: readonly PresetId[] = presets.map((p) => p.id);

export function isPresetId(value: string): value is PresetId {
  return (presetIds as readonly string[]).includes(value);
}

export function getPreset(id: PresetId): RateLimitPreset {
  const found = presets.find((p) => p.id === id);
  if (!found) throw new Error(`unknown preset ${id}`);
  return found;
}

/** The preset's lanes with every parameter filled in (defaults for the ones it does not set). */
export function presetEntries(preset: RateLimitPreset): RunEntry[] {
  return preset.lanes.map((lane) => ({ algorithm: lane.algorithm, params: { ...defaultParams(lane.algorithm), ...lane.params } }));
}
