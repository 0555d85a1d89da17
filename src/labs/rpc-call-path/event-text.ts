// The trace's sentences: what each event is and why it happened, in both languages. The engine
// records events as data (core/events.ts); these word them with the configuration's real keys.
import type { CallConfig } from './core/config.ts';
import { providerAddress } from './core/config.ts';
import type { CallEvent, ErrorKind } from './core/events.ts';

type Line = readonly [event: string, why: string];
type Words = (e: CallEvent, c: CallConfig) => Line;

const p = (c: CallConfig, i: number | null | undefined) => (i === null || i === undefined ? '—' : `#${i + 1} ${providerAddress(c.framework, i)}`);
const ms = (v: number | undefined) => `${v ?? 0} ms`;

const errorZh = (e: ErrorKind | undefined, c: CallConfig): string => {
  const g = c.framework === 'grpc';
  switch (e) {
    case 'timeout':
      return g ? 'DEADLINE_EXCEEDED（截止时间到）' : '超时：Waiting server-side response timeout（status 31）';
    case 'pool-exhausted':
      return g ? 'RESOURCE_EXHAUSTED（服务端执行器拒绝）' : '线程池满：Thread pool is EXHAUSTED（status 100）';
    case 'channel-inactive':
      return g ? 'UNAVAILABLE（连接断开）' : '连接断开：Channel is inactive（status 35）';
    case 'decode':
      return g ? 'INTERNAL（请求反序列化失败）' : '服务端解码失败：Fail to decode request due to …（status 40 BAD_REQUEST）';
    case 'tps-limit':
      return g ? 'RESOURCE_EXHAUSTED（服务端限流拦截器）' : 'TpsLimitFilter：exceed max service tps（status 70）';
    case 'no-provider':
      return g ? 'UNAVAILABLE（名字解析没有地址）' : 'No provider available for the service';
    case 'no-time-left':
      return 'No time left for making the following call（TIMEOUT_TERMINATE）';
    default:
      return '—';
  }
};

const errorEn = (e: ErrorKind | undefined, c: CallConfig): string => {
  const g = c.framework === 'grpc';
  switch (e) {
    case 'timeout':
      return g ? 'DEADLINE_EXCEEDED' : 'timeout: Waiting server-side response timeout (status 31)';
    case 'pool-exhausted':
      return g ? 'RESOURCE_EXHAUSTED (server executor rejected)' : 'pool full: Thread pool is EXHAUSTED (status 100)';
    case 'channel-inactive':
      return g ? 'UNAVAILABLE (connection lost)' : 'connection lost: Channel is inactive (status 35)';
    case 'decode':
      return g ? 'INTERNAL (request failed to parse)' : 'server decode failed: Fail to decode request due to … (status 40 BAD_REQUEST)';
    case 'tps-limit':
      return g ? 'RESOURCE_EXHAUSTED (server rate-limit interceptor)' : 'TpsLimitFilter: exceed max service tps (status 70)';
    case 'no-provider':
      return g ? 'UNAVAILABLE (the resolver has no address)' : 'No provider available for the service';
    case 'no-time-left':
      return 'No time left for making the following call (TIMEOUT_TERMINATE)';
    default:
      return '—';
  }
};

/** The head of AbortPolicyWithReport's warning, with this provider's numbers. */
function exhausted(e: CallEvent, c: CallConfig): string {
  const n = e.count ?? c.threads;
  return `Thread pool is EXHAUSTED! Thread Name: DubboServerHandler-${providerAddress(c.framework, e.provider ?? 0)}, Pool Size: ${n} (active: ${n}, core: ${n}, max: ${n}, largest: ${n}) …`;
}

function routeZh(e: CallEvent, c: CallConfig): string {
  switch (e.rule) {
    case 'tag-match':
      return `TagRouter：请求带 dubbo.tag=${c.tag}，只走带这个标签的 Provider`;
    case 'tag-fallback':
      return `TagRouter：没有 Provider 带 dubbo.tag=${c.tag}，dubbo.force.tag=false，退回无标签的 Provider`;
    case 'tag-forced-empty':
      return `TagRouter：没有 Provider 带 dubbo.tag=${c.tag}，dubbo.force.tag=true 不许退回`;
    case 'untagged-only':
      return 'TagRouter：请求不带 dubbo.tag，只走无标签的 Provider（带标签的灰度实例只接带标签的流量）';
    default:
      return '没有 dubbo.tag、没有条件路由规则：全部通过';
  }
}

function routeEn(e: CallEvent, c: CallConfig): string {
  switch (e.rule) {
    case 'tag-match':
      return `TagRouter: the request carries dubbo.tag=${c.tag}; only providers with that tag`;
    case 'tag-fallback':
      return `TagRouter: no provider has dubbo.tag=${c.tag}; dubbo.force.tag=false falls back to untagged providers`;
    case 'tag-forced-empty':
      return `TagRouter: no provider has dubbo.tag=${c.tag}, and dubbo.force.tag=true forbids the fallback`;
    case 'untagged-only':
      return 'TagRouter: the request has no dubbo.tag, so only untagged providers (a tagged canary gets only tagged traffic)';
    default:
      return 'No dubbo.tag, no condition rules: all pass';
  }
}

function zhWords(e: CallEvent, c: CallConfig): Line {
  const g = c.framework === 'grpc';
  switch (e.code) {
    case 'invoke':
      return [
        '调用 orderService.placeOrder(order)',
        g ? '生成的 stub 把方法调用变成一次 unary RPC' : '代理（javassist）把方法调用打包成 RpcInvocation：服务名、方法、参数、attachments',
      ];
    case 'consumer-filters':
      return [
        'Consumer 过滤器链',
        g ? 'ClientInterceptor：注入 traceparent、开始计时' : 'ConsumerContextFilter、链路追踪（注入 traceparent）、指标（开始计时）',
      ];
    case 'cluster-start':
      return g
        ? [`重试策略：maxAttempts ${e.count}，deadline ${ms(e.ms)}`, '整次调用（含重试）共用一个截止时间']
        : [
            `集群容错 cluster=${c.cluster}，最多 ${e.count} 次`,
            c.cluster === 'failover'
              ? `retries=${c.retries}：失败后换一台再试，每次 timeout=${c.timeoutMs} ms${c.countdown ? '，但 enable-timeout-countdown 让所有尝试共用一个预算' : ''}`
              : c.cluster === 'forking'
                ? `forks=${c.forks}：并行调用，取最先成功的`
                : '只调一次',
          ];
    case 'directory-list':
      return [
        `目录里有 ${e.count} 个 Provider`,
        g ? 'NameResolver 解析出的地址列表（本地缓存）' : '注册中心推送过来的列表缓存在本地（RegistryDirectory），调用时不去问注册中心',
      ];
    case 'directory-empty':
      return ['目录是空的', g ? '名字解析没有地址' : '注册中心里没有这个服务的 Provider（没启动、没注册或被禁用）'];
    case 'route':
      return [`路由后剩 ${e.count}/${e.total} 个`, g ? '没有配置路由规则' : routeZh(e, c)];
    case 'route-empty':
      return ['路由后一个不剩', `${routeZh(e, c)}——No provider available`];
    case 'pick':
      return [
        `选中 ${p(c, e.provider)}`,
        g
          ? 'round_robin 轮到它'
          : c.loadbalance === 'random'
            ? `random：按 weight（${c.weights.join('/')}）加权随机`
            : `roundrobin：平滑加权轮询（weight ${c.weights.join('/')}）`,
      ];
    case 'reselect':
      return [
        `换成 ${p(c, e.provider)}`,
        `负载均衡先选中 ${p(c, e.other)}，但它${e.reason === 'invoked' ? '这次调用已经试过' : '的连接已断开（不可用）'}，reselect 在其余的里重选`,
      ];
    case 'forks':
      return [`并行调用 ${e.count} 个 Provider`, `forks=${c.forks}：ForkingClusterInvoker 同时发出，谁先成功用谁`];
    case 'connection':
      return g
        ? [`HTTP/2 stream ${e.count}`, '每个地址一条 HTTP/2 连接（subchannel），一次调用是其中一个 stream']
        : [`共享连接，requestId=${e.count}`, 'connections=0：同一个 Provider 地址的所有服务共用一条 Netty 长连接，响应靠 requestId 对应'];
    case 'encode':
      return [
        `编码 ${e.bytes} 字节`,
        g ? `protobuf 消息 ${e.total} 字节 + 5 字节长度前缀 + 9 字节 DATA 帧头` : `16 字节协议头 + ${e.total} 字节 ${c.serialization} 请求体`,
      ];
    case 'send':
      return ['写出请求', `单程 ${ms(e.ms)}（往返 rtt ${c.rttMs} ms 的一半）`];
    case 'dropped':
      return ['连接断了', `Provider 进程挂了，Consumer 收到 RST：未完成的请求立即失败——${errorZh(e.error, c)}；这个 Provider 标记为不可用`];
    case 'decode':
      return ['Provider 解码请求', g ? 'Netty 收到帧，protobuf 解析成请求对象' : 'IO 线程按 16 字节头拆帧，反序列化请求体'];
    case 'decode-fail':
      return ['Provider 解码失败', '这台 Provider 的类版本不对（缺类或字段不兼容），反序列化抛异常，返回错误响应'];
    case 'pool-accept':
      return [`业务线程池接收（${e.count}/${e.total} 忙）`, g ? '交给服务端执行器' : `threadpool=fixed，threads=${c.threads}，queues=0`];
    case 'pool-exhausted':
      return [
        `线程池满：${e.count}/${e.count} 忙`,
        g
          ? '服务端执行器拒绝任务'
          : `fixed 线程池 threads=${c.threads}、queues=0，AbortPolicyWithReport 拒绝，日志 “${exhausted(e, c)}”，并立即回错误响应（status 100）`,
      ];
    case 'server-filters':
      return [
        'Provider 过滤器链通过',
        g ? 'ServerInterceptor：鉴权、限流通过' : 'ContextFilter、TokenFilter（鉴权）、TpsLimitFilter / ExecuteLimitFilter（限流）都通过',
      ];
    case 'tps-reject':
      return ['TpsLimitFilter 拒绝', '这台 Provider 配置了 tps 限流，本周期额度已用完'];
    case 'service-start':
      return ['执行 OrderServiceImpl.placeOrder', '业务线程里通过 javassist 生成的 Wrapper 调用实现类（不走反射）'];
    case 'service-end':
      return [
        `方法返回，用时 ${ms(e.ms)}`,
        e.ms !== undefined && e.ms >= c.slowMs && c.fault === 'slow-provider'
          ? `这台 Provider 慢（slowMs=${c.slowMs}），它不知道 Consumer 早就不等了`
          : '结果编码后按同一个 requestId 写回',
      ];
    case 'reply-error':
      return [`收到错误响应：${errorZh(e.error, c)}`, '服务端立即返回了失败，而不是让 Consumer 等到超时'];
    case 'response':
      return [`收到响应，本次用时 ${ms(e.ms)}`, g ? 'grpc-status: 0 (OK)，trailers 结束 stream' : 'DefaultFuture 按 requestId 找到等待的 Future 并完成它'];
    case 'timeout':
      return [
        `超时：等了 ${ms(e.ms)}`,
        g
          ? `deadline 到了：DEADLINE_EXCEEDED，RST_STREAM 取消这个 stream`
          : `DefaultFuture 的超时检查（HashedWheelTimer）到点：“Waiting server-side response timeout by scan timer … timeout: ${e.ms ?? 0} ms”（status 31）`,
      ];
    case 'late-response':
      return [`迟到的响应（发出后 ${ms(e.ms)}）`, g ? 'stream 已取消，丢弃' : '“The timeout response finally returned”：Future 早已超时，只打一条警告日志'];
    case 'ignored-response':
      return ['另一个分支的响应，被忽略', '调用方已经拿到最先成功的结果'];
    case 'retry':
      return [
        `第 ${e.count}/${e.total} 次尝试`,
        g ? '状态码在 retryableStatusCodes 里，退避后重试' : 'failover：非业务异常，重新 list 目录，跳过已调用过的 Provider',
      ];
    case 'backoff':
      return [`退避 ${ms(e.ms)}`, `在 [0, ${e.total} ms) 里随机（initialBackoff 100 ms × 2^(n−1)，maxBackoff 1 s）`];
    case 'no-time-left':
      return ['不再尝试：预算用完', `enable-timeout-countdown：总预算 ${c.timeoutMs} ms 已用完，下一次直接失败——${errorZh('no-time-left', c)}`];
    case 'not-retryable':
      return ['不重试', `${errorZh(e.error, c)} 不在 retryableStatusCodes（UNAVAILABLE）里`];
    case 'give-up':
      return [
        `${e.count} 次都失败了`,
        `FailoverClusterInvoker 抛出 RpcException：“Tried ${e.count} times of the providers … (${e.count}/${e.total})”，最后的错误：${errorZh(e.error, c)}`,
      ];
    case 'failfast':
      return ['失败即返回', `failfast：不重试，直接把错误抛给调用方——${errorZh(e.error, c)}`];
    case 'failsafe':
      return ['吞掉异常', `failsafe：记录 “Failsafe ignore exception” 错误日志，返回空结果（null）——${errorZh(e.error, c)}`];
    case 'failback-record':
      return ['记下失败，稍后重试', `failback：返回空结果，把这次调用放进重试队列，${ms(e.ms)} 后在别的 Provider 上重试`];
    case 'failback-retry':
      return [
        `后台重试 ${e.count}/${e.total}`,
        e.bad ? `目录仍然是空的：${errorZh(e.error, c)}` : 'FailbackClusterInvoker 的定时任务：重新选一台（排除上次失败的）',
      ];
    case 'failback-done':
      return ['后台重试成功', '调用方早已拿到空结果，不会知道这个结果'];
    case 'failback-abandon':
      return [`重试 ${e.count} 次后放弃`, '“Failed retry times exceed threshold”：这次调用的效果丢了'];
    case 'result-ok':
      return [`调用方拿到结果（${e.count} 次尝试）`, `来自 ${p(c, e.provider)}；调用线程被唤醒`];
    case 'result-error':
      return ['调用方收到异常', `${errorZh(e.error, c)}（${e.count} 次尝试）`];
    case 'result-empty':
      return ['调用方拿到空结果（null）', '没有异常，但也没有数据：调用方要能处理 null'];
  }
}

function enWords(e: CallEvent, c: CallConfig): Line {
  const g = c.framework === 'grpc';
  switch (e.code) {
    case 'invoke':
      return [
        'Call orderService.placeOrder(order)',
        g
          ? 'The generated stub turns the method call into a unary RPC'
          : 'The proxy (javassist) packs the call into an RpcInvocation: service, method, arguments, attachments',
      ];
    case 'consumer-filters':
      return [
        'Consumer filter chain',
        g ? 'ClientInterceptors: inject traceparent, start the timer' : 'ConsumerContextFilter, tracing (injects traceparent), metrics (starts the timer)',
      ];
    case 'cluster-start':
      return g
        ? [`Retry policy: maxAttempts ${e.count}, deadline ${ms(e.ms)}`, 'The whole call, retries included, shares one deadline']
        : [
            `Fault tolerance cluster=${c.cluster}, up to ${e.count} attempt(s)`,
            c.cluster === 'failover'
              ? `retries=${c.retries}: on failure try another provider, each attempt with timeout=${c.timeoutMs} ms${c.countdown ? ', but enable-timeout-countdown makes all attempts share one budget' : ''}`
              : c.cluster === 'forking'
                ? `forks=${c.forks}: call in parallel, take the first success`
                : 'One attempt only',
          ];
    case 'directory-list':
      return [
        `${e.count} providers in the directory`,
        g
          ? "The NameResolver's addresses (cached locally)"
          : 'The list the registry pushed is cached locally (RegistryDirectory); a call never asks the registry',
      ];
    case 'directory-empty':
      return [
        'The directory is empty',
        g ? 'The resolver has no address' : 'The registry has no provider for this service (not started, not registered or disabled)',
      ];
    case 'route':
      return [`${e.count} of ${e.total} left after routing`, g ? 'No routing rules configured' : routeEn(e, c)];
    case 'route-empty':
      return ['None left after routing', `${routeEn(e, c)} — No provider available`];
    case 'pick':
      return [
        `Picked ${p(c, e.provider)}`,
        g
          ? 'round_robin: its turn'
          : c.loadbalance === 'random'
            ? `random: weighted by weight (${c.weights.join('/')})`
            : `roundrobin: smooth weighted round robin (weight ${c.weights.join('/')})`,
      ];
    case 'reselect':
      return [
        `Switched to ${p(c, e.provider)}`,
        `The balancer first chose ${p(c, e.other)}, but it ${e.reason === 'invoked' ? 'was already tried in this call' : 'has lost its connection (unavailable)'}; reselect picks among the rest`,
      ];
    case 'forks':
      return [`Call ${e.count} providers in parallel`, `forks=${c.forks}: ForkingClusterInvoker sends them all at once; the first success wins`];
    case 'connection':
      return g
        ? [`HTTP/2 stream ${e.count}`, 'One HTTP/2 connection (subchannel) per address; a call is one stream on it']
        : [
            `Shared connection, requestId=${e.count}`,
            'connections=0: every service on a provider address shares one Netty connection; responses are matched by requestId',
          ];
    case 'encode':
      return [
        `Encode ${e.bytes} bytes`,
        g ? `${e.total}-byte protobuf message + 5-byte length prefix + 9-byte DATA frame header` : `16-byte header + ${e.total}-byte ${c.serialization} body`,
      ];
    case 'send':
      return ['Write the request', `One way ${ms(e.ms)} (half of rtt ${c.rttMs} ms)`];
    case 'dropped':
      return [
        'Connection lost',
        `The provider process died and the consumer got an RST: pending requests fail at once — ${errorEn(e.error, c)}; the provider is marked unavailable`,
      ];
    case 'decode':
      return [
        'Provider decodes the request',
        g ? 'Netty reads the frame; protobuf parses the request' : 'The IO thread splits the frame by its 16-byte header and deserializes the body',
      ];
    case 'decode-fail':
      return [
        'Provider fails to decode',
        'This provider has a different class version (missing class or incompatible field); deserialization throws and an error response goes back',
      ];
    case 'pool-accept':
      return [`Business pool accepts (${e.count}/${e.total} busy)`, g ? 'Handed to the server executor' : `threadpool=fixed, threads=${c.threads}, queues=0`];
    case 'pool-exhausted':
      return [
        `Pool full: ${e.count}/${e.count} busy`,
        g
          ? 'The server executor rejects the task'
          : `fixed pool threads=${c.threads}, queues=0: AbortPolicyWithReport rejects, logs "${exhausted(e, c)}" and answers with an error at once (status 100)`,
      ];
    case 'server-filters':
      return [
        'Provider filter chain passes',
        g ? 'ServerInterceptors: auth and rate limit pass' : 'ContextFilter, TokenFilter (auth), TpsLimitFilter / ExecuteLimitFilter (limits) all pass',
      ];
    case 'tps-reject':
      return ['TpsLimitFilter rejects', "This provider has a tps limit and this period's quota is spent"];
    case 'service-start':
      return ['Run OrderServiceImpl.placeOrder', 'Invoked on a business thread through the javassist Wrapper (no reflection)'];
    case 'service-end':
      return [
        `Method returns after ${ms(e.ms)}`,
        e.ms !== undefined && e.ms >= c.slowMs && c.fault === 'slow-provider'
          ? `This provider is slow (slowMs=${c.slowMs}); it does not know the consumer stopped waiting long ago`
          : 'The result is encoded and written back under the same requestId',
      ];
    case 'reply-error':
      return [`Error response: ${errorEn(e.error, c)}`, 'The server failed fast instead of letting the consumer wait for its timeout'];
    case 'response':
      return [
        `Response after ${ms(e.ms)}`,
        g ? 'grpc-status: 0 (OK); trailers end the stream' : 'DefaultFuture finds the waiting Future by requestId and completes it',
      ];
    case 'timeout':
      return [
        `Timed out after ${ms(e.ms)}`,
        g
          ? 'Deadline reached: DEADLINE_EXCEEDED, RST_STREAM cancels the stream'
          : `DefaultFuture's timeout check (HashedWheelTimer) fires: "Waiting server-side response timeout by scan timer … timeout: ${e.ms ?? 0} ms" (status 31)`,
      ];
    case 'late-response':
      return [
        `Late response (${ms(e.ms)} after sending)`,
        g ? 'The stream was cancelled; dropped' : '"The timeout response finally returned": the Future timed out long ago; only a warning is logged',
      ];
    case 'ignored-response':
      return ["Another fork's response, ignored", 'The caller already has the first success'];
    case 'retry':
      return [
        `Attempt ${e.count} of ${e.total}`,
        g
          ? 'The status is in retryableStatusCodes; retry after the backoff'
          : 'failover: not a business exception; list the directory again and skip providers already tried',
      ];
    case 'backoff':
      return [`Back off ${ms(e.ms)}`, `Random in [0, ${e.total} ms) (initialBackoff 100 ms × 2^(n−1), maxBackoff 1 s)`];
    case 'no-time-left':
      return [
        'No more attempts: budget spent',
        `enable-timeout-countdown: the ${c.timeoutMs} ms budget is used up, the next attempt fails at once — ${errorEn('no-time-left', c)}`,
      ];
    case 'not-retryable':
      return ['Not retried', `${errorEn(e.error, c)} is not in retryableStatusCodes (UNAVAILABLE)`];
    case 'give-up':
      return [
        `All ${e.count} attempts failed`,
        `FailoverClusterInvoker throws RpcException: "Tried ${e.count} times of the providers … (${e.count}/${e.total})"; last error: ${errorEn(e.error, c)}`,
      ];
    case 'failfast':
      return ['Fail fast', `failfast: no retry; the error goes straight to the caller — ${errorEn(e.error, c)}`];
    case 'failsafe':
      return ['Swallow the error', `failsafe: logs "Failsafe ignore exception" and returns an empty result (null) — ${errorEn(e.error, c)}`];
    case 'failback-record':
      return ['Record the failure, retry later', `failback: return an empty result and queue the call; retried on another provider in ${ms(e.ms)}`];
    case 'failback-retry':
      return [
        `Background retry ${e.count}/${e.total}`,
        e.bad ? `The directory is still empty: ${errorEn(e.error, c)}` : "FailbackClusterInvoker's timer task: pick again, excluding the provider that failed",
      ];
    case 'failback-done':
      return ['Background retry succeeded', 'The caller already got an empty result and never sees this one'];
    case 'failback-abandon':
      return [`Abandoned after ${e.count} retries`, '"Failed retry times exceed threshold": the call\'s effect is lost'];
    case 'result-ok':
      return [`Caller gets the result (${e.count} attempt(s))`, `From ${p(c, e.provider)}; the calling thread wakes up`];
    case 'result-error':
      return ['Caller gets an exception', `${errorEn(e.error, c)} (${e.count} attempt(s))`];
    case 'result-empty':
      return ['Caller gets an empty result (null)', 'No exception, but no data either: the caller must cope with null'];
  }
}

export const eventWords: Readonly<Record<'zh' | 'en', Words>> = { zh: zhWords, en: enWords };
export const errorWords = { zh: errorZh, en: errorEn } as const;
