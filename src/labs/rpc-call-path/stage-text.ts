// What each stage does, what can fail there and which settings govern it, in both languages.
// Setting keys are the real ones (Dubbo URL parameters / gRPC service config and API names);
// a key the lab lets you change shows its current value in the panel.
import type { StageId } from './core/events.ts';

export interface StageSetting {
  readonly key: string;
  readonly note: string;
}
export interface StageText {
  readonly name: string;
  readonly what: string;
  readonly fails: string;
  readonly dubbo: readonly StageSetting[];
  readonly grpc: readonly StageSetting[];
}

const zh: Record<StageId, StageText> = {
  proxy: {
    name: '代理 / Stub',
    what: '业务代码调用接口方法；代理把它变成一次远程调用（RpcInvocation / gRPC 请求），同步调用在这里等 Future 完成，结果或异常也从这里回到调用方。',
    fails: '调用方线程一直等到 Future 完成或超时；failsafe / failback 在这里交回空结果（null）。',
    dubbo: [
      { key: 'proxy', note: '生成代理的方式，默认 javassist（也可 jdk）' },
      { key: 'async', note: '默认 false：同步等待；true 时立即返回 CompletableFuture' },
    ],
    grpc: [
      { key: 'newBlockingStub / newFutureStub', note: '阻塞或异步 stub' },
      { key: 'withDeadlineAfter', note: '不设就没有截止时间：调用可能永远挂着' },
    ],
  },
  'client-filters': {
    name: 'Consumer 过滤器',
    what: 'Consumer 侧的过滤器 / 拦截器链：上下文、链路追踪（注入 traceparent）、指标计时、并发限制。',
    fails: 'ActiveLimitFilter 超过 actives 会等待或失败；过滤器自己抛异常也会让调用失败。',
    dubbo: [
      { key: 'filter', note: '追加或去掉过滤器，如 filter="tracing,-monitor"' },
      { key: 'actives', note: '每个方法的最大并发调用数，默认 0 = 不限' },
    ],
    grpc: [{ key: 'ClientInterceptor', note: '拦截器链，追踪和指标都挂在这里' }],
  },
  cluster: {
    name: '集群容错',
    what: 'Cluster 把一组 Provider 包装成一个 Invoker，决定失败后怎么办：failover 换一台重试，failfast 直接失败，failsafe 吞掉，failback 后台重试，forking 并行调用。',
    fails:
      '重试会放大流量；非幂等的写操作用 failover 可能被执行多次；每次尝试各有一个 timeout 时，总耗时可达 (retries+1)×timeout。业务异常（biz exception）不重试。',
    dubbo: [
      { key: 'cluster', note: '默认 failover' },
      { key: 'retries', note: '默认 2：最多 3 次；写操作常设 0' },
      { key: 'forks', note: 'forking 并行数，默认 2' },
      { key: 'enable-timeout-countdown', note: 'Dubbo 3：所有尝试共用一个超时预算，并传给下游' },
    ],
    grpc: [
      { key: 'retryPolicy.maxAttempts', note: '含第一次；上限 5' },
      { key: 'retryPolicy.retryableStatusCodes', note: '只有这些状态码才重试，这里是 UNAVAILABLE' },
      { key: 'deadline', note: '整次调用（含重试）一个截止时间' },
    ],
  },
  directory: {
    name: '服务目录',
    what: '本地缓存的 Provider 列表：注册中心变化时推送（notify），调用时直接读缓存，注册中心不在调用链路上。',
    fails: '列表为空：“No provider available”，一次都不会尝试；列表过期：可能调到已下线的 Provider。',
    dubbo: [
      { key: 'registry', note: '如 nacos://… 或 zookeeper://…' },
      { key: 'check', note: '默认 true：启动时没有 Provider 就报错' },
    ],
    grpc: [{ key: 'NameResolver', note: 'dns:///、xds:/// 等解析出地址列表' }],
  },
  router: {
    name: '路由',
    what: 'RouterChain 按规则过滤列表：标签路由（dubbo.tag，灰度）、条件路由（如 host = 10.0.0.11 => …）、同机房优先。',
    fails: '规则把所有 Provider 都过滤掉 → No provider available；标签路由 force=false 时找不到带标签的会退回无标签的。',
    dubbo: [
      { key: 'dubbo.tag', note: '请求带的标签，匹配同标签的 Provider；Provider 也用 dubbo.tag 给自己打标签' },
      { key: 'dubbo.force.tag', note: '默认 false：没有匹配的就退回无标签的 Provider' },
      { key: 'condition router', note: '条件路由规则（配置中心下发）' },
    ],
    grpc: [{ key: 'xDS RouteConfiguration', note: '用 xDS 时由控制面下发路由' }],
  },
  loadbalance: {
    name: '负载均衡',
    what: '从路由后的列表里选一个：random（默认，按 weight 加权随机）、roundrobin（平滑加权轮询）、leastactive、shortestresponse、consistenthash。failover 重试时 reselect 会跳过已调用过的和连接断开的。',
    fails: '权重不当会打爆一台；刚启动的 Provider 有预热（warmup 默认 10 分钟内权重逐渐升高）。',
    dubbo: [
      { key: 'loadbalance', note: '默认 random' },
      { key: 'weight', note: '每个 Provider 的权重，默认 100' },
      { key: 'cluster.availablecheck', note: '默认 true：跳过不可用的 Provider' },
    ],
    grpc: [{ key: 'loadBalancingConfig', note: '默认 pick_first；这里用 round_robin' }],
  },
  connection: {
    name: '连接',
    what: 'Dubbo：默认每个 Provider 地址一条共享的 Netty 长连接，所有请求复用它，靠 requestId 对应响应。gRPC：每个地址一条 HTTP/2 连接，一次调用是一个 stream。',
    fails: '连接断开：在途请求立即失败（CHANNEL_INACTIVE / UNAVAILABLE）；单条连接上的大请求会拖慢其他请求。',
    dubbo: [
      { key: 'connections', note: '默认 0 = 共享连接；>0 为这个服务单独建 N 条' },
      { key: 'heartbeat', note: '心跳间隔，默认 60000 ms，3 倍没收到就重连' },
    ],
    grpc: [
      { key: 'MAX_CONCURRENT_STREAMS', note: '服务端限制一条连接上的并发 stream' },
      { key: 'keepAliveTime', note: 'HTTP/2 PING 保活' },
    ],
  },
  encode: {
    name: '序列化 / 编码',
    what: '把请求对象写成字节：Dubbo 协议 16 字节头（魔数 0xdabb、标志、状态、requestId、body 长度）+ 请求体；gRPC 是 protobuf 消息 + 5 字节长度前缀，放在 HTTP/2 DATA 帧里。',
    fails: '类没实现 Serializable、两边类版本不兼容、超过 payload 上限（Dubbo 默认 8 MB）。',
    dubbo: [
      { key: 'serialization', note: 'Dubbo 3.1 及以前默认 hessian2，3.2 起 fastjson2' },
      { key: 'payload', note: '单个请求最大字节数，默认 8388608' },
    ],
    grpc: [
      { key: 'maxInboundMessageSize', note: '默认 4 MiB' },
      { key: 'compression', note: '如 gzip，默认不压缩' },
    ],
  },
  network: {
    name: '网络',
    what: '请求经 TCP 到 Provider：同机房往返通常不到 1 ms。',
    fails: '丢包重传、连接被对端重置（进程挂了）、网络分区。',
    dubbo: [{ key: 'rtt', note: '本实验的往返时间（不是 Dubbo 配置）' }],
    grpc: [{ key: 'rtt', note: '本实验的往返时间' }],
  },
  decode: {
    name: 'Provider 解码',
    what: 'Provider 的 Netty IO 线程按协议头拆帧；请求体的反序列化默认在业务线程里做（decode.in.io=false）。',
    fails: '类找不到、字段不兼容：返回 BAD_REQUEST（gRPC：INTERNAL），换一台 Provider 多半一样失败。',
    dubbo: [{ key: 'decode.in.io', note: '默认 false：在业务线程解码请求体' }],
    grpc: [{ key: 'protobuf', note: '未知字段会被保留，类型不兼容才出错' }],
  },
  threadpool: {
    name: '业务线程池',
    what: 'IO 线程把请求派发给业务线程池（dispatcher=all）。默认 fixed，200 个线程，queues=0（SynchronousQueue）：没有空闲线程就立即拒绝。',
    fails: '线程全忙：AbortPolicyWithReport 打印 “Thread pool is EXHAUSTED!”、导出 jstack，返回 status 100 错误；慢依赖是最常见的原因。',
    dubbo: [
      { key: 'threadpool', note: '默认 fixed（还有 cached、limited、eager）' },
      { key: 'threads', note: '默认 200' },
      { key: 'queues', note: '默认 0：不排队，满了立即拒绝' },
      { key: 'dispatcher', note: '默认 all：所有消息都派发到线程池' },
    ],
    grpc: [{ key: 'executor', note: 'grpc-java 默认是无界的 cached 线程池；可换成固定大小' }],
  },
  'server-filters': {
    name: 'Provider 过滤器',
    what: 'Provider 侧的过滤器链：上下文、鉴权（TokenFilter）、限流（TpsLimitFilter 按 tps、ExecuteLimitFilter 按 executes 并发）、访问日志。',
    fails: '超过 tps 或 executes：拒绝（RpcException 回到 Consumer，failover 会换一台重试）；token 不对：拒绝。',
    dubbo: [
      { key: 'tps', note: 'TpsLimitFilter：每个周期（tps.interval，默认 60 s）的最大调用数' },
      { key: 'executes', note: 'ExecuteLimitFilter：每个方法的最大并发执行数' },
      { key: 'token', note: '令牌鉴权' },
    ],
    grpc: [{ key: 'ServerInterceptor', note: '鉴权、限流拦截器' }],
  },
  service: {
    name: '服务实现',
    what: 'OrderServiceImpl.placeOrder 在业务线程里执行：Dubbo 用 javassist 生成的 Wrapper 调用（不走反射）。',
    fails: '慢：占住线程，Consumer 超时后它还在跑（Java 不能中断它）；抛出的业务异常原样回到 Consumer，不会被 failover 重试。',
    dubbo: [
      { key: 'slowMs', note: '本实验：慢 Provider 的耗时' },
      { key: 'serviceMs', note: '本实验：正常耗时（加 0–20 % 随机抖动）' },
    ],
    grpc: [
      { key: 'slowMs', note: '本实验：慢 Provider 的耗时' },
      { key: 'serviceMs', note: '本实验：正常耗时' },
    ],
  },
  response: {
    name: '返回',
    what: '响应按同一个 requestId 写回，Consumer 的 DefaultFuture 收到后唤醒调用线程。等不到就由超时检查（HashedWheelTimer，30 ms 一格）把 Future 以超时完成。',
    fails: '超时：Consumer 放弃等待，但 Provider 仍在执行（浪费资源）；迟到的响应只打一条 “The timeout response finally returned” 日志。',
    dubbo: [
      { key: 'timeout', note: '默认 1000 ms，每次尝试各算一次' },
      { key: 'enable-timeout-countdown', note: '让所有尝试共用一个预算' },
    ],
    grpc: [{ key: 'deadline', note: '绝对截止时间，随 grpc-timeout 头传给服务端' }],
  },
};

const en: Record<StageId, StageText> = {
  proxy: {
    name: 'Proxy / stub',
    what: 'Business code calls the interface method; the proxy turns it into a remote call (an RpcInvocation / a gRPC request). A synchronous call waits here for the Future, and the result or exception comes back to the caller here.',
    fails: 'The calling thread waits until the Future completes or times out; failsafe / failback hand back an empty result (null) here.',
    dubbo: [
      { key: 'proxy', note: 'How the proxy is generated, default javassist (or jdk)' },
      { key: 'async', note: 'Default false: wait; true returns a CompletableFuture at once' },
    ],
    grpc: [
      { key: 'newBlockingStub / newFutureStub', note: 'Blocking or async stub' },
      { key: 'withDeadlineAfter', note: 'Without it there is no deadline: a call can hang forever' },
    ],
  },
  'client-filters': {
    name: 'Consumer filters',
    what: "The consumer's filter / interceptor chain: context, tracing (injects traceparent), metrics timing, concurrency limits.",
    fails: 'ActiveLimitFilter waits or fails above `actives`; a filter that throws fails the call.',
    dubbo: [
      { key: 'filter', note: 'Add or remove filters, e.g. filter="tracing,-monitor"' },
      { key: 'actives', note: 'Max concurrent calls per method, default 0 = unlimited' },
    ],
    grpc: [{ key: 'ClientInterceptor', note: 'The interceptor chain; tracing and metrics live here' }],
  },
  cluster: {
    name: 'Cluster (fault tolerance)',
    what: 'The cluster wraps the providers into one invoker and decides what happens on failure: failover retries another, failfast fails, failsafe swallows, failback retries in the background, forking calls several in parallel.',
    fails:
      'Retries multiply traffic; a non-idempotent write under failover may run several times; with a timeout per attempt the total can reach (retries+1)×timeout. Business exceptions are not retried.',
    dubbo: [
      { key: 'cluster', note: 'Default failover' },
      { key: 'retries', note: 'Default 2: up to 3 attempts; writes often use 0' },
      { key: 'forks', note: 'Parallel calls for forking, default 2' },
      { key: 'enable-timeout-countdown', note: 'Dubbo 3: all attempts share one timeout budget, passed downstream' },
    ],
    grpc: [
      { key: 'retryPolicy.maxAttempts', note: 'Including the first; capped at 5' },
      { key: 'retryPolicy.retryableStatusCodes', note: 'Only these statuses are retried; here UNAVAILABLE' },
      { key: 'deadline', note: 'One deadline for the whole call, retries included' },
    ],
  },
  directory: {
    name: 'Directory',
    what: 'The locally cached provider list: the registry pushes changes (notify), a call reads the cache; the registry is not on the call path.',
    fails: 'Empty list: "No provider available", no attempt at all; a stale list can send calls to a provider that is gone.',
    dubbo: [
      { key: 'registry', note: 'e.g. nacos://… or zookeeper://…' },
      { key: 'check', note: 'Default true: fail at startup when there is no provider' },
    ],
    grpc: [{ key: 'NameResolver', note: 'dns:///, xds:/// and others resolve the addresses' }],
  },
  router: {
    name: 'Router',
    what: 'The RouterChain filters the list by rules: tag routing (dubbo.tag, canaries), condition rules (e.g. host = 10.0.0.11 => …), same-zone first.',
    fails: 'Rules that filter everyone out → No provider available; with force=false a tag with no match falls back to untagged providers.',
    dubbo: [
      { key: 'dubbo.tag', note: "The request's tag, matched to providers with the same tag; a provider tags itself with dubbo.tag too" },
      { key: 'dubbo.force.tag', note: 'Default false: with no match, fall back to untagged providers' },
      { key: 'condition router', note: 'Condition rules pushed by the config center' },
    ],
    grpc: [{ key: 'xDS RouteConfiguration', note: 'Pushed by the control plane when using xDS' }],
  },
  loadbalance: {
    name: 'Load balancer',
    what: 'Picks one from the routed list: random (default, weighted by weight), roundrobin (smooth weighted), leastactive, shortestresponse, consistenthash. On failover retries, reselect skips providers already tried and those whose connection is gone.',
    fails: 'Bad weights overload one provider; a freshly started provider warms up (its weight ramps up over warmup, default 10 minutes).',
    dubbo: [
      { key: 'loadbalance', note: 'Default random' },
      { key: 'weight', note: 'Per provider, default 100' },
      { key: 'cluster.availablecheck', note: 'Default true: skip unavailable providers' },
    ],
    grpc: [{ key: 'loadBalancingConfig', note: 'Default pick_first; round_robin here' }],
  },
  connection: {
    name: 'Connection',
    what: 'Dubbo: by default one shared Netty connection per provider address, reused by every request and matched by requestId. gRPC: one HTTP/2 connection per address; a call is one stream on it.',
    fails: 'Connection lost: in-flight requests fail at once (CHANNEL_INACTIVE / UNAVAILABLE); a big request on the one connection slows the others.',
    dubbo: [
      { key: 'connections', note: 'Default 0 = shared; >0 opens N for this service' },
      { key: 'heartbeat', note: 'Default 60000 ms; reconnect after 3 missed' },
    ],
    grpc: [
      { key: 'MAX_CONCURRENT_STREAMS', note: 'Server limit on concurrent streams per connection' },
      { key: 'keepAliveTime', note: 'HTTP/2 PING keepalive' },
    ],
  },
  encode: {
    name: 'Serialization / encode',
    what: "Writes the request as bytes: the Dubbo protocol's 16-byte header (magic 0xdabb, flags, status, requestId, body length) + body; gRPC: a protobuf message with a 5-byte length prefix in an HTTP/2 DATA frame.",
    fails: 'A class that is not Serializable, incompatible class versions on the two sides, over the payload limit (Dubbo default 8 MB).',
    dubbo: [
      { key: 'serialization', note: 'Default hessian2 up to Dubbo 3.1, fastjson2 since 3.2' },
      { key: 'payload', note: 'Max bytes per request, default 8388608' },
    ],
    grpc: [
      { key: 'maxInboundMessageSize', note: 'Default 4 MiB' },
      { key: 'compression', note: 'e.g. gzip; none by default' },
    ],
  },
  network: {
    name: 'Network',
    what: 'The request crosses TCP to the provider: a round trip inside one data centre is usually under 1 ms.',
    fails: 'Loss and retransmits, a connection reset by the peer (its process died), a partition.',
    dubbo: [{ key: 'rtt', note: "This lab's round trip (not a Dubbo setting)" }],
    grpc: [{ key: 'rtt', note: "This lab's round trip" }],
  },
  decode: {
    name: 'Provider decode',
    what: "The provider's Netty IO thread splits frames by the header; the body is deserialized on the business thread by default (decode.in.io=false).",
    fails: 'Class not found, incompatible fields: BAD_REQUEST (gRPC: INTERNAL); another provider usually fails the same way.',
    dubbo: [{ key: 'decode.in.io', note: 'Default false: decode the body on the business thread' }],
    grpc: [{ key: 'protobuf', note: 'Unknown fields are kept; only incompatible types fail' }],
  },
  threadpool: {
    name: 'Business thread pool',
    what: 'The IO thread dispatches the request to the business pool (dispatcher=all). Default fixed, 200 threads, queues=0 (SynchronousQueue): no idle thread means immediate rejection.',
    fails:
      'All threads busy: AbortPolicyWithReport logs "Thread pool is EXHAUSTED!", dumps jstack and answers status 100; a slow dependency is the usual cause.',
    dubbo: [
      { key: 'threadpool', note: 'Default fixed (also cached, limited, eager)' },
      { key: 'threads', note: 'Default 200' },
      { key: 'queues', note: 'Default 0: no queue, reject when full' },
      { key: 'dispatcher', note: 'Default all: every message goes to the pool' },
    ],
    grpc: [{ key: 'executor', note: 'grpc-java defaults to an unbounded cached pool; can be a fixed one' }],
  },
  'server-filters': {
    name: 'Provider filters',
    what: "The provider's filter chain: context, auth (TokenFilter), limits (TpsLimitFilter by tps, ExecuteLimitFilter by concurrent executes), access log.",
    fails: 'Over tps or executes: rejected (the RpcException goes back and failover tries another provider); wrong token: rejected.',
    dubbo: [
      { key: 'tps', note: 'TpsLimitFilter: max calls per period (tps.interval, default 60 s)' },
      { key: 'executes', note: 'ExecuteLimitFilter: max concurrent executions per method' },
      { key: 'token', note: 'Token auth' },
    ],
    grpc: [{ key: 'ServerInterceptor', note: 'Auth and rate-limit interceptors' }],
  },
  service: {
    name: 'Service method',
    what: 'OrderServiceImpl.placeOrder runs on a business thread; Dubbo calls it through a javassist-generated Wrapper (no reflection).',
    fails:
      'Slow: holds a thread and keeps running after the consumer timed out (Java cannot interrupt it); a business exception returns as is and is not retried by failover.',
    dubbo: [
      { key: 'slowMs', note: "This lab: the slow provider's time" },
      { key: 'serviceMs', note: 'This lab: normal time (plus 0–20 % jitter)' },
    ],
    grpc: [
      { key: 'slowMs', note: "This lab: the slow provider's time" },
      { key: 'serviceMs', note: 'This lab: normal time' },
    ],
  },
  response: {
    name: 'The way back',
    what: "The response goes back under the same requestId; the consumer's DefaultFuture completes and wakes the calling thread. If it does not come, the timeout check (HashedWheelTimer, 30 ms ticks) completes the Future with a timeout.",
    fails:
      'Timeout: the consumer stops waiting but the provider keeps working (wasted); a late response is only logged: "The timeout response finally returned".',
    dubbo: [
      { key: 'timeout', note: 'Default 1000 ms, per attempt' },
      { key: 'enable-timeout-countdown', note: 'All attempts share one budget' },
    ],
    grpc: [{ key: 'deadline', note: 'An absolute deadline, sent to the server in the grpc-timeout header' }],
  },
};

export const stageText = { zh, en } as const;
