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
  /** One paragraph: what to watch for, which real config it is (Chinese, then English). */
  readonly explanation: string;
  readonly explanationEn: string;
  /** The real configuration, as you would write it (nginx.conf lines, a Redis command…). */
  readonly config: string;
  /** The same with English comments, where `config` has Chinese ones. */
  readonly configEn?: string;
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
    id: 'fixed-window-boundary',
    title: '固定窗口的边界问题',
    titleEn: 'Fixed window: the boundary burst',
    explanation:
      '每秒最多 10 个。请求集中在第 1 秒的最后 100 ms 和第 2 秒的最初 100 ms：固定窗口两边各放行 10 个，200 ms 内放行了 20 个，是上限的两倍；同样的流量，滑动窗口日志只放行 10 个。看两条泳道在 1 秒边界处的差别——这就是“固定窗口临界突发”面试题。',
    explanationEn:
      'At most 10 a second. Requests bunch up in the last 100 ms of second 1 and the first 100 ms of second 2: the fixed window admits 10 on each side, 20 within 200 ms, twice the limit; the sliding window log admits only 10 of the same traffic. Watch the two lanes at the 1-second boundary: this is the classic "fixed window boundary burst" interview question.',
    config: 'INCR rate:{user}:{秒}  +  EXPIRE 1   # 超过 10 拒绝',
    configEn: 'INCR rate:{user}:{second}  +  EXPIRE 1   # reject above 10',
    lanes: [
      { algorithm: 'fixed-window', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
    ],
    traffic: { kind: 'trace', timesMs: [...every(900, 1100, 10), 1500, 2000, 2500] },
    seed: 1,
    durationSec: 3,
  },
  {
    id: 'sliding-log',
    title: '滑动窗口日志',
    titleEn: 'Sliding window log',
    explanation:
      '每个放行请求的时间戳都记在日志里，新请求只看最近 1 秒内有几条。任何 1 秒的区间里都不会超过 5 个，没有固定窗口的边界问题；代价是要存下最多 limit 条时间戳。看日志里的点如何随时间滑出窗口，以及被拒绝的请求为什么不记入日志。',
    explanationEn:
      "Every admitted request's timestamp goes into a log, and a new request only counts the entries of the last second. No 1-second interval ever holds more than 5, so there is no boundary problem; the price is storing up to limit timestamps. Watch the dots slide out of the window, and why rejected requests are not logged.",
    config: 'ZREMRANGEBYSCORE k 0 (now-1000)  ;  ZCARD k  ;  < 5 才 ZADD k now now',
    configEn: 'ZREMRANGEBYSCORE k 0 (now-1000)  ;  ZCARD k  ;  ZADD k now now only if < 5',
    lanes: [{ algorithm: 'sliding-log', params: { limit: 5, window: 1 } }],
    traffic: { kind: 'poisson', ratePerSec: 8 },
    seed: 7,
    durationSec: 10,
  },
  {
    id: 'sliding-counter',
    title: '滑动窗口计数（加权近似）',
    titleEn: 'Sliding window counter',
    explanation:
      '只存两个计数：上一窗口和当前窗口。估算值 = 上一窗口计数 × 当前窗口剩余比例 + 当前窗口计数，小于 limit 就放行（Cloudflare 的做法）。和精确的滑动日志并排比较：大部分决定相同，偶尔因为“上一窗口均匀分布”的假设而多放或少放一个。',
    explanationEn:
      'Only two counters are kept: the previous and the current window. Estimate = previous count × the share of the previous window still in range + current count; admit while it is below limit (Cloudflare\'s approach). Next to the exact sliding log most decisions agree; now and then the "previous window was evenly spread" assumption admits or rejects one more.',
    config: 'rate = prev × (window − elapsed) / window + curr   # Cloudflare',
    lanes: [
      { algorithm: 'sliding-counter', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 20, onMs: 700, offMs: 800 },
    seed: 3,
    durationSec: 6,
  },
  {
    id: 'token-bucket-burst',
    title: '令牌桶吸收突发',
    titleEn: 'Token bucket absorbs a burst',
    explanation:
      '桶容量 10、每秒补 5 个令牌，平时 3 r/s 的流量用不完令牌，桶一直是满的。第 2 秒突然来了 20 个请求：前 10 个立即放行（把桶取空），其余被拒绝；之后令牌按 5 个/秒慢慢补回。令牌桶允许突发，但长期速率不超过 rate。',
    explanationEn:
      'Capacity 10, 5 tokens a second. The usual 3 r/s never uses up the tokens, so the bucket stays full. At second 2 a burst of 20 arrives: the first 10 pass at once (emptying the bucket) and the rest are rejected; then tokens come back at 5 a second. A token bucket allows bursts, but the long-run rate never exceeds rate.',
    config: 'rate=5/s capacity=10 initial=10 cost=1',
    lanes: [{ algorithm: 'token-bucket', params: { rate: 5, capacity: 10, initial: 10, cost: 1 } }],
    traffic: { kind: 'spike', baseRatePerSec: 3, atMs: 2000, count: 20 },
    seed: 1,
    durationSec: 10,
  },
  {
    id: 'leaky-bucket-queue',
    title: '漏桶：排队匀速流出',
    titleEn: 'Leaky bucket as a queue',
    explanation:
      '同样的突发进入漏桶队列：队列能排 10 个，每 200 ms 流出一个。突发中 1 个直接处理、10 个排队依次延迟、其余因为队列已满被拒绝。输出是完全平滑的 5 r/s，代价是排队的请求要等（最多 2 秒）。和令牌桶对比：令牌桶让突发立即通过，漏桶把突发摊平。',
    explanationEn:
      'The same burst into a leaky bucket queue: room for 10, one leaves every 200 ms. Of the burst, 1 is served at once, 10 wait their turn, and the rest are rejected because the queue is full. The output is a perfectly smooth 5 r/s; the price is the wait (up to 2 seconds). Compare with the token bucket: it lets a burst through at once, the leaky bucket spreads it out.',
    config: 'rate=5/s queue=10',
    lanes: [{ algorithm: 'leaky-queue', params: { rate: 5, queue: 10 } }],
    traffic: { kind: 'spike', baseRatePerSec: 3, atMs: 2000, count: 20 },
    seed: 1,
    durationSec: 10,
  },
  {
    id: 'token-vs-leaky',
    title: '令牌桶 vs 漏桶',
    titleEn: 'Token bucket vs leaky bucket',
    explanation:
      '同一串 on/off 突发流量（开 1 秒 20 r/s，停 3 秒），左边令牌桶（5/s，容量 10），右边漏桶队列（5/s，队列 10）。放行数相近，但令牌桶在突发开头一下放行 10 个、之后拒绝；漏桶一个都不立即多放，而是让请求排队延迟。面试常问“两者区别”：令牌桶限制平均速率并允许突发，漏桶强制输出速率恒定。',
    explanationEn:
      'The same on/off bursts (1 s at 20 r/s, 3 s pause): token bucket on the left (5/s, capacity 10), leaky bucket queue on the right (5/s, queue 10). They admit about as many, but the token bucket lets 10 through at the start of a burst and then rejects, while the leaky bucket admits nothing early and delays requests in its queue instead. The usual interview question: a token bucket caps the average rate and allows bursts; a leaky bucket forces a constant output rate.',
    config: 'token: rate=5/s capacity=10   |   leaky: rate=5/s queue=10',
    lanes: [
      { algorithm: 'token-bucket', params: { rate: 5, capacity: 10, initial: 10, cost: 1 } },
      { algorithm: 'leaky-queue', params: { rate: 5, queue: 10 } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 20, onMs: 1000, offMs: 3000 },
    seed: 1,
    durationSec: 12,
  },
  {
    id: 'nginx-10rs-burst5',
    title: 'nginx 限流：rate=10r/s burst=5',
    titleEn: 'nginx rate=10r/s burst=5',
    explanation:
      'nginx 最常见的配置。每个突发里，超出 10 r/s 的请求先进入 burst（最多 5 个），按 100 ms 一个的节奏被延迟处理；excess 超过 5 的请求直接返回 503。看图中的 excess：每个请求加 1，按每秒 10 的速度流走，顶到 5 就开始拒绝。',
    explanationEn:
      'The most common nginx setup. In each burst, requests over 10 r/s go into burst (at most 5) and are served 100 ms apart; any request that would push excess past 5 gets 503 at once. Watch excess in the picture: +1 per request, draining at 10 a second, and rejections start when it reaches 5.',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;\nlimit_req zone=one burst=5;',
    lanes: [{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 2000 },
    seed: 1,
    durationSec: 9,
  },
  {
    id: 'nginx-10rs-burst5-nodelay',
    title: 'nginx 限流：burst=5 nodelay（不排队）',
    titleEn: 'nginx burst=5 nodelay',
    explanation:
      '同样的流量加上 nodelay：burst 以内的请求不再排队，立即处理；excess 的计算完全一样，所以被拒绝的请求和不加 nodelay 时相同，只是没有延迟。nodelay 让 limit_req 从“漏桶排队”变成“令牌桶式放行突发”，延迟换成了对后端的瞬时压力。',
    explanationEn:
      'The same traffic with nodelay: requests within burst no longer wait, they are served at once. excess is computed exactly the same way, so the same requests are rejected as without nodelay, only nothing is delayed. nodelay turns limit_req from a queueing leaky bucket into token-bucket-style bursts, trading latency for a sudden load on the backend.',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=10r/s;\nlimit_req zone=one burst=5 nodelay;',
    lanes: [{ algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 5, delay: 0, nodelay: true } }],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 2000 },
    seed: 1,
    durationSec: 9,
  },
  {
    id: 'nginx-1rs-burst5-batch7',
    title: 'nginx 1r/s burst=5：同时来 7 个',
    titleEn: 'nginx 1r/s burst=5, a batch of 7',
    explanation:
      '7 个请求在同一毫秒到达。按 ngx_http_limit_req_module.c：第 1 个新建节点，excess = 0，立即处理；第 2–6 个 excess 依次为 1…5（不超过 burst=5），分别延迟 1 秒…5 秒；第 7 个 excess = 6 > 5，返回 503。预测模式下逐个判断，再看解释里的 excess 计算。',
    explanationEn:
      '7 requests arrive in the same millisecond. Following ngx_http_limit_req_module.c: the 1st creates the node with excess = 0 and is served at once; the 2nd to 6th get excess 1…5 (within burst=5) and are delayed 1 s…5 s; the 7th has excess = 6 > 5 and gets 503. Predict each one in predict mode, then check the excess arithmetic in the explanation.',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;\nlimit_req zone=one burst=5;',
    lanes: [{ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }],
    traffic: { kind: 'trace', timesMs: batch(7) },
    seed: 1,
    durationSec: 8,
  },
  {
    id: 'nginx-delay-3',
    title: 'nginx burst=5 delay=3（两段式限流）',
    titleEn: 'nginx burst=5 delay=3',
    explanation:
      'nginx 1.15.7 起的 delay=N：超出的请求中前 N 个像 nodelay 一样立即处理，再往后的才排队延迟，超过 burst 的拒绝。同样 7 个同时到达：excess 0–3 的 4 个立即处理，excess 4、5 的延迟 (excess − 3) 秒即 1 秒、2 秒，第 7 个 503。nginx 官方博客的两段式示例是 burst=12 delay=8，原理相同。',
    explanationEn:
      'delay=N, since nginx 1.15.7: the first N requests over the rate are served at once as with nodelay, later ones wait, and anything over burst is rejected. The same 7 simultaneous requests: the 4 with excess 0–3 are served at once, excess 4 and 5 wait (excess − 3) seconds, i.e. 1 s and 2 s, and the 7th gets 503. The two-stage example on the nginx blog is burst=12 delay=8; same idea.',
    config: 'limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;\nlimit_req zone=one burst=5 delay=3;',
    lanes: [{ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 3, nodelay: false } }],
    traffic: { kind: 'trace', timesMs: batch(7) },
    seed: 1,
    durationSec: 8,
  },
  {
    id: 'redis-cell-15-30-60',
    title: 'redis-cell 限流：CL.THROTTLE user123 15 30 60',
    titleEn: 'redis-cell CL.THROTTLE user123 15 30 60',
    explanation:
      'redis-cell README 的例子：每 60 秒 30 次（每 2 秒一个），max_burst 15，所以 limit = 16。第一个请求返回 [0, 16, 15, -1, 2]。按 1 r/s 发请求：前面靠突发额度全部放行，remaining 逐渐降到 0，之后每 2 秒才放行一个，被拒绝时 retry_after 告诉客户端还要等几秒。GCRA 只存一个 TAT，效果等价于容量 16、速率 0.5/s 的令牌桶。',
    explanationEn:
      'The example from the redis-cell README: 30 per 60 seconds (one every 2 s) with max_burst 15, so limit = 16. The first request replies [0, 16, 15, -1, 2]. Sending 1 r/s, the burst allowance admits everything at first while remaining falls to 0; after that only one request every 2 seconds passes, and a rejected one learns from retry_after how long to wait. GCRA stores a single TAT and behaves exactly like a token bucket of capacity 16 refilling at 0.5/s.',
    config: 'CL.THROTTLE user123 15 30 60 1',
    lanes: [{ algorithm: 'gcra', params: { max_burst: 15, count: 30, period: 60, quantity: 1 } }],
    traffic: { kind: 'steady', ratePerSec: 1 },
    seed: 1,
    durationSec: 90,
  },
  {
    id: 'github-5000-per-hour',
    title: 'GitHub API：每小时 5000 次',
    titleEn: 'GitHub API: 5,000 requests an hour',
    explanation:
      'GitHub REST API 对认证用户的主限额是每小时 5000 次，X-RateLimit-Remaining 用完后要等 X-RateLimit-Reset 指示的时间才恢复（超限时返回 403 或 429）。这里用固定窗口模拟：2 r/s 的客户端在第 2500 秒左右用完额度，之后的请求全部被拒，直到第 3600 秒窗口重置。用“快进”看一小时的计数。',
    explanationEn:
      "GitHub's REST API gives an authenticated user 5,000 requests an hour; once X-RateLimit-Remaining hits zero you wait until the time in X-RateLimit-Reset (over the limit it answers 403 or 429). Modelled here as a fixed window: a 2 r/s client uses up the quota around second 2,500, and every request after that is rejected until the window resets at second 3,600. Use Fast-forward to see the hour's counts.",
    config: 'X-RateLimit-Limit: 5000   X-RateLimit-Reset: <窗口结束>',
    configEn: 'X-RateLimit-Limit: 5000   X-RateLimit-Reset: <end of window>',
    lanes: [{ algorithm: 'fixed-window', params: { limit: 5000, window: 3600 } }],
    traffic: { kind: 'steady', ratePerSec: 2 },
    seed: 1,
    durationSec: 4000,
  },
  {
    id: 'notes-queue-counter',
    title: '笔记：代码里的队列计数',
    titleEn: 'Notes: counting with a queue in code',
    explanation:
      '笔记里的第一种限流是“代码里的队列计数”：用一个队列记下最近请求的时间，队列里超过 N 个就拒绝——这正是滑动窗口日志。笔记把 redis-cell 说成“令牌桶”：更准确地说它实现的是 GCRA，只存一个理论到达时间，和容量 max_burst+1、速率 count/period 的令牌桶决定完全相同。并排看：日志严格保证任意 1 秒不超过 10 个，GCRA 允许 10 个的突发后按每 100 ms 一个平滑放行。',
    explanationEn:
      'The first limiter in the notes is "a queue counter in code": a queue holds the times of recent requests, and more than N in it means reject. That is exactly a sliding window log. The notes call redis-cell a token bucket; more precisely it implements GCRA, which stores one theoretical arrival time and decides exactly like a token bucket of capacity max_burst+1 and rate count/period. Side by side: the log strictly keeps any second at 10 or fewer, GCRA allows a burst of 10 and then passes one every 100 ms.',
    config: '队列：最近 1 秒内 ≤ 10 个   |   CL.THROTTLE user 9 10 1',
    configEn: 'queue: ≤ 10 in the last second   |   CL.THROTTLE user 9 10 1',
    lanes: [
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
      { algorithm: 'gcra', params: { max_burst: 9, count: 10, period: 1, quantity: 1 } },
    ],
    traffic: { kind: 'poisson', ratePerSec: 15 },
    seed: 11,
    durationSec: 10,
  },
  {
    id: 'notes-gateway-nginx',
    title: '笔记：网关用 nginx 限流',
    titleEn: 'Notes: gateway limiting with nginx',
    explanation:
      '笔记说 ngx_http_limit_req_module “使用的是漏桶算法”。不加 nodelay 时确实如此：前两条泳道（nginx rate=10r/s burst=20 与 10/s、队列 20 的漏桶）对每个请求的决定和延迟完全一致。加上 nodelay（第三条泳道）后，burst 内的请求立即处理，行为更像令牌桶。背景流量 5 r/s，第 2 秒突然来 40 个请求。',
    explanationEn:
      'The notes say ngx_http_limit_req_module "uses the leaky bucket algorithm". Without nodelay that is right: the first two lanes (nginx rate=10r/s burst=20, and a leaky bucket at 10/s with queue 20) make the same decision with the same delay for every request. With nodelay (third lane) requests within burst are served at once, which behaves more like a token bucket. Background traffic is 5 r/s, with a burst of 40 at second 2.',
    config: 'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\nlimit_req zone=api burst=20;   # 第三条：burst=20 nodelay',
    configEn: 'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\nlimit_req zone=api burst=20;   # third lane: burst=20 nodelay',
    lanes: [
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 20, delay: 0, nodelay: false } },
      { algorithm: 'leaky-queue', params: { rate: 10, queue: 20 } },
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 20, delay: 0, nodelay: true } },
    ],
    traffic: { kind: 'spike', baseRatePerSec: 5, atMs: 2000, count: 40 },
    seed: 1,
    durationSec: 8,
  },
  {
    id: 'compare-all',
    title: '四种限流并排比较',
    titleEn: 'Four limiters side by side',
    explanation:
      '都是“每秒 10 个”：固定窗口、滑动窗口日志、令牌桶（容量 10）、nginx（10r/s burst=10）。同一串突发流量（开 1 秒 30 r/s，停 1 秒）。比较放行、延迟、拒绝的数量：固定窗口在窗口边界放得最多，日志最严格，令牌桶允许开头的突发，nginx 把超出部分排队延迟而不是立即拒绝。',
    explanationEn:
      'All at "10 a second": fixed window, sliding window log, token bucket (capacity 10), nginx (10r/s burst=10). The same bursty traffic (1 s at 30 r/s, 1 s pause). Compare admitted, delayed and rejected counts: the fixed window lets the most through at window boundaries, the log is strictest, the token bucket allows the burst at the start, and nginx queues the excess instead of rejecting it at once.',
    config: 'limit=10/1s | limit=10/1s | rate=10/s capacity=10 | rate=10r/s burst=10',
    lanes: [
      { algorithm: 'fixed-window', params: { limit: 10, window: 1 } },
      { algorithm: 'sliding-log', params: { limit: 10, window: 1 } },
      { algorithm: 'token-bucket', params: { rate: 10, capacity: 10, initial: 10, cost: 1 } },
      { algorithm: 'nginx', params: { rate: 10, unit: 'r/s', burst: 10, delay: 0, nodelay: false } },
    ],
    traffic: { kind: 'bursts', ratePerSec: 30, onMs: 1000, offMs: 1000 },
    seed: 42,
    durationSec: 10,
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
