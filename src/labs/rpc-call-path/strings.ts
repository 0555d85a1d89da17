// Every label of the RPC call path view, in both languages. The trace's sentences are in
// event-text.ts, the stages' explanations in stage-text.ts.
import type { ClusterStrategy, Fault } from './core/config.ts';
import type { OutcomeKind } from './core/events.ts';
import type { PresetId } from './core/presets.ts';

const zh = {
  title: 'RPC 调用链路实验',
  intro:
    '一次 orderService.placeOrder(order) 调用在 Dubbo（或 gRPC）里走过的每一层：代理、过滤器、集群容错、服务目录、路由、负载均衡、连接、序列化、网络、Provider 的解码、线程池、过滤器、服务实现，再原路返回。在任意一层注入故障，看所选的集群容错策略怎么应对、花掉多少超时预算。点图里的任意一层看它做什么、会坏在哪、由哪个配置管；按 → 单步。',
  urlProblems: '链接里有参数不对，已用预设值代替：',
  presetLabel: '配置',
  presetModified: '已按你的修改运行',
  presetReset: '恢复这个配置的预设值',
  paramsTitle: '参数',
  groupCluster: '集群与超时',
  groupProviders: 'Provider',
  groupFault: '注入故障',
  groupRun: '运行',
  fields: {
    cluster: '集群容错',
    retries: '重试次数',
    forks: '并行数',
    timeout: '超时',
    deadline: '截止时间',
    maxAttempts: '最多尝试',
    'enable-timeout-countdown': '超时倒计时',
    loadbalance: '负载均衡',
    weights: '权重（每个 Provider 一个）',
    threads: '线程数',
    serialization: '序列化',
    fault: '故障',
    faulty: '有故障的 Provider 数',
    slowMs: '慢 Provider 耗时',
    serviceMs: '正常耗时',
    rtt: '网络往返',
    seed: '随机种子',
    tags: 'Provider 标签（每个一个，可空）',
    'dubbo.tag': '请求标签',
    'dubbo.force.tag': '强制标签',
  },
  helps: {
    faulty: '故障放在注册中心列表里的前几个 Provider 上',
    weights: '用逗号分开，例如 100,100,100；个数就是 Provider 数',
    seed: '决定随机负载均衡的选择和耗时抖动；同一个种子 = 同一条轨迹',
    countdown: 'Dubbo 3：所有尝试共用一个 timeout 预算',
    tags: '例如 ,,gray：第 3 个 Provider 是灰度实例',
    tag: '空 = 请求不带标签（只到无标签的 Provider）',
  },
  countdownOptions: { false: 'false（每次尝试各算 timeout）', true: 'true（共用一个预算）' },
  forceOptions: { false: 'false（没有匹配时退回无标签的）', true: 'true（没有匹配就失败）' },
  ms: 'ms',
  clusters: {
    failover: 'failover（失败换一台重试）',
    failfast: 'failfast（失败立即报错）',
    failsafe: 'failsafe（吞掉异常返回空）',
    failback: 'failback（记下来后台重试）',
    forking: 'forking（并行调用取最快）',
  } as Record<ClusterStrategy, string>,
  faults: {
    none: '无',
    'slow-provider': '慢 Provider',
    'pool-exhausted': '线程池满',
    'connection-dropped': '连接断开',
    'serialization-error': '序列化错误',
    'no-provider': '没有 Provider',
    'tps-limit': 'Provider 限流（tps）',
  } as Record<Fault, string>,
  stageTitle: '一次调用',
  playerNote: '播放器按事件走：每一步是下面轨迹里的一行（t 是步数，不是调用时间）；调用时间看“调用时钟”。',
  pictureTitle: '调用链路（点任意一层看说明）',
  consumer: 'Consumer',
  provider: 'Provider',
  wire: '网络',
  wayBack: '原路返回',
  stageEvents: (n: number) => (n === 0 ? '这次没有经过' : `${n} 个事件`),
  providersTitle: '注册中心里的 Provider',
  providerState: {
    idle: '未调用',
    filtered: '被路由过滤掉',
    picked: '正在调用',
    answered: '返回了结果',
    tried: '试过，失败',
    down: '连接断开',
    faulty: '有故障',
  },
  weight: 'weight',
  tagLabel: 'dubbo.tag',
  detailTitle: (name: string) => `这一层：${name}`,
  what: '做什么',
  fails: '会坏在哪',
  settings: '由哪些配置管',
  current: '当前值',
  clockTitle: '调用时钟',
  clockNow: (ms: string) => `此刻调用时间 ${ms} ms`,
  clockBudget: (timeout: number, one: boolean, grpc: boolean) =>
    grpc ? `deadline ${timeout} ms（整次调用）` : one ? `timeout ${timeout} ms（所有尝试共用）` : `timeout ${timeout} ms（每次尝试各算）`,
  clockAttempt: (n: number) => `第 ${n} 次尝试`,
  outcomeTitle: '调用方拿到的',
  outcome: { ok: '结果', error: '异常', empty: '空结果（null）' } as Record<OutcomeKind, string>,
  outcomeLine: (kind: string, at: string, attempts: number) => `${kind}，在 ${at} ms，${attempts} 次尝试`,
  outcomePending: '还没有：单步到最后看结局',
  payloadTitle: '序列化：同一个订单对象有多少字节',
  payloadHelp: '订单 {orderId:1024, userId:42, status:"PAID", amount:59.9, items:[2 个]}，由本实验自己写的编码器逐字节算出来：',
  payloadCols: { format: '格式', bytes: '字节', note: '说明' },
  payloadNotes: {
    json: '字段名每次都写，数字按文本',
    protobuf: '字段号 + varint，字段名不上线',
    hessian2: '类定义（类名 + 字段名）写一次，数字紧凑编码',
  },
  frameLine: (header: number, body: number, total: number, grpc: boolean) =>
    grpc
      ? `这次请求：${header} 字节（DATA 帧头 9 + gRPC 前缀 5）+ ${body} 字节消息 = ${total} 字节（另有 HPACK 压缩的 HEADERS 帧）`
      : `这次请求：${header} 字节协议头 + ${body} 字节请求体（版本、服务名、方法、参数描述、参数、attachments）= ${total} 字节`,
  headerTitle: 'Dubbo 协议头（16 字节）：魔数 da bb、标志（请求 0x80 | 双向 0x40 | 序列化编号）、状态、requestId、body 长度',
  hexTitle: '订单对象的前 32 个字节',
  traceCaption: '轨迹：每个事件一行和它的原因',
  colTime: '调用时间',
  colStage: '哪一层',
  colEvent: '事件',
  colWhy: '原因',
  atMs: (ms: string) => `${ms} ms`,
};

export type Strings = typeof zh;

const en: Strings = {
  title: 'RPC call path lab',
  intro:
    "Every layer one orderService.placeOrder(order) call passes through in Dubbo (or gRPC): proxy, filters, cluster fault tolerance, directory, router, load balancer, connection, serialization, network, the provider's decoding, thread pool, filters and the method, then back. Inject a failure at any layer and see how the chosen cluster strategy reacts and how much of the timeout it costs. Click any layer to see what it does, what can fail there and which setting governs it; press → to step.",
  urlProblems: "Some values in the link were wrong; the preset's values are used instead:",
  presetLabel: 'Configuration',
  presetModified: 'Running with your changes',
  presetReset: "Back to this configuration's values",
  paramsTitle: 'Parameters',
  groupCluster: 'Cluster and timeout',
  groupProviders: 'Providers',
  groupFault: 'Injected failure',
  groupRun: 'Run',
  fields: {
    cluster: 'Fault tolerance',
    retries: 'Retries',
    forks: 'Forks',
    timeout: 'Timeout',
    deadline: 'Deadline',
    maxAttempts: 'Max attempts',
    'enable-timeout-countdown': 'Timeout countdown',
    loadbalance: 'Load balancer',
    weights: 'Weights (one per provider)',
    threads: 'Threads',
    serialization: 'Serialization',
    fault: 'Failure',
    faulty: 'Providers with the failure',
    slowMs: 'Slow provider time',
    serviceMs: 'Normal time',
    rtt: 'Network round trip',
    seed: 'Random seed',
    tags: 'Provider tags (one each, may be empty)',
    'dubbo.tag': 'Request tag',
    'dubbo.force.tag': 'Force the tag',
  },
  helps: {
    faulty: "The failure is put on the first providers of the registry's list",
    weights: 'Comma-separated, e.g. 100,100,100; their count is the number of providers',
    seed: "Drives the random balancer's picks and the time jitter; same seed = same trace",
    countdown: 'Dubbo 3: all attempts share one timeout budget',
    tags: 'e.g. ,,gray: the third provider is a canary',
    tag: 'Empty = the request has no tag (untagged providers only)',
  },
  countdownOptions: { false: 'false (timeout per attempt)', true: 'true (one shared budget)' },
  forceOptions: { false: 'false (fall back to untagged)', true: 'true (fail when none matches)' },
  ms: 'ms',
  clusters: {
    failover: 'failover (retry another)',
    failfast: 'failfast (fail at once)',
    failsafe: 'failsafe (swallow, return empty)',
    failback: 'failback (retry in background)',
    forking: 'forking (parallel, take fastest)',
  },
  faults: {
    none: 'None',
    'slow-provider': 'Slow provider',
    'pool-exhausted': 'Thread pool full',
    'connection-dropped': 'Connection dropped',
    'serialization-error': 'Serialization error',
    'no-provider': 'No provider',
    'tps-limit': 'Provider rate limit (tps)',
  },
  stageTitle: 'One call',
  playerNote: "The player moves by event: each step is one row of the trace below (t counts steps, not call time); the call clock shows the call's time.",
  pictureTitle: 'The call path (click any layer)',
  consumer: 'Consumer',
  provider: 'Provider',
  wire: 'Network',
  wayBack: 'The way back',
  stageEvents: (n: number) => (n === 0 ? 'not reached this time' : `${n} event${n === 1 ? '' : 's'}`),
  providersTitle: 'Providers in the registry',
  providerState: {
    idle: 'not called',
    filtered: 'filtered out by the router',
    picked: 'being called',
    answered: 'answered',
    tried: 'tried, failed',
    down: 'connection lost',
    faulty: 'faulty',
  },
  weight: 'weight',
  tagLabel: 'dubbo.tag',
  detailTitle: (name: string) => `This layer: ${name}`,
  what: 'What it does',
  fails: 'What can fail',
  settings: 'Settings that govern it',
  current: 'now',
  clockTitle: 'Call clock',
  clockNow: (ms: string) => `Call time now ${ms} ms`,
  clockBudget: (timeout: number, one: boolean, grpc: boolean) =>
    grpc ? `deadline ${timeout} ms (whole call)` : one ? `timeout ${timeout} ms (shared by all attempts)` : `timeout ${timeout} ms (per attempt)`,
  clockAttempt: (n: number) => `Attempt ${n}`,
  outcomeTitle: 'The caller gets',
  outcome: { ok: 'a result', error: 'an exception', empty: 'an empty result (null)' },
  outcomeLine: (kind: string, at: string, attempts: number) => `${kind} at ${at} ms after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
  outcomePending: 'Nothing yet: step to the end to see',
  payloadTitle: 'Serialization: how many bytes one order takes',
  payloadHelp: 'The order {orderId:1024, userId:42, status:"PAID", amount:59.9, items:[2]}, counted byte by byte by this lab\'s own encoders:',
  payloadCols: { format: 'Format', bytes: 'Bytes', note: 'Why' },
  payloadNotes: {
    json: 'Field names every time, numbers as text',
    protobuf: 'Field numbers + varints; names never go on the wire',
    hessian2: 'Class definition (type and field names) once, compact numbers',
  },
  frameLine: (header: number, body: number, total: number, grpc: boolean) =>
    grpc
      ? `This request: ${header} bytes (DATA frame header 9 + gRPC prefix 5) + ${body}-byte message = ${total} bytes (plus an HPACK-compressed HEADERS frame)`
      : `This request: ${header}-byte header + ${body}-byte body (version, service, method, parameter types, arguments, attachments) = ${total} bytes`,
  headerTitle: 'Dubbo header (16 bytes): magic da bb, flags (request 0x80 | two-way 0x40 | serialization id), status, requestId, body length',
  hexTitle: "The order's first 32 bytes",
  traceCaption: 'Trace: every event as a row, with its reason',
  colTime: 'Call time',
  colStage: 'Layer',
  colEvent: 'Event',
  colWhy: 'Why',
  atMs: (ms: string) => `${ms} ms`,
};

export const strings = { zh, en } as const;

interface PresetText {
  readonly title: string;
  readonly explanation: string;
}

export const presetText: Readonly<Record<'zh' | 'en', Record<PresetId, PresetText>>> = {
  zh: {
    'dubbo-defaults': {
      title: 'Dubbo 默认配置',
      explanation:
        'cluster=failover、retries=2（最多 3 次）、timeout=1000 ms（每次尝试各算）、loadbalance=random、3 个 weight=100 的 Provider、fixed 线程池 200 线程、hessian2。选一个故障（fault）看 failover 怎么换一台重试、花掉多少时间。',
    },
    'dubbo-failfast': {
      title: 'Dubbo cluster=failfast',
      explanation: '只调一次，失败立即把异常抛给调用方。适合非幂等的写操作（比如下单）：宁可报错，也不要重复执行。',
    },
    'dubbo-failsafe': {
      title: 'Dubbo cluster=failsafe',
      explanation: '只调一次，失败时记一条 “Failsafe ignore exception” 日志，返回空结果。适合写审计日志这类可有可无的调用。',
    },
    'dubbo-failback': {
      title: 'Dubbo cluster=failback',
      explanation:
        '失败时返回空结果，把调用记下来，定时器每 5 秒在另一台 Provider 上重试，retries 次（不配时默认 3）后放弃。适合消息通知这类最终要送到、但调用方不等结果的调用。',
    },
    'dubbo-forking-2': {
      title: 'Dubbo cluster=forking, forks=2',
      explanation: '同时调用 2 个 Provider，用最先成功的结果。用两倍的资源换更低的尾延迟，只适合读操作。',
    },
    'dubbo-threads-200': {
      title: 'Dubbo threadpool=fixed, threads=200',
      explanation:
        'Provider 的业务线程池：fixed、200 个线程、queues=0。这里第一个 Provider 的 200 个线程全被占满（比如都卡在一个慢的下游上）：新请求被 AbortPolicyWithReport 立即拒绝，返回 “Thread pool is EXHAUSTED”，failover 在另一台上重试。',
    },
    'dubbo-timeout-countdown': {
      title: 'Dubbo 3 enable-timeout-countdown=true',
      explanation:
        '默认每次尝试各有 1000 ms，3 次都超时要等 3 秒。打开超时倒计时后所有尝试共用一个 1000 ms 的预算（并随调用传给下游），预算用完就不再尝试：“No time left for making the following call”。',
    },
    'dubbo-fastjson': {
      title: 'Dubbo serialization=fastjson',
      explanation: '同样的调用，请求体改用 JSON 文本（每个字段名都写一遍）。看“序列化”一层和下面的字节数，跟 hessian2、protobuf 比。',
    },
    'dubbo-tag-gray': {
      title: 'Dubbo 标签路由 dubbo.tag=gray',
      explanation:
        '第 3 个 Provider 带标签 gray（灰度实例），请求带 dubbo.tag=gray：TagRouter 只留下它。把请求的 dubbo.tag 清空，请求只会到无标签的两台；改成没人带的标签，dubbo.force.tag=false 时退回无标签的，true 时一个不剩。',
    },
    'grpc-unary-deadline': {
      title: 'gRPC unary 调用，deadline 1000 ms',
      explanation:
        'gRPC 的 unary 调用：一条 HTTP/2 连接上的一个 stream，protobuf 编码，round_robin。retryPolicy 的 maxAttempts=3 只重试 UNAVAILABLE，带随机退避；deadline 覆盖整次调用（含重试），并随 grpc-timeout 头传给服务端。',
    },
  },
  en: {
    'dubbo-defaults': {
      title: 'Dubbo defaults',
      explanation:
        'cluster=failover, retries=2 (up to 3 attempts), timeout=1000 ms (per attempt), loadbalance=random, 3 providers with weight=100, a fixed pool of 200 threads, hessian2. Pick a failure (fault) and watch failover retry another provider and what it costs.',
    },
    'dubbo-failfast': {
      title: 'Dubbo cluster=failfast',
      explanation:
        'One attempt; on failure the exception goes straight to the caller. Right for non-idempotent writes (placing an order): better an error than a double execution.',
    },
    'dubbo-failsafe': {
      title: 'Dubbo cluster=failsafe',
      explanation:
        'One attempt; on failure it logs "Failsafe ignore exception" and returns an empty result. Right for calls you can live without, such as writing an audit log.',
    },
    'dubbo-failback': {
      title: 'Dubbo cluster=failback',
      explanation:
        'On failure it returns an empty result, records the call, and a timer retries it on another provider every 5 s, `retries` times (3 when unset), then gives up. Right for notifications that must arrive eventually but whose caller does not wait.',
    },
    'dubbo-forking-2': {
      title: 'Dubbo cluster=forking, forks=2',
      explanation: 'Calls 2 providers at once and takes the first success. Twice the resources for a lower tail latency; for reads only.',
    },
    'dubbo-threads-200': {
      title: 'Dubbo threadpool=fixed, threads=200',
      explanation:
        'The provider\'s business pool: fixed, 200 threads, queues=0. Here the first provider\'s 200 threads are all busy (say, stuck on a slow dependency): a new request is rejected at once by AbortPolicyWithReport with "Thread pool is EXHAUSTED", and failover retries on another provider.',
    },
    'dubbo-timeout-countdown': {
      title: 'Dubbo 3 enable-timeout-countdown=true',
      explanation:
        'By default each attempt gets its own 1000 ms, so three timeouts take 3 s. With the countdown on, all attempts share one 1000 ms budget (passed downstream with the call) and no attempt starts once it is spent: "No time left for making the following call".',
    },
    'dubbo-fastjson': {
      title: 'Dubbo serialization=fastjson',
      explanation:
        'The same call with a JSON text body (every field name written out). See the serialization layer and the byte counts below, against hessian2 and protobuf.',
    },
    'dubbo-tag-gray': {
      title: 'Dubbo tag routing dubbo.tag=gray',
      explanation:
        "The third provider carries the tag gray (a canary) and the request carries dubbo.tag=gray: the TagRouter keeps only it. Clear the request's dubbo.tag and the request reaches only the two untagged providers; use a tag nobody has and it falls back to untagged ones with dubbo.force.tag=false, or finds none with true.",
    },
    'grpc-unary-deadline': {
      title: 'gRPC unary call, deadline 1000 ms',
      explanation:
        "A gRPC unary call: one stream on an HTTP/2 connection, protobuf, round_robin. The retryPolicy's maxAttempts=3 retries only UNAVAILABLE, with random backoff; the deadline covers the whole call (retries included) and reaches the server in the grpc-timeout header.",
    },
  },
};
