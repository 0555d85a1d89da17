// Hand-labelled answers for measuring the matcher (match.ts): key points copied verbatim from real
// cards (tests/content/type-in-corpus.test.ts checks they are still in the decks), an answer a
// learner might type, and the points a human grader counts as recalled. It holds paraphrases,
// synonyms across languages, other word orders, answers in the other language's terms, and near
// misses that must not count (a leaky bucket said for a token-bucket point, the wrong state named).

export interface CorpusCase {
  readonly card: string;
  readonly points: readonly string[];
  readonly typed: string;
  /** Indexes of `points` a human grader counts as recalled. */
  readonly hits: readonly number[];
}

const TB_ZH = [
  '两个参数：rate r 决定平均速率，capacity/burst B 决定最大突发',
  '惰性补充：不用定时器，请求到来时按 `(now - last) × r` 补令牌',
  '取不到令牌时可以立即拒绝，也可以等到有令牌（Guava `acquire()` 会阻塞）',
];
const TB_EN = [
  'Two parameters: rate r sets the average, capacity/burst B sets the largest burst',
  'Lazy refill: no timer; when a request arrives, add `(now - last) × r` tokens',
  "Without a token you can reject at once or wait for one (Guava's `acquire()` blocks)",
];
const VS_ZH = [
  '令牌桶：允许突发，输出可以不均匀，超限就拒绝（或等令牌）',
  '漏桶队列：不允许突发立即通过，输出严格匀速，超限先排队、队满才丢',
  '对外 API 配额选令牌桶；保护处理能力恒定的下游选漏桶队列',
];
const VS_EN = [
  'Token bucket: allows bursts, output can be uneven, over the limit is rejected (or waits for a token)',
  'Leaky-bucket queue: no instant bursts, strictly even output, over the limit queues first and is dropped only when full',
  'Pick a token bucket for external API quotas; a leaky-bucket queue to protect a downstream with fixed processing capacity',
];
const CB_ZH = [
  '三个状态：CLOSED → OPEN → HALF_OPEN → CLOSED 或 OPEN',
  '跳闸条件：失败率或慢调用率 ≥ 阈值，且窗口内调用数 ≥ minimumNumberOfCalls',
  '统计窗口：按次数（最近 N 次调用）或按时间（最近 N 秒）滑动',
  'OPEN 时不再调用下游：调用方线程不被拖住，下游也有机会恢复',
];
const CB_EN = [
  'Three states: CLOSED → OPEN → HALF_OPEN → CLOSED or OPEN',
  'Trip condition: failure rate or slow-call rate ≥ threshold, and calls in the window ≥ minimumNumberOfCalls',
  'Statistics window: sliding by count (last N calls) or by time (last N seconds)',
  "OPEN stops calling the downstream: the caller's threads aren't held up and the downstream gets room to recover",
];
const RL_ZH = [
  '先定三件事：限谁（key）、限什么（QPS 还是并发）、超了怎么办（拒绝、排队、降级）',
  '网关：nginx `limit_req` 是 leaky bucket，`burst` 排队、`nodelay` 放行突发，超出默认 503',
  '被限的请求返回 429 + `Retry-After`，客户端退避重试',
];
const RL_EN = [
  'Decide three things first: limit whom (the key), limit what (QPS or concurrency), and what happens beyond it (reject, queue, degrade)',
  'Gateway: nginx `limit_req` is a leaky bucket; `burst` queues, `nodelay` lets the burst through at once, beyond it 503 by default',
  'Limited requests get 429 + `Retry-After`, and clients back off and retry',
];
const LB_ZH = [
  '同构实例、短请求：轮询或加权轮询（nginx 默认平滑加权轮询）',
  '请求耗时差异大、长连接：最少连接或 P2C',
  '需要同一 key 落到同一台（缓存、会话）：哈希，优先一致性哈希',
];
const LB_EN = [
  'Identical instances, short requests: round robin or weighted round robin (nginx defaults to smooth weighted round robin)',
  'Very uneven request durations, long-lived connections: least connections or P2C',
  'The same key must land on the same server (cache, session): hashing, preferably consistent hashing',
];
const K8S_ZH = [
  'Service 给一组 Pod 一个稳定的名字和 ClusterIP；Pod 会变，Service 不变',
  'kube-proxy 不在数据路径上：它 watch EndpointSlice，把规则写进内核，转发由内核做，按连接选后端',
  'NodePort 在每个节点开同一个端口（默认范围 30000–32767）；LoadBalancer 在它之上再要一个云 LB',
];
const RPC_ZH = [
  'Registry 只是「地址簿」：注册、订阅、变更推送，不转发任何业务流量',
  'Consumer 本地持有 Provider 列表缓存，选机器、重试、熔断都在客户端完成（客户端发现）',
  'invoke 是 Consumer → Provider 的点对点长连接调用，可同步也可异步',
];
const HB_EN = [
  'Eureka: the client renews every 30 s and expires after 90 s without renewal; self-preservation stops evictions when renewals in the last minute fall below 85% of the expected number',
  'Nacos ephemeral instances: heartbeat every 5 s, unhealthy after 15 s without one, removed after 30 s; persistent instances are probed by the server (TCP / HTTP / MySQL), and a failed probe only marks them unhealthy, never deletes them',
  'ZooKeeper: the Provider creates an ephemeral znode that disappears when its session times out, and a watch notifies Consumers',
];
const DOCKER_ZH = [
  '`docker exec -it <容器> sh` 在运行中的容器里开新进程；`docker attach` 接主进程',
  '`docker stop` 先发 SIGTERM，默认等 10 秒再 SIGKILL；`docker kill` 直接 SIGKILL',
  '`docker logs -f --tail 100 <容器>` 看标准输出日志；`docker top` 看容器内进程',
];
const DOCKER_EN = [
  '`docker exec -it <container> sh` starts a new process in a running container; `docker attach` connects to the main process',
  '`docker stop` sends SIGTERM, waits 10 s by default, then SIGKILL; `docker kill` sends SIGKILL at once',
  '`docker logs -f --tail 100 <container>` shows stdout logs; `docker top` shows the processes inside',
];
const TOP_ZH = [
  'awk 取第 1 列 → `sort` 让相同 IP 挨在一起 → `uniq -c` 计数 → `sort -rn` 按次数倒序 → `head -10`',
  '`uniq` 只合并**相邻**的重复行，所以必须先 sort',
  'awk 关联数组一遍扫描计数，只对"不同 IP"排序，比全量 sort 快、省内存',
];
const TOP_EN = [
  'awk takes field 1 → `sort` puts equal IPs together → `uniq -c` counts → `sort -rn` orders by count descending → `head -10`',
  '`uniq` only merges **adjacent** duplicates, which is why sort comes first',
  'An awk associative array counts in one pass and only sorts the distinct IPs: faster and lighter than a full sort',
];
const DIST_EN = [
  'Scaling up (a bigger machine) has physical and cost limits; only scaling out keeps growing',
  'Redundancy removes single points of failure: replicas plus automatic failover survive a machine, or even a whole data centre, going down',
  'Fault isolation: bulkheads and separate deployments keep one memory leak from taking down the site',
];

export const corpus: readonly CorpusCase[] = [
  // Token bucket, Chinese.
  {
    card: 'token-bucket',
    points: TB_ZH,
    typed:
      '有两个参数，速率 r 和桶容量 B，B 决定最大突发。请求来的时候按 (now-last)*r 惰性补充令牌，不需要定时器。拿不到令牌就拒绝或者等待，Guava 的 acquire 会阻塞。',
    hits: [0, 1, 2],
  },
  { card: 'token-bucket', points: TB_ZH, typed: '按固定速率往桶里放 token，桶的 capacity 限制突发；没有 token 时直接拒绝请求', hits: [0, 2] },
  { card: 'token-bucket', points: TB_ZH, typed: '用一个定时器每秒往桶里加令牌', hits: [] },
  { card: 'token-bucket', points: TB_ZH, typed: '漏桶按固定速率流出，请求排队', hits: [] },
  { card: 'token-bucket', points: TB_ZH, typed: 'lazy refill：请求到达时用 (now - last) × r 算出该补多少令牌', hits: [1] },
  // Token bucket, English.
  {
    card: 'token-bucket',
    points: TB_EN,
    typed:
      'Two knobs: the rate r gives the average and the burst size B the biggest burst. Tokens are refilled lazily when a request comes in, (now-last)*r, no timer. No token: reject right away or wait (Guava acquire() blocks).',
    hits: [0, 1, 2],
  },
  { card: 'token-bucket', points: TB_EN, typed: 'a leaky bucket drains requests at a constant rate from a queue', hits: [] },
  { card: 'token-bucket', points: TB_EN, typed: 'If there is no token left the request is rejected, or the caller waits for one', hits: [2] },
  { card: 'token-bucket', points: TB_EN, typed: 'burst B and rate r are the two parameters', hits: [0] },
  // Token vs leaky, both languages.
  {
    card: 'rl-token-vs-leaky',
    points: VS_ZH,
    typed: '令牌桶允许突发，超了就拒绝；漏桶把请求排队，以固定速率匀速流出，队列满了才丢弃。对外 API 的配额用令牌桶，保护处理能力固定的下游用漏桶。',
    hits: [0, 1, 2],
  },
  { card: 'rl-token-vs-leaky', points: VS_ZH, typed: 'token bucket 允许 burst，超限 reject；leaky bucket 排队匀速输出', hits: [0, 1] },
  { card: 'rl-token-vs-leaky', points: VS_ZH, typed: '两者差不多，都是限流算法', hits: [] },
  {
    card: 'rl-token-vs-leaky',
    points: VS_EN,
    typed:
      'Token bucket lets bursts through and rejects what is over the limit. A leaky bucket queues requests and releases them at a strictly even rate, dropping only when the queue is full.',
    hits: [0, 1],
  },
  {
    card: 'rl-token-vs-leaky',
    points: VS_EN,
    typed: 'For quotas on a public API choose the token bucket; to protect a downstream whose capacity is fixed use a leaky bucket queue.',
    hits: [2],
  },
  { card: 'rl-token-vs-leaky', points: VS_EN, typed: 'both are the same thing really, just counters', hits: [] },
  // Circuit breaker, Chinese.
  {
    card: 'circuit-breaking',
    points: CB_ZH,
    typed:
      '熔断器有三个状态：关闭、打开、半开。失败率或者慢调用比例超过阈值、并且调用数达到 minimumNumberOfCalls 就跳闸。滑动窗口可以按调用次数也可以按时间。打开后不再调用下游，线程不会被拖住，下游有时间恢复。',
    hits: [0, 1, 2, 3],
  },
  { card: 'circuit-breaking', points: CB_ZH, typed: 'CLOSED 到 OPEN 再到 HALF_OPEN，半开时试探成功就回到 CLOSED', hits: [0] },
  { card: 'circuit-breaking', points: CB_ZH, typed: '熔断就是限流，QPS 超了就拒绝', hits: [] },
  { card: 'circuit-breaking', points: CB_ZH, typed: 'failure rate 超过 threshold 就 trip，前提是窗口里的调用数够 minimumNumberOfCalls', hits: [1] },
  { card: 'circuit-breaking', points: CB_ZH, typed: '统计用 sliding window，可以是最近 N 次调用，也可以是最近 N 秒', hits: [2] },
  // Circuit breaker, English.
  {
    card: 'circuit-breaking',
    points: CB_EN,
    typed:
      'States: closed, open, half-open; from half-open back to closed or open again. It trips when the failure rate or the slow call rate reaches the threshold and the window holds at least minimumNumberOfCalls.',
    hits: [0, 1],
  },
  {
    card: 'circuit-breaking',
    points: CB_EN,
    typed: 'While open it does not call the downstream at all, so caller threads are not tied up and the backend can recover',
    hits: [3],
  },
  { card: 'circuit-breaking', points: CB_EN, typed: 'It retries the call three times with exponential backoff', hits: [] },
  { card: 'circuit-breaking', points: CB_EN, typed: 'The window slides over the last N calls (count based) or the last N seconds (time based).', hits: [2] },
  // Rate limiting overview.
  {
    card: 'rate-limiting-how',
    points: RL_ZH,
    typed:
      '先想清楚限谁、限 QPS 还是并发、超了是拒绝排队还是降级。nginx 的 limit_req 其实是漏桶，burst 排队，nodelay 让突发直接过，超出返回 503。被限流返回 429 和 Retry-After，客户端退避重试。',
    hits: [0, 1, 2],
  },
  { card: 'rate-limiting-how', points: RL_ZH, typed: 'nginx limit_req 用的是令牌桶', hits: [] },
  { card: 'rate-limiting-how', points: RL_ZH, typed: '返回 HTTP 429，带上 Retry-After 头，让客户端 backoff', hits: [2] },
  {
    card: 'rate-limiting-how',
    points: RL_EN,
    typed:
      'First decide the key you limit on, whether you limit QPS or concurrency, and what happens over the limit: reject, queue or degrade. Clients get 429 with Retry-After and back off.',
    hits: [0, 2],
  },
  {
    card: 'rate-limiting-how',
    points: RL_EN,
    typed: 'nginx limit_req: a leaky bucket; burst queues the excess, nodelay forwards the burst at once, 503 beyond it',
    hits: [1],
  },
  { card: 'rate-limiting-how', points: RL_EN, typed: 'return 500 and log an error', hits: [] },
  // Load balancing.
  {
    card: 'lb-algorithms',
    points: LB_ZH,
    typed: '实例一样、请求短就用轮询或加权轮询；请求耗时差别大或者长连接用最少连接、P2C；同一个 key 要落到同一台机器就用一致性哈希。',
    hits: [0, 1, 2],
  },
  { card: 'lb-algorithms', points: LB_ZH, typed: 'round robin 适合同构实例和短请求；缓存要同 key 同机器时用 consistent hashing', hits: [0, 2] },
  { card: 'lb-algorithms', points: LB_ZH, typed: '随机选一台就行', hits: [] },
  {
    card: 'lb-algorithms',
    points: LB_EN,
    typed: 'Long-lived connections and very uneven request times call for least connections or power of two choices (P2C).',
    hits: [1],
  },
  {
    card: 'lb-algorithms',
    points: LB_EN,
    typed:
      'For session or cache affinity hash the key, ideally with consistent hashing; for identical servers and short requests plain round robin or weighted round robin works.',
    hits: [0, 2],
  },
  // Kubernetes Service.
  {
    card: 'k8s-request-forwarding',
    points: K8S_ZH,
    typed:
      'Service 给一组 Pod 一个稳定的名字和 ClusterIP，Pod 变了 Service 不变。kube-proxy 只 watch EndpointSlice、写内核规则，转发是内核做的，按连接选后端。NodePort 每个节点开同一个端口，30000-32767。',
    hits: [0, 1, 2],
  },
  { card: 'k8s-request-forwarding', points: K8S_ZH, typed: '所有流量都经过 kube-proxy 进程转发', hits: [] },
  { card: 'k8s-request-forwarding', points: K8S_ZH, typed: 'nodeport 就是每个 node 上开一个同样的端口，默认范围 30000 到 32767', hits: [2] },
  // RPC architecture.
  {
    card: 'rpc-architecture',
    points: RPC_ZH,
    typed:
      '注册中心只是地址簿，负责注册、订阅和推送变更，不转发业务流量；consumer 本地缓存 provider 列表，负载均衡、重试和熔断都在客户端做；调用是 consumer 到 provider 的点对点长连接。',
    hits: [0, 1, 2],
  },
  { card: 'rpc-architecture', points: RPC_ZH, typed: '所有请求都先经过注册中心再转发给 provider', hits: [] },
  // Registry heartbeats, English.
  {
    card: 'registry-heartbeat',
    points: HB_EN,
    typed:
      'Eureka clients renew every 30 seconds and are expired after 90 s; self-preservation stops evicting when renewals fall under 85%. In ZooKeeper the provider holds an ephemeral znode that vanishes when the session times out, and watches notify consumers.',
    hits: [0, 2],
  },
  {
    card: 'registry-heartbeat',
    points: HB_EN,
    typed:
      'Nacos ephemeral instances send a heartbeat every 5 s, are unhealthy after 15 s and removed after 30 s; persistent ones are probed by the server and only marked unhealthy',
    hits: [1],
  },
  { card: 'registry-heartbeat', points: HB_EN, typed: 'ZooKeeper uses persistent nodes that the admin deletes by hand', hits: [] },
  // Docker commands.
  {
    card: 'docker-commands',
    points: DOCKER_ZH,
    typed:
      'docker exec -it 容器 sh 在运行的容器里起一个新进程，attach 连到主进程；docker stop 先发 SIGTERM，等 10 秒再 SIGKILL，kill 直接 SIGKILL；docker logs -f 看日志。',
    hits: [0, 1, 2],
  },
  { card: 'docker-commands', points: DOCKER_ZH, typed: 'docker stop 直接 SIGKILL 杀掉进程', hits: [] },
  {
    card: 'docker-commands',
    points: DOCKER_EN,
    typed: 'docker stop sends SIGTERM first and after 10 seconds SIGKILL; docker kill sends SIGKILL immediately',
    hits: [1],
  },
  { card: 'docker-commands', points: DOCKER_EN, typed: 'use docker log to see the output', hits: [] },
  // Linux top IPs.
  {
    card: 'nginx-top10-ip',
    points: TOP_ZH,
    typed: "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -10；uniq 只合并相邻的重复行，所以要先 sort",
    hits: [0, 1],
  },
  { card: 'nginx-top10-ip', points: TOP_ZH, typed: '用 awk 关联数组一遍扫描计数，只对不同的 IP 排序，更快更省内存', hits: [2] },
  {
    card: 'nginx-top10-ip',
    points: TOP_EN,
    typed: 'cut the first field, sort, uniq -c, sort -rn, head -10. uniq only collapses adjacent duplicates, so sort first',
    hits: [0, 1],
  },
  { card: 'nginx-top10-ip', points: TOP_EN, typed: 'grep the log for 200 responses', hits: [] },
  // Why distributed, English.
  {
    card: 'why-distributed',
    points: DIST_EN,
    typed:
      'A bigger machine only goes so far (physical and cost limits), scaling out keeps growing. Replicas and automatic failover remove single points of failure.',
    hits: [0, 1],
  },
  {
    card: 'why-distributed',
    points: DIST_EN,
    typed: 'Bulkheads and separate deployments isolate faults so one memory leak does not take the whole site down',
    hits: [2],
  },
];
