// The lab's algorithms: ids, Chinese and English names, parameter schemas (named after the real config
// keys), what the chart's "level" means, and one factory that builds a Limiter from validated values.
import { createFixedWindow } from './fixed-window.ts';
import { createGcra } from './gcra.ts';
import { createLeakyMeter } from './leaky-bucket-meter.ts';
import { createLeakyQueue } from './leaky-bucket-queue.ts';
import type { AlgorithmId, Limiter } from './limiter.ts';
import { createNginxLimitReq } from './nginx-limit-req.ts';
import { readBoolean, readNumber, readString, type ParamSpec, type ParamValue, type ParamValues } from './param-schema.ts';
import { createSlidingCounter } from './sliding-counter.ts';
import { createSlidingLog } from './sliding-log.ts';
import { createTokenBucket } from './token-bucket.ts';

export interface AlgorithmInfo {
  readonly id: AlgorithmId;
  readonly name: string;
  readonly nameEn: string;
  /** One sentence on the idea, in Chinese and in English. */
  readonly summary: string;
  readonly summaryEn: string;
  /** What the engine follows (shown under the controls). */
  readonly source: string;
  readonly sourceEn: string;
  readonly params: readonly ParamSpec[];
  /** What `Limiter.level()` measures, for the chart's axis. */
  readonly levelLabel: string;
  readonly levelLabelEn: string;
  /** HTTP status of a rejected request: nginx's limit_req_status defaults to 503, the rest use 429. */
  /** The default; nginx's comes from its `status` parameter (limit_req_status), see rejectStatusOf. */
  readonly rejectStatus: 429 | 503;
  /** Whether this algorithm can delay (queue) requests instead of only admitting or rejecting. */
  readonly canDelay: boolean;
}

// Units in English, keyed by the Chinese unit the table below uses.
const UNIT_EN: Readonly<Record<string, string>> = { '个/窗口': 'req/window', 秒: 's', '个/秒': 'req/s', 个: '', '': '' };
type Help = readonly [zh: string, en: string];
const num = (name: string, label: string, labelEn: string, [help, helpEn]: Help, min: number, max: number, def: number, unit: string, step = 1): ParamSpec => ({
  kind: 'number',
  name,
  label,
  labelEn,
  help,
  helpEn,
  min,
  max,
  default: def,
  unit,
  unitEn: UNIT_EN[unit] ?? unit,
  step,
});
const int = (name: string, label: string, labelEn: string, [help, helpEn]: Help, min: number, max: number, def: number, unit: string): ParamSpec => ({
  kind: 'int',
  name,
  label,
  labelEn,
  help,
  helpEn,
  min,
  max,
  default: def,
  unit,
  unitEn: UNIT_EN[unit] ?? unit,
  step: 1,
});

const limit = int('limit', '上限', 'Limit', ['一个窗口内最多放行的请求数', 'Most requests admitted in one window'], 1, 100_000, 10, '个/窗口');
const windowSec = num('window', '窗口长度', 'Window', ['统计窗口的长度', 'Length of the counting window'], 0.001, 86_400, 1, '秒', 0.1);
const bucketRate = num('rate', '速率', 'Rate', ['每秒补充（或漏出）的量', 'How much is refilled (or leaks) per second'], 0.001, 1_000_000, 5, '个/秒', 0.5);

const P = {
  fixedLimit: limit,
  window: windowSec,
  tbRate: bucketRate,
  tbCapacity: int(
    'capacity',
    '桶容量',
    'Capacity',
    ['桶里最多存多少令牌，也就是允许的最大突发', 'Most tokens the bucket holds, i.e. the largest burst allowed'],
    1,
    1_000_000,
    10,
    '个',
  ),
  tbInitial: num(
    'initial',
    '初始令牌',
    'Initial tokens',
    ['开始时桶里有多少令牌（超过容量按容量算）', 'Tokens in the bucket at the start (capped at capacity)'],
    0,
    1_000_000,
    10,
    '个',
  ),
  tbCost: int('cost', '每个请求消耗', 'Cost per request', ['每个请求取走的令牌数', 'Tokens each request takes'], 1, 1000, 1, '个'),
  meterCapacity: int('capacity', '桶容量', 'Capacity', ['桶能装多少水（请求）', 'How much water (requests) the bucket holds'], 1, 1_000_000, 10, '个'),
  queueRate: num('rate', '流出速率', 'Drain rate', ['队列每秒放出多少个请求', 'Requests the queue releases per second'], 0.001, 1_000_000, 5, '个/秒', 0.5),
  queueSize: int('queue', '队列长度', 'Queue size', ['最多有多少个请求排队等待', 'Most requests that can wait in the queue'], 0, 100_000, 10, '个'),
  nginxRate: int('rate', 'rate', 'rate', ['limit_req_zone 的 rate=，必须是正整数', 'rate= of limit_req_zone, a positive whole number'], 1, 100_000, 10, '个'),
  nginxUnit: {
    kind: 'enum',
    name: 'unit',
    label: '单位',
    labelEn: 'Unit',
    help: 'r/s 每秒，r/m 每分钟',
    helpEn: 'r/s per second, r/m per minute',
    options: ['r/s', 'r/m'],
    default: 'r/s',
  } as ParamSpec,
  // nginx's own default: a limit_req without burst= has burst 0 (every request over the rate is refused).
  nginxBurst: int(
    'burst',
    'burst',
    'burst',
    [
      '允许超出 rate 的请求数（排队或 nodelay 时立即处理）；nginx 不写 burst 就是 0',
      'Requests allowed over rate (queued, or served at once with nodelay); without burst nginx uses 0',
    ],
    0,
    100_000,
    0,
    '个',
  ),
  nginxDelay: int(
    'delay',
    'delay',
    'delay',
    [
      '超出部分里前 delay 个立即处理，之后的才延迟（nginx 1.15.7+）',
      'The first delay requests over rate are served at once, later ones are delayed (nginx 1.15.7+)',
    ],
    0,
    100_000,
    0,
    '个',
  ),
  nginxNodelay: {
    kind: 'boolean',
    name: 'nodelay',
    label: 'nodelay',
    labelEn: 'nodelay',
    help: 'burst 以内的请求立即处理，不排队',
    helpEn: 'Requests within burst are served at once, not queued',
    default: false,
  } as ParamSpec,
  nginxStatus: int(
    'status',
    'limit_req_status',
    'limit_req_status',
    ['被拒绝的请求返回的状态码（nginx 默认 503，常改成 429）', 'Status code of a rejected request (nginx defaults to 503; 429 is common)'],
    400,
    599,
    503,
    '',
  ),
  maxBurst: int('max_burst', 'max_burst', 'max_burst', ['允许的突发，limit = max_burst + 1', 'Allowed burst; limit = max_burst + 1'], 0, 100_000, 15, '个'),
  count: int('count', 'count', 'count per period', ['每个 period 允许的请求数', 'Requests allowed per period'], 1, 1_000_000, 30, '个'),
  period: int('period', 'period', 'period', ['周期长度', 'Length of the period'], 1, 86_400, 60, '秒'),
  quantity: int(
    'quantity',
    'quantity',
    'quantity',
    ['每个请求消耗的量（0 只查看不消耗）', 'Amount each request uses (0 only looks, uses nothing)'],
    0,
    100_000,
    1,
    '个',
  ),
} as const;

export const algorithms: readonly AlgorithmInfo[] = [
  {
    id: 'fixed-window',
    name: '固定窗口计数',
    nameEn: 'Fixed window',
    summary: '按固定时间窗口计数，超过上限就拒绝，窗口一到计数清零。',
    summaryEn: 'Counts requests in fixed time windows, rejects over the limit, and resets the count when a new window starts.',
    source: '经典的 INCR + EXPIRE 计数；GitHub API 每小时 5000 次也是按固定的一小时重置。',
    sourceEn: "The classic INCR + EXPIRE counter; GitHub's 5,000 requests an hour also resets on a fixed hour.",
    params: [P.fixedLimit, P.window],
    levelLabel: '当前窗口计数',
    levelLabelEn: 'Count in window',
    rejectStatus: 429,
    canDelay: false,
  },
  {
    id: 'sliding-log',
    name: '滑动窗口日志',
    nameEn: 'Sliding window log',
    summary: '记下每个放行请求的时间戳，任何长度为窗口的区间内都不超过上限。',
    summaryEn: 'Keeps the timestamp of every admitted request; no window-length interval ever exceeds the limit.',
    source: 'Redis 有序集合做法：ZREMRANGEBYSCORE 删旧、ZCARD 计数、放行才 ZADD。',
    sourceEn: 'The Redis sorted-set recipe: ZREMRANGEBYSCORE drops old entries, ZCARD counts, ZADD only on admit.',
    params: [P.fixedLimit, P.window],
    levelLabel: '窗口内请求数',
    levelLabelEn: 'Requests in window',
    rejectStatus: 429,
    canDelay: false,
  },
  {
    id: 'sliding-counter',
    name: '滑动窗口计数（加权近似）',
    nameEn: 'Sliding window counter',
    summary: '上一窗口计数按剩余比例加权，加上当前窗口计数，作为最近一个窗口的估算值。',
    summaryEn: "Weights the previous window's count by the share still inside the window and adds the current count as an estimate of the last window.",
    source: 'Cloudflare《How we built rate limiting capable of scaling to millions of domains》(2017)。',
    sourceEn: 'Cloudflare, "How we built rate limiting capable of scaling to millions of domains" (2017).',
    params: [P.fixedLimit, P.window],
    levelLabel: '估算值',
    levelLabelEn: 'Estimate',
    rejectStatus: 429,
    canDelay: false,
  },
  {
    id: 'token-bucket',
    name: '令牌桶',
    nameEn: 'Token bucket',
    summary: '桶按 rate 匀速补充令牌，请求取走令牌才放行，桶满时允许一次性突发 capacity 个。',
    summaryEn: 'The bucket refills at rate; a request passes only by taking a token, and a full bucket allows a burst of capacity at once.',
    source: '流量整形中的令牌桶（RFC 2697/2698 同一模型），Guava RateLimiter、golang.org/x/time/rate 同样惰性补充。',
    sourceEn: 'The traffic-shaping token bucket (same model as RFC 2697/2698); Guava RateLimiter and golang.org/x/time/rate also refill lazily.',
    params: [P.tbRate, P.tbCapacity, P.tbInitial, P.tbCost],
    levelLabel: '令牌数',
    levelLabelEn: 'Tokens',
    rejectStatus: 429,
    canDelay: false,
  },
  {
    id: 'leaky-meter',
    name: '漏桶（计量型）',
    nameEn: 'Leaky bucket (meter)',
    summary: '每个请求往桶里倒水，桶按 rate 漏水，会溢出就拒绝；不排队。',
    summaryEn: 'Each request pours water into the bucket, which leaks at rate; a request that would overflow is rejected. No queueing.',
    source: '漏桶作为计量器（Tanenbaum《计算机网络》；ITU-T I.371 的 GCRA 即其连续形式）。',
    sourceEn: "The leaky bucket as a meter (Tanenbaum, Computer Networks; ITU-T I.371's GCRA is its continuous form).",
    params: [P.tbRate, P.meterCapacity],
    levelLabel: '水位',
    levelLabelEn: 'Water level',
    rejectStatus: 429,
    canDelay: false,
  },
  {
    id: 'leaky-queue',
    name: '漏桶（队列型）',
    nameEn: 'Leaky bucket (queue)',
    summary: '请求进入有界队列，按固定速率一个个流出；队列满了就拒绝。输出绝对平滑。',
    summaryEn: 'Requests join a bounded queue and leave one by one at a fixed rate; a full queue rejects. The output is perfectly smooth.',
    source: '漏桶作为队列（Tanenbaum《计算机网络》）；nginx limit_req 不加 nodelay 时就是它。',
    sourceEn: 'The leaky bucket as a queue (Tanenbaum, Computer Networks); nginx limit_req without nodelay behaves like this.',
    params: [P.queueRate, P.queueSize],
    levelLabel: '排队数',
    levelLabelEn: 'Queue length',
    rejectStatus: 429,
    canDelay: true,
  },
  {
    id: 'nginx',
    name: 'nginx limit_req',
    nameEn: 'nginx limit_req',
    summary: '按 nginx 源码计算 excess（千分之一请求为单位），超过 burst 返回 503，超过 delay 阈值的请求被延迟处理。',
    summaryEn: "Computes excess as nginx's source does (in thousandths of a request): over burst returns 503, over the delay threshold is delayed.",
    source: 'nginx src/http/modules/ngx_http_limit_req_module.c（lookup 与 account）。',
    sourceEn: 'nginx src/http/modules/ngx_http_limit_req_module.c (lookup and account).',
    params: [P.nginxRate, P.nginxUnit, P.nginxBurst, P.nginxDelay, P.nginxNodelay, P.nginxStatus],
    levelLabel: 'excess（请求数）',
    levelLabelEn: 'Excess (requests)',
    rejectStatus: 503,
    canDelay: true,
  },
  {
    id: 'gcra',
    name: 'GCRA（redis-cell）',
    nameEn: 'GCRA (redis-cell)',
    summary: '只存一个“理论到达时间” TAT，按 redis-cell 的 CL.THROTTLE 计算放行与返回值；与令牌桶等价。',
    summaryEn: "Stores only a theoretical arrival time (TAT) and computes admits and replies like redis-cell's CL.THROTTLE; equivalent to a token bucket.",
    source: 'brandur/redis-cell：redis-cell-impl/src/lib.rs 的 rate_limit 与 CL.THROTTLE 的返回值。',
    sourceEn: 'brandur/redis-cell: rate_limit in redis-cell-impl/src/lib.rs and the CL.THROTTLE reply.',
    params: [P.maxBurst, P.count, P.period, P.quantity],
    levelLabel: 'remaining',
    levelLabelEn: 'remaining',
    rejectStatus: 429,
    canDelay: false,
  },
];

export const algorithmIds: readonly AlgorithmId[] = algorithms.map((a) => a.id);

export function isAlgorithmId(value: string): value is AlgorithmId {
  return (algorithmIds as readonly string[]).includes(value);
}

export function getAlgorithm(id: AlgorithmId): AlgorithmInfo {
  const found = algorithms.find((a) => a.id === id);
  if (!found) throw new Error(`unknown algorithm ${id}`);
  return found;
}

export function defaultParams(id: AlgorithmId): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const spec of getAlgorithm(id).params) out[spec.name] = spec.default;
  return out;
}

/** Builds the engine for validated values (missing values take the defaults). */
export function createLimiter(id: AlgorithmId, values: ParamValues): Limiter {
  switch (id) {
    case 'fixed-window':
      return createFixedWindow({ limit: readNumber(values, P.fixedLimit), windowMs: readNumber(values, P.window) * 1000 });
    case 'sliding-log':
      return createSlidingLog({ limit: readNumber(values, P.fixedLimit), windowMs: readNumber(values, P.window) * 1000 });
    case 'sliding-counter':
      return createSlidingCounter({ limit: readNumber(values, P.fixedLimit), windowMs: readNumber(values, P.window) * 1000 });
    case 'token-bucket':
      return createTokenBucket({
        ratePerSec: readNumber(values, P.tbRate),
        capacity: readNumber(values, P.tbCapacity),
        initialTokens: readNumber(values, P.tbInitial),
      });
    case 'leaky-meter':
      return createLeakyMeter({ ratePerSec: readNumber(values, P.tbRate), capacity: readNumber(values, P.meterCapacity) });
    case 'leaky-queue':
      return createLeakyQueue({ ratePerSec: readNumber(values, P.queueRate), queueSize: readNumber(values, P.queueSize) });
    case 'nginx':
      return createNginxLimitReq({
        rate: readNumber(values, P.nginxRate),
        unit: readString(values, P.nginxUnit) === 'r/m' ? 'r/m' : 'r/s',
        burst: readNumber(values, P.nginxBurst),
        delay: readNumber(values, P.nginxDelay),
        nodelay: readBoolean(values, P.nginxNodelay),
      });
    case 'gcra':
      return createGcra({ maxBurst: readNumber(values, P.maxBurst), count: readNumber(values, P.count), periodSec: readNumber(values, P.period) });
  }
}

/** HTTP status of a rejected request: nginx's `limit_req_status` (default 503), 429 for the others. */
export function rejectStatusOf(id: AlgorithmId, values: ParamValues): number {
  return id === 'nginx' ? readNumber(values, P.nginxStatus) : getAlgorithm(id).rejectStatus;
}

/** Units each request spends: `cost` for the token bucket, `quantity` for GCRA, 1 elsewhere. */
export function costOf(id: AlgorithmId, values: ParamValues): number {
  if (id === 'token-bucket') return readNumber(values, P.tbCost);
  if (id === 'gcra') return readNumber(values, P.quantity);
  return 1;
}

/** A sensible top of the chart's y axis for this algorithm's level. */
export function levelMax(id: AlgorithmId, values: ParamValues): number {
  switch (id) {
    case 'fixed-window':
    case 'sliding-log':
    case 'sliding-counter':
      return readNumber(values, P.fixedLimit);
    case 'token-bucket':
      return readNumber(values, P.tbCapacity);
    case 'leaky-meter':
      return readNumber(values, P.meterCapacity);
    case 'leaky-queue':
      return Math.max(1, readNumber(values, P.queueSize));
    case 'nginx':
      return Math.max(1, readNumber(values, P.nginxBurst));
    case 'gcra':
      return readNumber(values, P.maxBurst) + 1;
  }
}
