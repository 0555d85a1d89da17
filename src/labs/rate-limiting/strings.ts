// Every user-facing string of the rate-limiting lab's view, in one place: Chinese and English.
// The engine's own sentences (why a decision went that way) come from core/explain.ts.
import type { TrafficKind } from '../kernel/traffic.ts';
import { liveStrings } from '../../ui/use-language.ts';

const zhMain = {
  title: '限流实验',
  colon: '：',
  paren: (text: string) => `（${text}）`,
  intro:
    '同一串可复现的请求（固定种子）经过你选的限流器：上面的图画出限流器此刻的内部状态（桶里的令牌、排队的请求、滑动的窗口），' +
    '图表是每段时间放行 / 延迟 / 拒绝的数量和内部水位，下面的表格每个请求一行：时间、决定、原因、决定后的状态。' +
    '参数、流量和种子都写在网址里，复制网址就能把同一次运行分享给别人。',

  presetLabel: '预设场景',
  presetNone: '（自定义）',
  presetModified: '已修改',
  presetConfig: '真实配置',
  presetReset: '恢复预设',
  ownConfigTitle: '用你自己的 nginx 配置',
  ownConfigHelp:
    '粘贴 limit_req_zone、limit_req（以及可选的 limit_req_status）这几行，实验就按这份配置、用现在的流量跑一遍。检查规则和 nginx -t 一致：不写 burst 就是 0，rate 只能是整数的 r/s 或 r/m。实验只模拟一个 zone、一个客户端。',
  ownConfigLabel: 'nginx 配置',
  ownConfigRun: '用这份配置运行',
  ownConfigExample: '填入示例',
  ownConfigApplied: (zone: string, key: string) => `已按你的配置运行：zone ${zone}，key ${key}（实验里所有请求来自同一个客户端）。`,
  confLine: (line: number, message: string) => `第 ${line} 行：${message}`,

  modeLabel: '模式',
  modeSingle: '单个限流器',
  modeCompare: '并排比较',
  algorithmLabel: '算法',
  laneName: (i: number) => `泳道 ${'ABCD'[i] ?? i + 1}`,
  addLane: '加一条泳道',
  removeLane: '删除这条泳道',
  paramsTitle: '参数',
  laneParams: (i: number, name: string) => `泳道 ${'ABCD'[i] ?? i + 1}：${name}`,
  source: '依据',
  compareNote: '所有泳道收到完全相同的请求（同一个种子），所以每一行在各泳道里是同一个请求。',

  trafficTitle: '流量',
  trafficKind: '流量类型',
  trafficKinds: {
    steady: '匀速',
    poisson: '泊松（随机）',
    bursts: '开 / 停突发',
    spike: '单次尖峰',
    trace: '回放录制的请求',
  } satisfies Record<TrafficKind, string>,
  trafficRate: '速率',
  trafficRateSpike: '背景速率',
  onMs: '突发持续',
  offMs: '停顿',
  spikeAtMs: '尖峰时刻',
  spikeCount: '尖峰请求数',
  traceLabel: '请求到达时间（毫秒，逗号分隔）',
  traceApply: '应用',
  traceError: 'trace 必须是逗号分隔的毫秒数（0–86400000），最多 10000 个',
  extraArrivals: (n: number) => `手动发送的请求：${n} 个（写在网址的 trace 里）`,
  clearExtra: '清除手动请求',
  seed: '随机种子',
  nextSeed: '换个种子',
  duration: '时长',
  sendOne: '发送一个请求',
  sendOneHelp: '在当前播放时刻加一个请求并重新计算；它记在网址里，分享出去结果一样。',
  sentAt: (t: string) => `已在 t = ${t} 发送一个请求`,
  tooBig: (n: number, max: number) =>
    `这次运行约有 ${Math.round(n).toLocaleString('zh-CN')} 个请求（所有泳道合计），超过可播放的上限 ${max.toLocaleString('zh-CN')}；` +
    '已保留上一次的有效设置。请缩短 duration 或降低速率，长时间的计数请用“快进 1 小时”。',
  unitPerSec: '个/秒',
  unitMs: '毫秒',
  unitSec: '秒',
  unitCount: '个',

  pictureTitle: '此刻的限流器',
  stateAfter: (i: number, t: string) => `第 ${i} 个请求（t = ${t}）之后`,
  stateBefore: '还没有请求到达',
  nowAt: (t: string) => `现在 t = ${t}`,
  currentConfig: '当前参数对应的配置',
  countsNow: '到此刻',
  countsRun: '整次运行',
  admitted: '放行',
  delayed: '延迟',
  rejected: '拒绝',
  total: '请求',
  maxDelay: '最长延迟',
  focusLane: '在图表、表格和预测里看这条',
  countsLegend: '计数：到此刻 / 整次运行。',

  chartTitle: (level: string) => `每段时间的决定，以及${level}`,
  chartBucket: (b: string) => `每格 ${b}`,

  traceCaption: '每个请求一行（最新在上）',
  colIndex: '#',
  colTime: '时间',
  colDecision: '决定',
  colWhy: '原因',
  colState: '决定后的状态',
  delayFor: (d: string) => `延迟 ${d}`,

  predictToggle: '预测模式',
  predictHelp: '每个请求到达前暂停，先猜它会被放行、延迟还是拒绝，再看引擎的解释。',
  predictQuestion: (i: number, t: string) => `第 ${i} 个请求将在 t = ${t} 到达，它会被？`,
  predictCorrect: '猜对了',
  predictWrong: '猜错了',
  predictAnswer: '引擎的决定',
  predictNext: '下一个请求',
  predictScore: (c: number, n: number) => `得分 ${c} / ${n}`,
  predictReset: '重新计分',
  predictDone: '这次运行的请求都猜完了。',
  predictPlaying: '播放中：到下一个请求到达之前会停下来问你。',
  predictLane: (name: string) => `预测的是：${name}`,
  predictYourGuess: (guess: string) => `（你猜：${guess}）`,

  ffTitle: '快进 1 小时',
  ffHelp: '用同样的流量规则和种子模拟 1 小时（只计数，不逐条记录），看长期的放行比例。',
  ffRun: '快进 1 小时',
  ffRunning: '计算中…',
  ffCaption: (seconds: string) => `同样的流量规则与种子，1 小时的计数（${seconds} 秒算完）`,
  ffTraceNote: '回放的请求只出现一次，所以 1 小时里只有这些请求。',
  ffError: '快进失败：',
  ffAvgDelay: '平均延迟',
  ffAdmitShare: '通过比例',
  ffTooMany: (n: number, max: number) =>
    `1 小时约 ${Math.round(n).toLocaleString('zh-CN')} 个请求，超过快进上限 ${max.toLocaleString('zh-CN')}：请降低流量速率。`,

  throttleTitle: 'redis-cell 命令与返回值',
  throttleFields: ['limited（1 = 被限流）', 'limit = max_burst + 1', 'remaining', 'retry_after（秒，-1 = 不用等）', 'reset_after（秒）'],
  throttleNone: '（还没有请求）',
  throttleWhich: (n: number, t: string) => `# 第 ${n} 个请求，t = ${t}`,
  nginxConfigTitle: '对应的 nginx 配置',
};

/** Text inside the mechanism pictures and their accessible names. Numbers arrive formatted. */
const zhPic = {
  now: '现在',
  tokensName: 'tokens',
  waterName: '水位',
  bucketLabel: (tokens: boolean, level: string, capacity: string, rate: string) =>
    `${tokens ? '令牌桶：tokens' : '漏桶（计量）：水位'} ${level} / 容量 ${capacity}，每秒${tokens ? '补充' : '漏掉'} ${rate}`,
  oneMoreFull: '再倒 1 就满',
  refill: (rate: string) => `↓ 每秒补充 ${rate} 个令牌`,
  leak: (rate: string) => `↓ 每秒漏掉 ${rate}`,

  gcraLabel: (used: string, tau: string, t: string, remaining: number) => `GCRA：TAT − now = ${used}，容忍度 τ = ${tau}，T = ${t}，剩余额度 ${remaining}`,
  tolerance: (tau: string) => `τ = (max_burst + 1) × T = ${tau}`,
  nextIncrement: (quantity: number) => `下一个请求 +T×${quantity}`,
  tat: (at: string | null) => (at === null ? 'TAT = now（无 key）' : `TAT ${at}`),
  gcraSummary: (used: string, t: string, remaining: number) => `TAT − now = ${used}，T = ${t}，剩余 ${remaining}`,

  nginxLabel: (excess: string, burst: number, rule: string, waiting: number) =>
    `nginx limit_req：excess ${excess}，burst ${burst}，${rule}；${waiting} 个延迟的请求在等待`,
  excessTitle: (rate: string, perMinute: boolean) => `excess（每秒流走 ${rate}${perMinute ? '/60' : ''}，每个请求 +1）`,
  immediate: '立即处理',
  delayZone: '延迟',
  delayFromZero: '>0 就延迟',
  delayedWaiting: (n: number, first: string | null) => `延迟中：${n} 个${first === null ? '' : `，最早在 ${first} 处理`}`,

  queueLabel: (waiting: number, size: number, interval: string) => `漏桶队列：${waiting} / ${size} 个在排队，每 ${interval} 流出一个`,
  queueTitle: (size: number) => `队列 queue = ${size}（右边先出）`,
  queueZero: 'queue = 0：不排队，只能赶上空闲时刻',
  perSecond: (rate: string) => `每秒 ${rate} 个`,
  nextLeave: (at: string | null) => (at === null ? '没有请求在排队' : `下一个在 ${at} 流出`),

  logLabel: (w: string, inWindow: number, limit: number) => `滑动窗口日志：最近 ${w} 秒内有 ${inWindow} 条记录，limit ${limit}`,
  logWindow: (w: string) => `窗口 (now − ${w} 秒, now]`,
  logSummary: (inWindow: number, limit: number, count: number) => `窗口内 ${inWindow} / limit ${limit}（日志共 ${count} 条）`,

  counterLabel: (previous: number, weight: string, current: number, estimate: string, limit: number) =>
    `滑动窗口计数：估算 = ${previous} × ${weight} + ${current} = ${estimate}，limit ${limit}`,
  fixedLabel: (count: number, limit: number) => `固定窗口：当前窗口计数 ${count} / limit ${limit}`,
  previousWindow: '上一窗口',
  windowBox: (current: boolean, count: string, limit: number) => `${current ? '当前' : '上一'}窗口 ${count} / ${limit}`,
  slideShare: (percent: string) => `滑动窗口：上一窗口取 ${percent}%`,
  counterSummary: (estimate: string, limit: number) => `估算 ${estimate} / limit ${limit}`,
  fixedSummary: (count: number, limit: number) => `count ${count} / limit ${limit}`,
};

/** The trace table's "state after" column. */
const zhState = {
  fixed: (count: number, from: string, to: string) => `count = ${count}，窗口 [${from}, ${to})`,
  log: (count: number) => `日志里 ${count} 条时间戳`,
  counter: (previous: number, current: number, estimate: string) => `上一窗口 ${previous}，当前窗口 ${current}，估算 ${estimate}`,
  water: (water: string) => `水位 = ${water}`,
  queued: (waiting: number, lastLeave: string) => `排队 ${waiting} 个，最后一个在 ${lastLeave} 流出`,
  queueEmpty: (lastLeave: string | null) => `队列空${lastLeave === null ? '' : `，上次流出 ${lastLeave}`}`,
  gcra: (tat: string | null, reply: string) => `TAT = ${tat ?? '无（key 不存在）'}，返回 [${reply}]`,
  nginx: (excess: string, last: string) => `excess = ${excess}，last = ${last}`,
};

export const outcomeTone = { admit: 'ok', delay: 'warn', reject: 'bad' } as const;

const enMain: typeof zhMain = {
  title: 'Rate-limiting lab',
  colon: ': ',
  paren: (text: string) => ` (${text})`,
  intro:
    "One reproducible stream of requests (fixed seed) goes through the limiter you pick. The picture shows the limiter's inner state right now " +
    '(tokens in the bucket, queued requests, the sliding window); the chart counts admitted / delayed / rejected requests per time slice and the ' +
    'inner level; the table has one row per request: time, decision, reason and the state after it. Parameters, traffic and seed live in the URL, ' +
    'so copying the URL shares exactly this run.',

  presetLabel: 'Preset',
  presetNone: '(custom)',
  presetModified: 'modified',
  presetConfig: 'Real configuration',
  presetReset: 'Reset to preset',
  ownConfigTitle: 'Use your own nginx config',
  ownConfigHelp:
    'Paste your limit_req_zone and limit_req lines (limit_req_status is optional) and the lab runs that config against the current traffic. The checks match nginx -t: no burst means 0, and rate must be a whole number of r/s or r/m. The lab models one zone and one client.',
  ownConfigLabel: 'nginx config',
  ownConfigRun: 'Run with this config',
  ownConfigExample: 'Fill in an example',
  ownConfigApplied: (zone: string, key: string) => `Running your config: zone ${zone}, key ${key} (every request in the lab comes from the same client).`,
  confLine: (line: number, message: string) => `line ${line}: ${message}`,

  modeLabel: 'Mode',
  modeSingle: 'One limiter',
  modeCompare: 'Side by side',
  algorithmLabel: 'Algorithm',
  laneName: (i: number) => `Lane ${'ABCD'[i] ?? i + 1}`,
  addLane: 'Add a lane',
  removeLane: 'Remove this lane',
  paramsTitle: 'Parameters',
  laneParams: (i: number, name: string) => `Lane ${'ABCD'[i] ?? i + 1}: ${name}`,
  source: 'Source',
  compareNote: 'Every lane gets exactly the same requests (same seed), so a row is the same request in each lane.',

  trafficTitle: 'Traffic',
  trafficKind: 'Traffic shape',
  trafficKinds: {
    steady: 'Steady',
    poisson: 'Poisson (random)',
    bursts: 'On / off bursts',
    spike: 'One spike',
    trace: 'Replay recorded requests',
  },
  trafficRate: 'Rate',
  trafficRateSpike: 'Background rate',
  onMs: 'Burst length',
  offMs: 'Pause',
  spikeAtMs: 'Spike at',
  spikeCount: 'Requests in the spike',
  traceLabel: 'Arrival times (ms, comma-separated)',
  traceApply: 'Apply',
  traceError: 'trace must be comma-separated milliseconds (0–86400000), at most 10000 of them',
  extraArrivals: (n: number) => `Requests sent by hand: ${n} (kept in the URL's trace)`,
  clearExtra: 'Clear hand-sent requests',
  seed: 'Seed',
  nextSeed: 'New seed',
  duration: 'Duration',
  sendOne: 'Send one request',
  sendOneHelp: 'Adds a request at the current playback time and recomputes the run; it goes into the URL, so a shared link gives the same result.',
  sentAt: (t: string) => `Sent one request at t = ${t}`,
  tooBig: (n: number, max: number) =>
    `This run has about ${Math.round(n).toLocaleString('en-US')} requests (all lanes together), over the playable limit of ${max.toLocaleString('en-US')}; ` +
    'the last valid settings are kept. Shorten duration or lower the rate; for long-run counts use "Fast-forward 1 hour".',
  unitPerSec: 'req/s',
  unitMs: 'ms',
  unitSec: 's',
  unitCount: 'req',

  pictureTitle: 'The limiter right now',
  stateAfter: (i: number, t: string) => `After request #${i} (t = ${t})`,
  stateBefore: 'No request has arrived yet',
  nowAt: (t: string) => `now t = ${t}`,
  currentConfig: 'Config for the current parameters',
  countsNow: 'So far',
  countsRun: 'Whole run',
  admitted: 'Admitted',
  delayed: 'Delayed',
  rejected: 'Rejected',
  total: 'Requests',
  maxDelay: 'Longest delay',
  focusLane: 'Follow this lane in the chart, table and predictions',
  countsLegend: 'Counts: so far / whole run.',

  chartTitle: (level: string) => `Decisions per time slice, and ${level}`,
  chartBucket: (b: string) => `${b} per bar`,

  traceCaption: 'One row per request (newest first)',
  colIndex: '#',
  colTime: 'Time',
  colDecision: 'Decision',
  colWhy: 'Why',
  colState: 'State after',
  delayFor: (d: string) => `delayed ${d}`,

  predictToggle: 'Predict mode',
  predictHelp: "Pauses before each request arrives: guess whether it is admitted, delayed or rejected, then read the engine's explanation.",
  predictQuestion: (i: number, t: string) => `Request #${i} arrives at t = ${t}. What happens to it?`,
  predictCorrect: 'Right',
  predictWrong: 'Wrong',
  predictAnswer: "The engine's decision",
  predictNext: 'Next request',
  predictScore: (c: number, n: number) => `Score ${c} / ${n}`,
  predictReset: 'Reset score',
  predictDone: 'You have predicted every request of this run.',
  predictPlaying: 'Playing: it stops before the next request arrives and asks you.',
  predictLane: (name: string) => `Predicting: ${name}`,
  predictYourGuess: (guess: string) => `(you guessed: ${guess})`,

  ffTitle: 'Fast-forward 1 hour',
  ffHelp: 'Simulates one hour with the same traffic rules and seed (counts only, no rows) to show the long-run admit share.',
  ffRun: 'Fast-forward 1 hour',
  ffRunning: 'Computing…',
  ffCaption: (seconds: string) => `Same traffic rules and seed, counts for 1 hour (computed in ${seconds} s)`,
  ffTraceNote: 'Replayed requests happen once, so the hour holds only these requests.',
  ffError: 'Fast-forward failed: ',
  ffAvgDelay: 'Mean delay',
  ffAdmitShare: 'Admitted share',
  ffTooMany: (n: number, max: number) =>
    `One hour is about ${Math.round(n).toLocaleString('en-US')} requests, over the fast-forward limit of ${max.toLocaleString('en-US')}: lower the traffic rate.`,

  throttleTitle: 'redis-cell command and reply',
  throttleFields: ['limited (1 = throttled)', 'limit = max_burst + 1', 'remaining', 'retry_after (s, -1 = no need to wait)', 'reset_after (s)'],
  throttleNone: '(no request yet)',
  throttleWhich: (n: number, t: string) => `# request #${n}, t = ${t}`,
  nginxConfigTitle: 'The matching nginx config',
};

const enPic: typeof zhPic = {
  now: 'now',
  tokensName: 'tokens',
  waterName: 'level',
  bucketLabel: (tokens: boolean, level: string, capacity: string, rate: string) =>
    `${tokens ? 'Token bucket: tokens' : 'Leaky bucket (meter): level'} ${level} / capacity ${capacity}, ${tokens ? 'refills' : 'leaks'} ${rate} per second`,
  oneMoreFull: 'full after 1 more',
  refill: (rate: string) => `↓ refills ${rate} tokens/s`,
  leak: (rate: string) => `↓ leaks ${rate}/s`,

  gcraLabel: (used: string, tau: string, t: string, remaining: number) => `GCRA: TAT − now = ${used}, tolerance τ = ${tau}, T = ${t}, remaining ${remaining}`,
  tolerance: (tau: string) => `τ = (max_burst + 1) × T = ${tau}`,
  nextIncrement: (quantity: number) => `next request +T×${quantity}`,
  tat: (at: string | null) => (at === null ? 'TAT = now (no key)' : `TAT ${at}`),
  gcraSummary: (used: string, t: string, remaining: number) => `TAT − now = ${used}, T = ${t}, remaining ${remaining}`,

  nginxLabel: (excess: string, burst: number, rule: string, waiting: number) =>
    `nginx limit_req: excess ${excess}, burst ${burst}, ${rule}; ${waiting} delayed request(s) waiting`,
  excessTitle: (rate: string, perMinute: boolean) => `excess (drains ${rate}${perMinute ? '/60' : ''} per second, +1 per request)`,
  immediate: 'served at once',
  delayZone: 'delayed',
  delayFromZero: 'delayed above 0',
  delayedWaiting: (n: number, first: string | null) => `delayed: ${n}${first === null ? '' : `, first served at ${first}`}`,

  queueLabel: (waiting: number, size: number, interval: string) => `Leaky bucket queue: ${waiting} / ${size} waiting, one leaves every ${interval}`,
  queueTitle: (size: number) => `queue = ${size} (leaves from the right)`,
  queueZero: 'queue = 0: no waiting, only an idle moment gets through',
  perSecond: (rate: string) => `${rate} per second`,
  nextLeave: (at: string | null) => (at === null ? 'nothing queued' : `next leaves at ${at}`),

  logLabel: (w: string, inWindow: number, limit: number) => `Sliding window log: ${inWindow} entries in the last ${w} s, limit ${limit}`,
  logWindow: (w: string) => `window (now − ${w} s, now]`,
  logSummary: (inWindow: number, limit: number, count: number) => `${inWindow} in window / limit ${limit} (${count} entries in the log)`,

  counterLabel: (previous: number, weight: string, current: number, estimate: string, limit: number) =>
    `Sliding window counter: estimate = ${previous} × ${weight} + ${current} = ${estimate}, limit ${limit}`,
  fixedLabel: (count: number, limit: number) => `Fixed window: count in this window ${count} / limit ${limit}`,
  previousWindow: 'previous window',
  windowBox: (current: boolean, count: string, limit: number) => `${current ? 'current' : 'previous'} window ${count} / ${limit}`,
  slideShare: (percent: string) => `sliding window: takes ${percent}% of the previous window`,
  counterSummary: (estimate: string, limit: number) => `estimate ${estimate} / limit ${limit}`,
  fixedSummary: (count: number, limit: number) => `count ${count} / limit ${limit}`,
};

const enState: typeof zhState = {
  fixed: (count: number, from: string, to: string) => `count = ${count}, window [${from}, ${to})`,
  log: (count: number) => `${count} timestamps in the log`,
  counter: (previous: number, current: number, estimate: string) => `previous window ${previous}, current window ${current}, estimate ${estimate}`,
  water: (water: string) => `level = ${water}`,
  queued: (waiting: number, lastLeave: string) => `${waiting} queued, the last leaves at ${lastLeave}`,
  queueEmpty: (lastLeave: string | null) => `queue empty${lastLeave === null ? '' : `, last left at ${lastLeave}`}`,
  gcra: (tat: string | null, reply: string) => `TAT = ${tat ?? 'none (no key)'}, reply [${reply}]`,
  nginx: (excess: string, last: string) => `excess = ${excess}, last = ${last}`,
};

export const zh = { main: zhMain, pic: zhPic, stateText: zhState };
export const en: typeof zh = { main: enMain, pic: enPic, stateText: enState };

/** The tables answer in the UI language at read time (the lab route remounts the view on a switch). */
export const s = liveStrings({ zh: zhMain, en: enMain });
export const pic = liveStrings({ zh: zhPic, en: enPic });
export const stateText = liveStrings({ zh: zhState, en: enState });
