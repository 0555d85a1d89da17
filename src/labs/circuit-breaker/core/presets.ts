// The lab's named scenarios (catalogue.ts lists the ids; cards link to `lab:circuit-breaker?preset=<id>`).
// Each is a real configuration (Resilience4j defaults, Sentinel DegradeRule, Hystrix defaults) in
// front of a scripted backend chosen so that one run of 90–180 s shows the whole cycle: the trip,
// fast rejection, probing, and closing. Traffic is a kernel/traffic.ts TrafficSpec.
import type { BackendPhase, BackendScript, LatencySpec, PhaseKind } from './backend.ts';
import type { BreakerSpec } from './breaker-spec.ts';
import { HYSTRIX_DEFAULTS } from './hystrix.ts';
import { RESILIENCE4J_DEFAULTS } from './resilience4j-config.ts';
import { SENTINEL_RULE_DEFAULTS } from './sentinel.ts';

export const CIRCUIT_BREAKER_PRESET_IDS = [
  'resilience4j-default',
  'resilience4j-slow-calls',
  'resilience4j-time-window',
  'sentinel-slow-ratio',
  'sentinel-error-ratio',
  'sentinel-error-count',
  'hystrix-default',
  'notes-sliding-window',
] as const;

export type CircuitBreakerPresetId = (typeof CIRCUIT_BREAKER_PRESET_IDS)[number];

/** The subset of kernel/traffic.ts TrafficSpec the presets use (structurally compatible). */
export type PresetTraffic = { readonly kind: 'steady' | 'poisson'; readonly ratePerSec: number };

export interface CircuitBreakerPreset {
  readonly id: CircuitBreakerPresetId;
  readonly title: string;
  readonly titleEn: string;
  /** One paragraph: which real configuration this is and what to watch for (Chinese, then English). */
  readonly explanation: string;
  readonly explanationEn: string;
  readonly breaker: BreakerSpec;
  readonly backend: BackendScript;
  readonly traffic: PresetTraffic;
  readonly seed: number;
  readonly durationMs: number;
}

const fast: LatencySpec = { kind: 'lognormal', p50Ms: 40, p99Ms: 150 };
const phase = (kind: PhaseKind, fromSec: number, failureRate: number, latency: LatencySpec = fast, rampSec = 0): BackendPhase =>
  rampSec > 0 ? { fromMs: fromSec * 1000, kind, failureRate, latency, rampMs: rampSec * 1000 } : { fromMs: fromSec * 1000, kind, failureRate, latency };

const presetList: readonly CircuitBreakerPreset[] = [
  {
    id: 'resilience4j-default',
    title: 'Resilience4j 默认配置：窗口 100、等 60 秒',
    titleEn: 'Resilience4j defaults: window 100, wait 60 s',
    explanation:
      '完全是 CircuitBreakerConfig.ofDefaults()：COUNT_BASED 窗口 100 次、minimumNumberOfCalls 100、failureRateThreshold 50%、waitDurationInOpenState 60 s、半开放行 10 次。后端第 20 秒开始 70% 失败：窗口里失败占到一半才熔断，之后每个请求直接 CallNotPermitted，快速失败而不是等超时。60 秒后第一个请求把状态带进 HALF_OPEN（默认不开自动转换），10 个探测请求里失败率仍 ≥ 50% 就再开 60 秒；第 100 秒后端恢复，下一轮 10 个探测的失败率低于 50%，回到 CLOSED。注意默认的 60 秒等待在生产上往往太长。',
    explanationEn:
      'Exactly CircuitBreakerConfig.ofDefaults(): a COUNT_BASED window of 100 calls, minimumNumberOfCalls 100, failureRateThreshold 50%, waitDurationInOpenState 60 s, 10 calls permitted half-open. At second 20 the backend starts failing 70% of calls: the breaker trips only once half the window has failed, and from then on every call gets CallNotPermitted, failing fast instead of waiting for a timeout. After 60 s the first call takes it to HALF_OPEN (automatic transition is off by default); if the 10 probes still fail ≥ 50% it opens for another 60 s. At second 100 the backend recovers, the next 10 probes fail under 50%, and it closes. The default 60-second wait is often too long in production.',
    breaker: { model: 'resilience4j', config: RESILIENCE4J_DEFAULTS },
    backend: { phases: [phase('healthy', 0, 1), phase('failing', 20, 70), phase('healthy', 100, 1)] },
    traffic: { kind: 'poisson', ratePerSec: 20 },
    seed: 42,
    durationMs: 180_000,
  },
  {
    id: 'resilience4j-slow-calls',
    title: 'Resilience4j 慢调用熔断：没有一个报错也会断',
    titleEn: 'Resilience4j slow calls: it trips without a single error',
    explanation:
      'slowCallDurationThreshold 1 s、slowCallRateThreshold 50%、窗口 20 次、minimumNumberOfCalls 10、等待 10 s、半开放行 5 次并开启 automaticTransitionFromOpenToHalfOpenEnabled。第 20 秒起后端变慢（中位 1.5 s）但几乎不报错：失败率一直很低，慢调用比例过半照样熔断。看熔断后仍在路上的慢请求陆续返回（在途请求数），以及定时器把 OPEN 自动切到 HALF_OPEN；第 70 秒起后端逐渐恢复，探测请求变快后回到 CLOSED。',
    explanationEn:
      'slowCallDurationThreshold 1 s, slowCallRateThreshold 50%, window 20 calls, minimumNumberOfCalls 10, wait 10 s, 5 calls half-open, automaticTransitionFromOpenToHalfOpenEnabled on. From second 20 the backend slows down (median 1.5 s) but hardly errors: the failure rate stays low, yet more than half the calls are slow, so it trips anyway. Watch the slow calls still in flight come back after it opens, and the timer move OPEN to HALF_OPEN on its own; from second 70 the backend recovers gradually, and once the probes are fast again it closes.',
    breaker: {
      model: 'resilience4j',
      config: {
        ...RESILIENCE4J_DEFAULTS,
        slowCallDurationThreshold: 1000,
        slowCallRateThreshold: 50,
        slidingWindowSize: 20,
        minimumNumberOfCalls: 10,
        waitDurationInOpenState: 10_000,
        permittedNumberOfCallsInHalfOpenState: 5,
        automaticTransitionFromOpenToHalfOpenEnabled: true,
      },
    },
    backend: {
      phases: [
        phase('healthy', 0, 0, { kind: 'lognormal', p50Ms: 80, p99Ms: 250 }),
        phase('slow', 20, 1, { kind: 'lognormal', p50Ms: 1500, p99Ms: 4000 }),
        phase('recovering', 70, 0, { kind: 'lognormal', p50Ms: 80, p99Ms: 250 }, 15),
      ],
    },
    traffic: { kind: 'poisson', ratePerSec: 10 },
    seed: 7,
    durationMs: 120_000,
  },
  {
    id: 'resilience4j-time-window',
    title: 'Resilience4j TIME_BASED 窗口：最近 10 秒',
    titleEn: 'Resilience4j TIME_BASED window: the last 10 seconds',
    explanation:
      'slidingWindowType TIME_BASED、slidingWindowSize 10（秒）、minimumNumberOfCalls 20、失败率阈值 50%、等待 15 s、半开放行 5 次。时间窗口是 10 个按秒的桶，每秒滚动一次、旧桶整桶减掉；和计数窗口不同，流量低时窗口里可能凑不够 20 次调用，再高的失败率也不会熔断。第 30 秒后端 60% 失败，第 75 秒恢复：看桶里的失败数和熔断；故障期间 5 个探测碰巧 3 个成功也会关闭，随即又被打开；恢复后的探测把它关上。',
    explanationEn:
      'slidingWindowType TIME_BASED, slidingWindowSize 10 (seconds), minimumNumberOfCalls 20, failure threshold 50%, wait 15 s, 5 calls half-open. The time window is 10 one-second buckets that roll every second, the oldest bucket dropped whole. Unlike a count window, at low traffic it may never collect 20 calls, and then no failure rate trips it. At second 30 the backend fails 60%, at second 75 it recovers: watch the failures in the buckets and the trip. During the outage, 3 of 5 probes succeeding by luck also closes it, only to open again; after recovery the probes close it for good.',
    breaker: {
      model: 'resilience4j',
      config: {
        ...RESILIENCE4J_DEFAULTS,
        slidingWindowType: 'TIME_BASED',
        slidingWindowSize: 10,
        minimumNumberOfCalls: 20,
        waitDurationInOpenState: 15_000,
        permittedNumberOfCallsInHalfOpenState: 5,
      },
    },
    backend: { phases: [phase('healthy', 0, 1), phase('failing', 30, 60), phase('healthy', 75, 1)] },
    traffic: { kind: 'poisson', ratePerSec: 5 },
    seed: 11,
    durationMs: 120_000,
  },
  {
    id: 'sentinel-slow-ratio',
    title: 'Sentinel 慢调用比例：maxRt 500 ms、比例 0.5',
    titleEn: 'Sentinel slow-call ratio: maxRt 500 ms, ratio 0.5',
    explanation:
      'DegradeRule grade=慢调用比例（DEGRADE_GRADE_RT）、count=500（最大 RT，毫秒）、slowRatioThreshold 0.5、timeWindow 10 s、minRequestAmount 5、statIntervalMs 1000。Sentinel 的统计是 1 个 1 秒的桶，每秒清零，不是最近 N 次；比例严格大于 0.5 才熔断。熔断 10 秒后只放过一个探测请求，其他全部拒绝：这一个请求 RT 超过 500 ms 就再熔断 10 秒，否则立刻关闭。第 20 秒后端变慢，第 70 秒开始恢复。',
    explanationEn:
      "DegradeRule grade=slow-call ratio (DEGRADE_GRADE_RT), count=500 (max RT in ms), slowRatioThreshold 0.5, timeWindow 10 s, minRequestAmount 5, statIntervalMs 1000. Sentinel counts in a single 1-second bucket that resets every second, not the last N calls, and only trips when the ratio is strictly above 0.5. After 10 s of breaking it lets exactly one probe through and rejects everything else: if that call's RT is over 500 ms it breaks for another 10 s, otherwise it closes at once. The backend slows at second 20 and starts recovering at second 70.",
    breaker: {
      model: 'sentinel',
      rule: { ...SENTINEL_RULE_DEFAULTS, grade: 'slow-ratio', count: 500, slowRatioThreshold: 0.5, timeWindow: 10 },
    },
    backend: {
      phases: [
        phase('healthy', 0, 0, { kind: 'lognormal', p50Ms: 60, p99Ms: 200 }),
        phase('slow', 20, 0, { kind: 'lognormal', p50Ms: 800, p99Ms: 2000 }),
        phase('recovering', 70, 0, { kind: 'lognormal', p50Ms: 60, p99Ms: 200 }, 10),
      ],
    },
    traffic: { kind: 'poisson', ratePerSec: 10 },
    seed: 3,
    durationMs: 120_000,
  },
  {
    id: 'sentinel-error-ratio',
    title: 'Sentinel 异常比例：一个探测请求说了算',
    titleEn: 'Sentinel error ratio: one probe decides',
    explanation:
      'DegradeRule grade=异常比例、count=0.5、timeWindow 10 s、minRequestAmount 5、statIntervalMs 1000：1 秒内至少 5 个请求、异常比例严格大于 50% 就熔断。和 Resilience4j 放行 N 个探测不同，Sentinel 半开只放 1 个请求，它成功就关闭：后端还在 70% 失败时，碰巧成功的一个探测也会把熔断器关上，随后一秒内又被打开。第 20 秒开始失败，第 60 秒恢复。',
    explanationEn:
      "DegradeRule grade=error ratio, count=0.5, timeWindow 10 s, minRequestAmount 5, statIntervalMs 1000: at least 5 requests in a second and an error ratio strictly above 50% trip it. Unlike Resilience4j's N probes, Sentinel's half-open state lets one request through and closes if it succeeds: while the backend still fails 70%, one lucky probe closes the breaker, and it opens again within a second. Failures start at second 20, recovery at second 60.",
    breaker: {
      model: 'sentinel',
      rule: { ...SENTINEL_RULE_DEFAULTS, grade: 'error-ratio', count: 0.5, timeWindow: 10 },
    },
    backend: { phases: [phase('healthy', 0, 1), phase('failing', 20, 70), phase('healthy', 60, 1)] },
    traffic: { kind: 'poisson', ratePerSec: 10 },
    seed: 5,
    durationMs: 100_000,
  },
  {
    id: 'sentinel-error-count',
    title: 'Sentinel 异常数：1 分钟内超过 10 个异常',
    titleEn: 'Sentinel error count: more than 10 errors a minute',
    explanation:
      'DegradeRule grade=异常数、count=10、statIntervalMs 60000、timeWindow 10 s、minRequestAmount 5：统计窗口内异常数严格大于 10 就熔断，不看比例。后端第 30 秒起只有 20% 失败，但每秒 10 个请求，几秒就攒够 11 个异常；探测成功关闭时统计清零，异常又重新累计，于是反复熔断。流量越大越容易触发，这正是异常数策略和比例策略的区别。第 80 秒后端恢复。',
    explanationEn:
      'DegradeRule grade=error count, count=10, statIntervalMs 60000, timeWindow 10 s, minRequestAmount 5: more than 10 errors in the stat interval trip it, whatever the ratio. From second 30 the backend fails only 20%, but at 10 requests a second it collects 11 errors in a few seconds; a successful probe closes it and resets the count, the errors pile up again, and it trips over and over. The more traffic, the sooner it trips: that is the difference between the count and the ratio strategies. The backend recovers at second 80.',
    breaker: {
      model: 'sentinel',
      rule: { ...SENTINEL_RULE_DEFAULTS, grade: 'error-count', count: 10, timeWindow: 10, statIntervalMs: 60_000 },
    },
    backend: { phases: [phase('healthy', 0, 0.5), phase('failing', 30, 20), phase('healthy', 80, 0.5)] },
    traffic: { kind: 'poisson', ratePerSec: 10 },
    seed: 9,
    durationMs: 120_000,
  },
  {
    id: 'hystrix-default',
    title: 'Hystrix 默认配置：10 秒 20 个请求、50%、睡 5 秒',
    titleEn: 'Hystrix defaults: 20 requests in 10 s, 50%, sleep 5 s',
    explanation:
      'circuitBreaker.requestVolumeThreshold 20、errorThresholdPercentage 50、sleepWindowInMilliseconds 5000，统计窗口 metrics.rollingStats.timeInMilliseconds 10000，execution.isolation.thread.timeoutInMilliseconds 1000。判断不是每个请求做一次，而是健康快照每 500 ms 出一次（只看已经结束的 500 ms 桶），所以熔断会晚一点。超过 1 秒的调用算超时失败：第 40 秒后端变慢时没有报错，照样熔断。睡眠窗口后只放 1 个测试请求，成功就关闭并清空统计。第 15 秒开始失败，第 60 秒恢复。',
    explanationEn:
      'circuitBreaker.requestVolumeThreshold 20, errorThresholdPercentage 50, sleepWindowInMilliseconds 5000, rolling window metrics.rollingStats.timeInMilliseconds 10000, execution.isolation.thread.timeoutInMilliseconds 1000. The verdict is not made per call but on a health snapshot every 500 ms (covering only finished 500 ms buckets), so it trips a little later. Calls over 1 second count as timeouts, i.e. failures: when the backend slows at second 40 nothing errors, yet it trips. After the sleep window a single test call goes through; if it succeeds the circuit closes and the metrics reset. Failures start at second 15, recovery at second 60.',
    breaker: { model: 'hystrix', config: HYSTRIX_DEFAULTS },
    backend: {
      phases: [
        phase('healthy', 0, 1, { kind: 'lognormal', p50Ms: 30, p99Ms: 120 }),
        phase('failing', 15, 60, { kind: 'lognormal', p50Ms: 30, p99Ms: 120 }),
        phase('slow', 40, 0, { kind: 'lognormal', p50Ms: 1500, p99Ms: 3000 }),
        phase('healthy', 60, 1, { kind: 'lognormal', p50Ms: 30, p99Ms: 120 }),
      ],
    },
    traffic: { kind: 'poisson', ratePerSec: 10 },
    seed: 13,
    durationMs: 90_000,
  },
  {
    id: 'notes-sliding-window',
    title: '笔记说“熔断就是滑动窗口计数”：那是限流',
    titleEn: 'The notes say "circuit breaking is a sliding-window counter": that is rate limiting',
    explanation:
      '笔记写“熔断就是用 PHP 扩展滑动窗口计数，X 秒内最多允许 Y 个请求”：这是限流（数请求有多少），熔断数的是结果（失败和慢调用占多少）。这里是真正的熔断器：Resilience4j TIME_BASED 10 秒窗口、minimumNumberOfCalls 20、失败率 50%。前 40 秒每秒 30 个请求、10 秒 300 个，后端健康，熔断器一直 CLOSED、一个都不拒绝，“Y 个请求”的限流器却早就开始拒绝了。第 40 秒后端 60% 失败，请求量没变，熔断器打开、快速失败；第 80 秒恢复后，自动半开的 5 个探测成功，回到 CLOSED。滑动窗口只是它的统计方式，机制是 CLOSED/OPEN/HALF_OPEN 状态机。',
    explanationEn:
      'The notes say "a circuit breaker is a sliding-window counter in a PHP extension, at most Y requests in X seconds". That is rate limiting (counting how many requests come); a circuit breaker counts outcomes (how many fail or are slow). This is a real circuit breaker: Resilience4j, TIME_BASED 10-second window, minimumNumberOfCalls 20, failure rate 50%. For the first 40 seconds 30 calls a second arrive, 300 per 10 seconds, the backend is healthy, and the breaker stays CLOSED and rejects nothing, where a "Y requests" limiter would long since be rejecting. At second 40 the backend fails 60% at the same volume: the breaker opens and fails fast. After recovery at second 80 the 5 automatic half-open probes succeed and it closes. The sliding window is only how it counts; the mechanism is the CLOSED/OPEN/HALF_OPEN state machine.',
    breaker: {
      model: 'resilience4j',
      config: {
        ...RESILIENCE4J_DEFAULTS,
        slidingWindowType: 'TIME_BASED',
        slidingWindowSize: 10,
        minimumNumberOfCalls: 20,
        waitDurationInOpenState: 10_000,
        permittedNumberOfCallsInHalfOpenState: 5,
        automaticTransitionFromOpenToHalfOpenEnabled: true,
      },
    },
    backend: { phases: [phase('healthy', 0, 0.5), phase('failing', 40, 60), phase('healthy', 80, 0.5)] },
    traffic: { kind: 'poisson', ratePerSec: 30 },
    seed: 21,
    durationMs: 120_000,
  },
];

export const circuitBreakerPresets: Readonly<Record<CircuitBreakerPresetId, CircuitBreakerPreset>> = Object.freeze(
  Object.fromEntries(presetList.map((p) => [p.id, p])) as Record<CircuitBreakerPresetId, CircuitBreakerPreset>,
);

export function isCircuitBreakerPresetId(id: string): id is CircuitBreakerPresetId {
  return (CIRCUIT_BREAKER_PRESET_IDS as readonly string[]).includes(id);
}

export const DEFAULT_PRESET_ID: CircuitBreakerPresetId = 'resilience4j-default';
