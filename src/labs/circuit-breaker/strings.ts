// Every user-facing word of the circuit-breaker view, in Chinese and English. The engine's own sentences (why a call was
// rejected, why the state changed) come from core/explain.ts; these are the page's labels.
import type { BreakerModelKind, BreakerState, ManualTarget, RejectReason } from './core/breaker-types.ts';
import type { PhaseKind } from './core/backend.ts';
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';

const zhS = {
  title: '熔断实验',
  colon: '：',
  listSep: '，',
  paren: (text: string) => `（${text}）`,
  unitSec: '秒',
  unitPerSec: '个/秒',
  times: (n: string) => `${n} 次`,
  countBased: 'COUNT_BASED（最近 N 次）',
  timeBased: 'TIME_BASED（最近 N 秒）',
  autoFalse: 'false（等下一个请求）',
  autoTrue: 'true（定时器）',
  intro:
    '熔断器包在对下游的调用外面：CLOSED 时放行并在滑动窗口里统计失败率和慢调用比例，窗口里调用数够了、任一比例达到阈值就跳到 OPEN，之后的请求直接拒绝（快速失败）；等一段时间进入 HALF_OPEN，只放少量探测请求，达标回到 CLOSED，不达标再打开。下面每一个数字都来自按真实实现（Resilience4j、Sentinel、Hystrix）写的引擎：选一个场景，按 ▶ 播放或 → 单步，看它跳闸、拒绝、探测、恢复。',
  presetLabel: '场景',
  presetModified: '已按你的修改运行',
  presetReset: '恢复这个场景的预设值',
  urlProblems: '链接里有参数不对，已用预设值代替：',

  paramsTitle: '参数',
  breakerTitle: '熔断器配置',
  modelLabel: '实现',
  hystrixRollingTooShort: 'metricsRollingStatsTimeInMilliseconds 不能小于 metricsHealthSnapshotIntervalInMilliseconds',
  trafficTitle: '流量',
  trafficKind: '到达方式',
  trafficKinds: { steady: '匀速（steady）', poisson: '随机（Poisson）' } as Record<'steady' | 'poisson', string>,
  rate: '每秒请求数',
  duration: '运行时长',
  seed: '随机种子',
  nextSeed: '换一个种子',
  seedHelp: '同一个种子 = 同样的到达时间和后端运气',

  backendTitle: '后端脚本',
  backendHelp:
    '后端的健康按阶段变化：每个阶段从“开始”那一秒起生效，直到下一个阶段；“渐变”是从上一阶段线性过渡的秒数（0 = 立即切换）。换类型会填入这一类的典型值，可以再改。改动立刻重新运行。',
  phase: (i: number) => `阶段 ${i + 1}`,
  phaseKind: '类型',
  phaseStart: '开始',
  phaseFailure: '失败率',
  phaseP50: '中位数',
  phaseP99: '尾延迟',
  phaseMean: '平均',
  phaseJitter: '抖动 ±',
  phaseRamp: '渐变',
  addPhase: '＋ 加一个阶段',
  removePhase: (i: number) => `删除阶段 ${i + 1}`,
  phaseStartBeforePrevious: (s: number) => `不能早于上一阶段的开始（${s} s）`,
  phaseStartAfterNext: (s: number) => `不能晚于下一阶段的开始（${s} s）`,
  p99BelowP50: 'p99 不能小于中位数',
  backendUrlError: '链接里的 backend 不对，已用场景自带的后端脚本',

  stageTitle: '运行',
  truncated: (rows: number, s: string) => `这次运行事件太多，只记录了前 ${rows} 行（到 ${s}）；播放到此为止，快进一小时不受影响。`,

  machineTitle: '状态机',
  machineAria: (state: string, last: string) => `熔断器状态机，当前状态 ${state}${last ? `，刚才 ${last}` : ''}`,
  currentState: '当前状态',
  lastTransition: '最近一次切换',
  noTransitionYet: '还没有切换过',

  windowTitle: '滑动窗口',
  windowCount: (n: number) => `最近 ${n} 次调用（COUNT_BASED），旧 → 新`,
  windowHalfOpen: (n: number) => `半开探测窗口：permittedNumberOfCallsInHalfOpenState = ${n}，旧 → 新`,
  windowTime: (n: number) => `最近 ${n} 秒，每秒一个桶（TIME_BASED）`,
  windowSentinel: (ms: number) => `统计窗口 statIntervalMs = ${ms} ms：一个桶，每个周期从零开始`,
  windowHystrix: (n: number, ms: number) => `健康快照：最近 ${n} 个已结束的 ${ms} ms 桶`,
  windowOpenNote: 'OPEN 时保留触发熔断的窗口；熔断前已发出的请求返回后仍记进来',
  windowNone: (state: string) => `${state} 不统计任何调用`,
  windowCapped: (shown: number, total: number) => `只画最近 ${shown} 格，窗口共 ${total} 格`,
  windowAria: (calls: number, failed: number, slow: number) => `窗口里 ${calls} 次调用，失败 ${failed}，慢调用 ${slow}`,
  legendSuccess: '成功',
  legendFailure: '失败',
  legendSlow: '慢调用',
  legendSlowFailure: '慢且失败',
  legendEmpty: '空位',
  bucketCalls: '调用数',

  countersTitle: '计数器',
  buffered: '窗口内调用数',
  minimum: (key: string) => `最少调用数 ${key}`,
  minimumReached: '已够，开始判定',
  minimumMissing: (k: number) => `还差 ${k} 次，不判定`,
  failureRate: '失败率',
  slowRate: '慢调用比例',
  errorCount: '异常数',
  timeouts: '超时次数（算失败）',
  noThreshold: '这条规则不看它',
  probesLeft: '探测名额',
  probesLeftValue: (left: number, total: number) => `还剩 ${left} / ${total}`,
  singleProbe: '唯一的探测请求已放出，等它返回',
  openLeft: '距 HALF_OPEN',
  openLeftValue: (s: string) => `还有 ${s}`,
  openElapsedAuto: '等待已满，定时器马上转入 HALF_OPEN',
  openElapsedCall: '等待已满：下一个请求会转入 HALF_OPEN 并作为探测放行',
  inFlight: '在途请求',
  notPermitted: '本状态内拒绝',

  manualTitle: '手动操作',
  manualHelp: '按钮在播放器当前时刻生效，记在链接里（actions=…），分享出去别人看到同样的运行。',
  forceOpen: '强制打开',
  disable: '停用',
  close: '恢复闭合',
  manualKeys: { FORCED_OPEN: 'transitionToForcedOpenState()', DISABLED: 'transitionToDisabledState()', CLOSED: 'transitionToClosedState()' } as Record<
    ManualTarget,
    string
  >,
  manualLabels: { FORCED_OPEN: '强制打开', DISABLED: '停用', CLOSED: '恢复闭合' } as Record<ManualTarget, string>,
  manualOnlyR4j: (model: string) => `${model} 没有手动切换状态的接口（Resilience4j 才有 transitionToForcedOpenState() 等），这里只能发请求。`,
  sendOne: '发一个请求',
  sendHelp: '在当前时刻多发一个请求（记在链接里 send=…）。之后请求的编号会顺延，后端对它们的随机结果也随之变化。',
  actionAt: (s: string, what: string) => `${s} ${what}`,
  sendAt: (s: string) => `${s} 手动发送的请求`,
  remove: '删除',
  removeItem: (what: string) => `删除：${what}`,
  clearManual: '全部清除',

  timelineTitle: '状态时间线',
  timelineHelp: '点一下跳到那个时刻',
  timelineAria: (parts: string) => `状态时间线：${parts}`,
  ratesTitle: '熔断器看到的比例',
  ratesAria: '每秒末熔断器窗口里的失败率与慢调用比例，虚线是阈值',
  ratesBelowMinimum: '灰底：调用数不足，不判定',
  ratesBackend: '后端设定的失败率',
  ratesThreshold: (key: string, v: string) => `${key} ${v}%`,
  ratesErrorCountNote: (count: number) => `异常数策略看的是个数（count = ${count}），不是比例；图上的比例只作参考。`,
  trafficChartTitle: '每秒请求',
  trafficPermitted: '放行',
  trafficRejected: '拒绝',
  trafficFailures: '失败（含超时）',

  transitionsTitle: '状态切换（为什么）',
  transitionsEmpty: '到目前为止还没有切换',
  transitionsMore: (n: number) => `更早的 ${n} 次没有列出`,
  jumpTo: (s: string) => `跳到 ${s}`,

  traceCaption: '事件记录（最新在上）',
  colTime: '时间',
  colEvent: '事件',
  colDecision: '决定',
  colWhy: '为什么',
  colState: '之后的状态',
  eventCall: (id: number, manual: boolean) => `请求 #${id}${manual ? '（手动）' : ''}`,
  eventResult: (id: number) => `#${id} 返回`,
  eventTimer: '定时器',
  eventAction: '手动操作',
  decisionPermit: '放行',
  decisionReject: '拒绝',
  stateSummary: (calls: number, failure: string, slow: string, inFlight: number) => `窗口 ${calls} 次 · 失败 ${failure}% · 慢 ${slow}% · 在途 ${inFlight}`,
  stateOpenUntil: (s: string) => ` · 等到 ${s}`,
  stateProbes: (n: number) => ` · 探测余 ${n}`,

  ffTitle: '快进一小时',
  ffHelp: '不逐个播放，直接把同样的配置、流量和种子跑满 3600 秒（fastForwardBreaker 只计数），后端脚本的最后一个阶段持续到结束。',
  ffButton: '快进一小时',
  ffBusy: '计算中…',
  ffStop: '停止',
  ffError: (message: string) => `快进没有完成：${message}。当前的运行和参数都还在，可以再试一次。`,
  ffTotals: '一小时合计',
  ffArrivals: '请求',
  ffPermitted: '放行',
  ffRejected: '拒绝',
  ffRejectedBy: { open: 'OPEN 拒绝', 'half-open-full': '半开名额已满', 'forced-open': '强制打开拒绝' } as Record<RejectReason, string>,
  ffCompleted: '已返回',
  ffSuccesses: '成功',
  ffFailures: '失败（含超时）',
  ffSlow: '慢调用',
  ffTimeouts: '超时',
  ffInFlight: '结束时在途',
  ffTransitions: '状态切换',
  ffEntered: (state: string) => `进入 ${state}`,
  ffTimeIn: (state: string) => `${state} 时长`,
  ffFinal: '最终状态',

  notesTitle: '笔记里的说法，对照真的熔断器',
  notesQuote: '熔断：熔断就是用php扩展滑动窗口计数\n滑动窗口算法限流最适合的需求场景，就是X秒内，最多允许Y个请求',
  notesLimitTitle: '“X 秒内最多 Y 个请求” = 限流',
  notesLimitBody: '数的是请求有多少，不管成败；超过 Y 就拒绝，哪怕后端完全健康。',
  notesBreakTitle: '“失败率 / 慢调用率超过阈值” = 熔断',
  notesBreakBody: '数的是结果好坏；请求再多，只要后端健康就一个都不拒绝；后端坏了，请求量不变也会打开。滑动窗口只是它统计的方式。',
  notesLive: (n: number, rejected: number, failure: string, threshold: string, state: string) =>
    `此刻最近 10 秒到达 ${n} 个请求，熔断器拒绝了 ${rejected} 个；它窗口里的失败率 ${failure}%（阈值 ${threshold}%），状态 ${state}。`,
  notesLink: '笔记原文和更正见页面下方的相关卡片',

  seconds: (ms: number) => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : ms < 10_000 ? 2 : 1)} s`,
  at: (ms: number) => `t=${(ms / 1000).toFixed(3)} s`,
  minutes: (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} 分钟` : `${(ms / 1000).toFixed(1)} 秒`),
};

/** Labels of the four regular edges of the state machine, by model (numbers filled in by edgeLabels). */
export const EDGE_LABELS = {
  'CLOSED>OPEN': '',
  'OPEN>HALF_OPEN': '',
  'HALF_OPEN>OPEN': '',
  'HALF_OPEN>CLOSED': '',
} as const;

export function edgeLabels(model: BreakerModelKind, waitMs: number): Readonly<Record<keyof typeof EDGE_LABELS, string>> {
  const wait = waitMs >= 1000 ? `${waitMs / 1000} s` : `${waitMs} ms`;
  if (currentLanguage() === 'en') return edgeLabelsEn(model, wait);
  switch (model) {
    case 'resilience4j':
      return {
        'CLOSED>OPEN': '失败率或慢调用比例 ≥ 阈值',
        'OPEN>HALF_OPEN': `等满 ${wait}`,
        'HALF_OPEN>OPEN': '探测仍 ≥ 阈值',
        'HALF_OPEN>CLOSED': '探测低于阈值',
      };
    case 'sentinel':
      return { 'CLOSED>OPEN': '比例或异常数 > 阈值', 'OPEN>HALF_OPEN': `${wait} 后的请求`, 'HALF_OPEN>OPEN': '探测不达标', 'HALF_OPEN>CLOSED': '探测达标' };
    case 'hystrix':
      return {
        'CLOSED>OPEN': '快照错误率 ≥ 阈值',
        'OPEN>HALF_OPEN': `睡满 ${wait} 后的请求`,
        'HALF_OPEN>OPEN': '测试请求失败',
        'HALF_OPEN>CLOSED': '测试请求成功',
      };
  }
}

const zhStateShort: Readonly<Record<BreakerState, string>> = {
  CLOSED: '闭合',
  OPEN: '打开',
  HALF_OPEN: '半开',
  FORCED_OPEN: '强制打开',
  DISABLED: '停用',
};

const zhModelNotes: Readonly<Record<BreakerModelKind, string>> = {
  resilience4j: 'Resilience4j CircuitBreakerConfig（Spring Boot 里 resilience4j.circuitbreaker.instances.<name> 下的键）',
  sentinel: 'Sentinel DegradeRule（熔断降级规则）',
  hystrix: 'Hystrix HystrixCommandProperties（hystrix.command.default. 之后的键）',
};

/** Labels of the configuration fields: the real key is shown next to each. */
type FieldLabel = { label: string; unit?: string; help?: string };
const zhFieldLabels: Readonly<Record<string, FieldLabel>> = {
  failureRateThreshold: { label: '失败率阈值', unit: '%', help: '失败率 ≥ 它就打开' },
  slowCallRateThreshold: { label: '慢调用比例阈值', unit: '%', help: '慢调用比例 ≥ 它就打开；默认 100 几乎不触发' },
  slowCallDurationThreshold: { label: '慢调用时长', unit: 'ms', help: '耗时严格大于它算慢调用' },
  slidingWindowType: { label: '窗口类型' },
  slidingWindowSize: { label: '窗口大小', unit: '次或秒', help: 'COUNT_BASED 是次数，TIME_BASED 是秒数' },
  minimumNumberOfCalls: { label: '最少调用数', help: '窗口里不到这么多次调用不判定' },
  waitDurationInOpenState: { label: 'OPEN 等待时长', unit: 'ms' },
  permittedNumberOfCallsInHalfOpenState: { label: '半开放行数' },
  automaticTransitionFromOpenToHalfOpenEnabled: { label: '到时自动转半开', help: '关着时要等下一个请求来才转 HALF_OPEN' },
  maxWaitDurationInHalfOpenState: { label: '半开最长等待', unit: 'ms', help: '0 = 一直等到探测有结论' },
  transitionToStateAfterWaitDuration: { label: '半开超时后去' },
  grade: { label: '熔断策略' },
  count: { label: '阈值' },
  slowRatioThreshold: { label: '慢调用比例阈值', unit: '0–1', help: '比例严格大于它才熔断' },
  timeWindow: { label: '熔断时长', unit: '秒' },
  minRequestAmount: { label: '最少请求数' },
  statIntervalMs: { label: '统计时长', unit: 'ms' },
  requestVolumeThreshold: { label: '最少请求数', help: '滚动窗口里不到这么多请求不判定' },
  errorThresholdPercentage: { label: '错误率阈值', unit: '%', help: '错误率 ≥ 它就打开' },
  sleepWindowInMilliseconds: { label: '睡眠窗口', unit: 'ms' },
  metricsRollingStatsTimeInMilliseconds: { label: '统计窗口', unit: 'ms' },
  metricsHealthSnapshotIntervalInMilliseconds: { label: '健康快照间隔', unit: 'ms' },
  executionTimeoutInMilliseconds: { label: '执行超时', unit: 'ms', help: '超过它算超时，记为失败' },
};

const zhSentinelCount: Readonly<Record<'slow-ratio' | 'error-ratio' | 'error-count', FieldLabel>> = {
  'slow-ratio': { label: '最大 RT', unit: 'ms', help: 'RT 严格大于它算慢调用' },
  'error-ratio': { label: '异常比例阈值', unit: '0–1', help: '异常比例严格大于它就熔断' },
  'error-count': { label: '异常数阈值', unit: '个', help: '统计时长内异常数严格大于它就熔断' },
};

const zhSentinelGrade: Readonly<Record<'slow-ratio' | 'error-ratio' | 'error-count', string>> = {
  'slow-ratio': '慢调用比例（DEGRADE_GRADE_RT）',
  'error-ratio': '异常比例（DEGRADE_GRADE_EXCEPTION_RATIO）',
  'error-count': '异常数（DEGRADE_GRADE_EXCEPTION_COUNT）',
};

export const PHASE_DEFAULTS: Readonly<Record<PhaseKind, { failureRate: number; p50Ms: number; p99Ms: number; rampSec: number }>> = {
  healthy: { failureRate: 1, p50Ms: 40, p99Ms: 150, rampSec: 0 },
  failing: { failureRate: 70, p50Ms: 40, p99Ms: 150, rampSec: 0 },
  slow: { failureRate: 1, p50Ms: 1500, p99Ms: 4000, rampSec: 0 },
  recovering: { failureRate: 0, p50Ms: 40, p99Ms: 150, rampSec: 15 },
};

const enS: typeof zhS = {
  title: 'Circuit-breaker lab',
  colon: ': ',
  listSep: ', ',
  paren: (text: string) => ` (${text})`,
  unitSec: 's',
  unitPerSec: 'calls/s',
  times: (n: string) => `${n}×`,
  countBased: 'COUNT_BASED (last N calls)',
  timeBased: 'TIME_BASED (last N seconds)',
  autoFalse: 'false (wait for the next call)',
  autoTrue: 'true (timer)',
  intro:
    'A circuit breaker wraps the calls to a downstream service. CLOSED: calls pass, and a sliding window tracks the failure rate and the slow-call rate; once the window holds enough calls and either rate reaches its threshold it trips to OPEN, and calls are rejected at once (fail fast). After a wait it goes HALF_OPEN and lets a few probe calls through: good results close it again, bad ones open it again. Every number below comes from an engine written after the real implementations (Resilience4j, Sentinel, Hystrix): pick a scenario, press ▶ to play or → to step, and watch it trip, reject, probe and recover.',
  presetLabel: 'Scenario',
  presetModified: 'Running with your changes',
  presetReset: "Reset this scenario's values",
  urlProblems: 'Some parameters in the link were invalid; the preset values are used instead:',

  paramsTitle: 'Parameters',
  breakerTitle: 'Breaker config',
  modelLabel: 'Implementation',
  hystrixRollingTooShort: 'metricsRollingStatsTimeInMilliseconds cannot be less than metricsHealthSnapshotIntervalInMilliseconds',
  trafficTitle: 'Traffic',
  trafficKind: 'Arrivals',
  trafficKinds: { steady: 'Steady', poisson: 'Random (Poisson)' },
  rate: 'Requests per second',
  duration: 'Run length',
  seed: 'Seed',
  nextSeed: 'New seed',
  seedHelp: 'Same seed = same arrival times and the same backend luck',

  backendTitle: 'Backend script',
  backendHelp:
    'The backend\'s health changes in phases: each phase applies from its start second until the next one; "ramp" is how many seconds it takes to blend in from the previous phase (0 = switch at once). Changing the kind fills in typical values, which you can edit. Every change reruns at once.',
  phase: (i: number) => `Phase ${i + 1}`,
  phaseKind: 'Kind',
  phaseStart: 'Start',
  phaseFailure: 'Failure rate',
  phaseP50: 'Median',
  phaseP99: 'Tail (p99)',
  phaseMean: 'Mean',
  phaseJitter: 'Jitter ±',
  phaseRamp: 'Ramp',
  addPhase: '+ Add a phase',
  removePhase: (i: number) => `Remove phase ${i + 1}`,
  phaseStartBeforePrevious: (s: number) => `Cannot start before the previous phase (${s} s)`,
  phaseStartAfterNext: (s: number) => `Cannot start after the next phase (${s} s)`,
  p99BelowP50: 'p99 cannot be below the median',
  backendUrlError: "The backend in the link is invalid; the scenario's own backend script is used",

  stageTitle: 'Run',
  truncated: (rows: number, s: string) =>
    `This run has too many events; only the first ${rows} rows are recorded (up to ${s}). Playback stops there; the one-hour fast-forward is not affected.`,

  machineTitle: 'State machine',
  machineAria: (state: string, last: string) => `Circuit breaker state machine, current state ${state}${last ? `, just now ${last}` : ''}`,
  currentState: 'Current state',
  lastTransition: 'Last transition',
  noTransitionYet: 'No transition yet',

  windowTitle: 'Sliding window',
  windowCount: (n: number) => `Last ${n} calls (COUNT_BASED), oldest → newest`,
  windowHalfOpen: (n: number) => `Half-open probe window: permittedNumberOfCallsInHalfOpenState = ${n}, oldest → newest`,
  windowTime: (n: number) => `Last ${n} seconds, one bucket per second (TIME_BASED)`,
  windowSentinel: (ms: number) => `Stat window statIntervalMs = ${ms} ms: one bucket that starts from zero each interval`,
  windowHystrix: (n: number, ms: number) => `Health snapshot: the last ${n} finished ${ms} ms buckets`,
  windowOpenNote: 'OPEN keeps the window that tripped it; calls sent before it opened are still recorded when they return',
  windowNone: (state: string) => `${state} records no calls`,
  windowCapped: (shown: number, total: number) => `Showing the last ${shown} slots of ${total}`,
  windowAria: (calls: number, failed: number, slow: number) => `${calls} calls in the window, ${failed} failed, ${slow} slow`,
  legendSuccess: 'success',
  legendFailure: 'failure',
  legendSlow: 'slow',
  legendSlowFailure: 'slow and failed',
  legendEmpty: 'empty',
  bucketCalls: 'calls',

  countersTitle: 'Counters',
  buffered: 'Calls in window',
  minimum: (key: string) => `Minimum calls ${key}`,
  minimumReached: 'reached, rates are evaluated',
  minimumMissing: (k: number) => `${k} more needed, not evaluated`,
  failureRate: 'Failure rate',
  slowRate: 'Slow-call rate',
  errorCount: 'Error count',
  timeouts: 'Timeouts (count as failures)',
  noThreshold: 'this rule ignores it',
  probesLeft: 'Probe permits',
  probesLeftValue: (left: number, total: number) => `${left} of ${total} left`,
  singleProbe: 'The single probe is out; waiting for it to return',
  openLeft: 'Until HALF_OPEN',
  openLeftValue: (s: string) => `${s} left`,
  openElapsedAuto: 'Wait is over; the timer moves to HALF_OPEN now',
  openElapsedCall: 'Wait is over: the next call moves to HALF_OPEN and goes through as a probe',
  inFlight: 'In flight',
  notPermitted: 'Rejected in this state',

  manualTitle: 'Manual actions',
  manualHelp: "Buttons act at the player's current time and go into the link (actions=…), so whoever you share it with sees the same run.",
  forceOpen: 'Force open',
  disable: 'Disable',
  close: 'Close again',
  manualKeys: { FORCED_OPEN: 'transitionToForcedOpenState()', DISABLED: 'transitionToDisabledState()', CLOSED: 'transitionToClosedState()' },
  manualLabels: { FORCED_OPEN: 'Force open', DISABLED: 'Disable', CLOSED: 'Close again' },
  manualOnlyR4j: (model: string) =>
    `${model} has no API to switch state by hand (Resilience4j has transitionToForcedOpenState() and friends); here you can only send calls.`,
  sendOne: 'Send one call',
  sendHelp:
    "Sends one extra call at the current time (kept in the link as send=…). Later calls are renumbered, so the backend's random outcomes for them change too.",
  actionAt: (s: string, what: string) => `${s} ${what}`,
  sendAt: (s: string) => `${s} call sent by hand`,
  remove: 'Remove',
  removeItem: (what: string) => `Remove: ${what}`,
  clearManual: 'Clear all',

  timelineTitle: 'State timeline',
  timelineHelp: 'Click to jump to that moment',
  timelineAria: (parts: string) => `State timeline: ${parts}`,
  ratesTitle: 'Rates the breaker sees',
  ratesAria: "Failure rate and slow-call rate in the breaker's window at the end of each second; dashed lines are the thresholds",
  ratesBelowMinimum: 'Grey: too few calls, not evaluated',
  ratesBackend: "Backend's scripted failure rate",
  ratesThreshold: (key: string, v: string) => `${key} ${v}%`,
  ratesErrorCountNote: (count: number) => `The error-count rule looks at a count (count = ${count}), not a rate; the rates here are for reference only.`,
  trafficChartTitle: 'Calls per second',
  trafficPermitted: 'Permitted',
  trafficRejected: 'Rejected',
  trafficFailures: 'Failed (incl. timeouts)',

  transitionsTitle: 'State transitions (why)',
  transitionsEmpty: 'No transition so far',
  transitionsMore: (n: number) => `${n} earlier ones not listed`,
  jumpTo: (s: string) => `Jump to ${s}`,

  traceCaption: 'Event log (newest first)',
  colTime: 'Time',
  colEvent: 'Event',
  colDecision: 'Decision',
  colWhy: 'Why',
  colState: 'State after',
  eventCall: (id: number, manual: boolean) => `Call #${id}${manual ? ' (manual)' : ''}`,
  eventResult: (id: number) => `#${id} returns`,
  eventTimer: 'Timer',
  eventAction: 'Manual action',
  decisionPermit: 'Permitted',
  decisionReject: 'Rejected',
  stateSummary: (calls: number, failure: string, slow: string, inFlight: number) =>
    `window ${calls} · failed ${failure}% · slow ${slow}% · in flight ${inFlight}`,
  stateOpenUntil: (s: string) => ` · until ${s}`,
  stateProbes: (n: number) => ` · ${n} probes left`,

  ffTitle: 'Fast-forward one hour',
  ffHelp:
    "Instead of playing call by call, runs the same config, traffic and seed for the full 3,600 seconds (fastForwardBreaker only counts); the backend script's last phase lasts to the end.",
  ffButton: 'Fast-forward one hour',
  ffBusy: 'Computing…',
  ffStop: 'Stop',
  ffError: (message: string) => `The fast-forward did not finish: ${message}. The run above and its settings are unchanged; you can try again.`,
  ffTotals: 'Totals for the hour',
  ffArrivals: 'Calls',
  ffPermitted: 'Permitted',
  ffRejected: 'Rejected',
  ffRejectedBy: { open: 'rejected while OPEN', 'half-open-full': 'half-open permits used up', 'forced-open': 'rejected while FORCED_OPEN' },
  ffCompleted: 'Returned',
  ffSuccesses: 'Succeeded',
  ffFailures: 'Failed (incl. timeouts)',
  ffSlow: 'Slow',
  ffTimeouts: 'Timed out',
  ffInFlight: 'In flight at the end',
  ffTransitions: 'State transitions',
  ffEntered: (state: string) => `entered ${state}`,
  ffTimeIn: (state: string) => `time in ${state}`,
  ffFinal: 'Final state',

  notesTitle: 'What the notes say, against a real circuit breaker',
  notesQuote:
    'Circuit breaking: a circuit breaker is a sliding-window counter in a PHP extension\nA sliding window suits limits of the form "at most Y requests in X seconds"',
  notesLimitTitle: '"At most Y requests in X seconds" = rate limiting',
  notesLimitBody: 'It counts how many requests come, success or not; over Y it rejects, even when the backend is perfectly healthy.',
  notesBreakTitle: '"Failure / slow-call rate over a threshold" = circuit breaking',
  notesBreakBody:
    'It counts how calls turn out: however many requests come, a healthy backend means nothing is rejected; a broken backend opens it at the same volume. The sliding window is only how it counts.',
  notesLive: (n: number, rejected: number, failure: string, threshold: string, state: string) =>
    `In the last 10 seconds ${n} calls arrived and the breaker rejected ${rejected}; the failure rate in its window is ${failure}% (threshold ${threshold}%), state ${state}.`,
  notesLink: "The notes' original text and corrections are in the related cards below",

  seconds: (ms: number) => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : ms < 10_000 ? 2 : 1)} s`,
  at: (ms: number) => `t=${(ms / 1000).toFixed(3)} s`,
  minutes: (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`),
};

function edgeLabelsEn(model: BreakerModelKind, wait: string): Readonly<Record<keyof typeof EDGE_LABELS, string>> {
  switch (model) {
    case 'resilience4j':
      return {
        'CLOSED>OPEN': 'failure or slow-call rate ≥ threshold',
        'OPEN>HALF_OPEN': `after ${wait}`,
        'HALF_OPEN>OPEN': 'probes still ≥ threshold',
        'HALF_OPEN>CLOSED': 'probes below threshold',
      };
    case 'sentinel':
      return {
        'CLOSED>OPEN': 'rate or error count > threshold',
        'OPEN>HALF_OPEN': `first call after ${wait}`,
        'HALF_OPEN>OPEN': 'probe fails the rule',
        'HALF_OPEN>CLOSED': 'probe passes',
      };
    case 'hystrix':
      return {
        'CLOSED>OPEN': 'snapshot error % ≥ threshold',
        'OPEN>HALF_OPEN': `first call after ${wait} sleep`,
        'HALF_OPEN>OPEN': 'test call fails',
        'HALF_OPEN>CLOSED': 'test call succeeds',
      };
  }
}

// The Chinese names translate the state; in English the state already is the word, so say what it does.
const enStateShort: typeof zhStateShort = {
  CLOSED: 'calls pass',
  OPEN: 'fail fast',
  HALF_OPEN: 'probing',
  FORCED_OPEN: 'all rejected',
  DISABLED: 'not breaking',
};

const enModelNotes: typeof zhModelNotes = {
  resilience4j: 'Resilience4j CircuitBreakerConfig (the keys under resilience4j.circuitbreaker.instances.<name> in Spring Boot)',
  sentinel: 'Sentinel DegradeRule (circuit-breaking rule)',
  hystrix: 'Hystrix HystrixCommandProperties (the keys after hystrix.command.default.)',
};

const enFieldLabels: typeof zhFieldLabels = {
  failureRateThreshold: { label: 'Failure rate threshold', unit: '%', help: 'Opens when the failure rate is ≥ this' },
  slowCallRateThreshold: { label: 'Slow-call rate threshold', unit: '%', help: 'Opens when the slow-call rate is ≥ this; the default 100 almost never trips' },
  slowCallDurationThreshold: { label: 'Slow-call duration', unit: 'ms', help: 'A call taking strictly longer is slow' },
  slidingWindowType: { label: 'Window type' },
  slidingWindowSize: { label: 'Window size', unit: 'calls or s', help: 'Calls for COUNT_BASED, seconds for TIME_BASED' },
  minimumNumberOfCalls: { label: 'Minimum calls', help: 'No verdict until the window holds this many calls' },
  waitDurationInOpenState: { label: 'Wait in OPEN', unit: 'ms' },
  permittedNumberOfCallsInHalfOpenState: { label: 'Calls permitted half-open' },
  automaticTransitionFromOpenToHalfOpenEnabled: { label: 'Go half-open on a timer', help: 'When off, HALF_OPEN waits for the next call' },
  maxWaitDurationInHalfOpenState: { label: 'Max wait half-open', unit: 'ms', help: '0 = wait until the probes decide' },
  transitionToStateAfterWaitDuration: { label: 'After half-open timeout go to' },
  grade: { label: 'Strategy' },
  count: { label: 'Threshold' },
  slowRatioThreshold: { label: 'Slow-call ratio threshold', unit: '0–1', help: 'Trips only when the ratio is strictly above it' },
  timeWindow: { label: 'Break duration', unit: 's' },
  minRequestAmount: { label: 'Minimum requests' },
  statIntervalMs: { label: 'Stat interval', unit: 'ms' },
  requestVolumeThreshold: { label: 'Minimum requests', help: 'No verdict until the rolling window holds this many requests' },
  errorThresholdPercentage: { label: 'Error % threshold', unit: '%', help: 'Opens when the error percentage is ≥ this' },
  sleepWindowInMilliseconds: { label: 'Sleep window', unit: 'ms' },
  metricsRollingStatsTimeInMilliseconds: { label: 'Rolling window', unit: 'ms' },
  metricsHealthSnapshotIntervalInMilliseconds: { label: 'Health snapshot interval', unit: 'ms' },
  executionTimeoutInMilliseconds: { label: 'Execution timeout', unit: 'ms', help: 'Longer than this is a timeout, recorded as a failure' },
};

const enSentinelCount: typeof zhSentinelCount = {
  'slow-ratio': { label: 'Max RT', unit: 'ms', help: 'An RT strictly above it is a slow call' },
  'error-ratio': { label: 'Error ratio threshold', unit: '0–1', help: 'Trips when the error ratio is strictly above it' },
  'error-count': { label: 'Error count threshold', unit: '', help: 'Trips when the errors in the stat interval are strictly more than it' },
};

const enSentinelGrade: typeof zhSentinelGrade = {
  'slow-ratio': 'Slow-call ratio (DEGRADE_GRADE_RT)',
  'error-ratio': 'Error ratio (DEGRADE_GRADE_EXCEPTION_RATIO)',
  'error-count': 'Error count (DEGRADE_GRADE_EXCEPTION_COUNT)',
};

export const zh = {
  S: zhS,
  stateShort: zhStateShort,
  modelNotes: zhModelNotes,
  fieldLabels: zhFieldLabels,
  sentinelCount: zhSentinelCount,
  sentinelGrade: zhSentinelGrade,
};
export const en: typeof zh = {
  S: enS,
  stateShort: enStateShort,
  modelNotes: enModelNotes,
  fieldLabels: enFieldLabels,
  sentinelCount: enSentinelCount,
  sentinelGrade: enSentinelGrade,
};

// Read live in the UI language (the lab route remounts the view when it changes).
export const S = liveStrings({ zh: zhS, en: enS });
export const STATE_SHORT = liveStrings({ zh: zhStateShort, en: enStateShort });
export const MODEL_NOTES = liveStrings({ zh: zhModelNotes, en: enModelNotes });
export const FIELD_LABELS = liveStrings({ zh: zhFieldLabels, en: enFieldLabels });
export const SENTINEL_COUNT_LABELS = liveStrings({ zh: zhSentinelCount, en: enSentinelCount });
export const SENTINEL_GRADE_LABELS = liveStrings({ zh: zhSentinelGrade, en: enSentinelGrade });
