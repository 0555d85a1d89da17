// Every user-facing word of the service-discovery view, in both UI languages. The engine records
// events as codes with arguments (core/events.ts); `events` words each one: what happened and why.
import type { EventCode } from './core/events.ts';
import type { ParamProblem } from './core/params.ts';
import type { PresetId } from './core/presets.ts';
import type { RegistryKind } from './core/scenario.ts';
import type { Args } from './core/sim-state.ts';

type Words = { readonly what: (a: Args) => string; readonly why: (a: Args) => string };
const v = (a: Args, k: string) => a[k] ?? '';

const zhEvents: Record<EventCode, Words> = {
  start: {
    what: (a) => `稳态：${v(a, 'providers')} 个 provider 已注册，${v(a, 'consumers')} 个 consumer 缓存着 ${v(a, 'list')}`,
    why: () => '运行开始时一切早已注册好；各个定时器的相位由随机种子决定',
  },
  crashed: { what: (a) => `${v(a, 'provider')} 进程崩溃`, why: () => '没有注销，也不会再续约或心跳：只能靠注册中心的超时规则发现它' },
  hung: { what: (a) => `${v(a, 'provider')} 的应用卡死（不再响应）`, why: () => 'Pod 还在，只有就绪探针会发现它' },
  exited: { what: (a) => `${v(a, 'provider')} 进程退出`, why: (a) => `注销后等了 ${v(a, 'drain')} s 才停进程（drain）；还在缓存它的 consumer 会调用失败` },
  partitioned: { what: (a) => `网络分区：${v(a, 'providers')} 连不上注册中心`, why: () => '它们还活着、consumer 仍能调用它们，只是续约 / 心跳到不了注册中心' },
  healed: { what: () => '分区恢复', why: () => 'provider 又能连上注册中心了' },
  'calls-failed': {
    what: (a) =>
      `本秒 ${v(a, 'total')} 次调用，失败 ${v(a, 'failed')}${Number(v(a, 'retriedOk')) > 0 ? `，重试成功 ${v(a, 'retriedOk')}` : ''}（打到死实例：${v(a, 'consumers')}）`,
    why: (a) =>
      v(a, 'targets') === '∅'
        ? '本地列表是空的：No provider available'
        : `consumer 的本地列表里还有已经死掉的 ${v(a, 'targets')}，轮询到它就连接失败${v(a, 'retry') === 1 ? '；失败的调用换下一个实例重试一次' : '；没开重试，失败直接返回给调用方'}`,
  },
  'window-closed': {
    what: (a) => `已经没有 consumer 再列出 ${v(a, 'provider')}`,
    why: (a) => `从它停掉到最后一个 consumer 把它移出列表：${v(a, 'seconds')} s`,
  },
  'peer-stopped': {
    what: (a) => `Eureka 节点 ${v(a, 'server')} 停了（还剩 ${v(a, 'live')} 个）`,
    why: (a) =>
      v(a, 'serving') === 1 ? 'AP：各节点独立服务、互相复制，只要还有一个活着，客户端就换一个节点续约和拉取' : '所有节点都停了：客户端只能用本地缓存',
  },
  'peer-started': {
    what: (a) => `Eureka 节点 ${v(a, 'server')} 启动（${v(a, 'live')} 个在线）`,
    why: () => '启动后从其他节点同步注册表（这里把节点视为一份复制好的注册表）',
  },
  pushed: { what: (a) => `注册中心推送新列表 ${v(a, 'list')} 给 ${v(a, 'consumers')} 个 consumer`, why: () => '列表变化时主动通知订阅者（推）' },
  polled: { what: (a) => `轮询拿到 ${v(a, 'list')}`, why: () => 'Nacos 客户端除了接收推送，还每 10 s 拉一次，弥补丢失的 UDP 推送' },
  deregistered: { what: (a) => `${v(a, 'provider')} 主动注销`, why: () => '发版前先下线：注册中心立刻删除它并推送' },
  reregistered: { what: (a) => `${v(a, 'provider')} 重新注册`, why: () => '注册中心已经不认识它（被剔除 / 删除 / 会话过期），客户端发现后重新注册' },
  'ping-answered-again': { what: (a) => `${v(a, 'provider')} 又回应了心跳`, why: () => '失败计数清零' },
  'ping-missed': {
    what: (a) => `${v(a, 'provider')} 没回应心跳（${v(a, 'misses')}/${v(a, 'max')}）`,
    why: (a) => (v(a, 'why') === 'partition' ? '它还活着，只是网络不通' : '进程已经不在了'),
  },
  'removed-after-misses': {
    what: (a) => `注册中心下线 ${v(a, 'provider')}`,
    why: (a) => `连续 ${v(a, 'misses')} 次没回应；距它最后一次回应 ${v(a, 'seconds')} s`,
  },
  renewed: {
    what: (a) => `${v(a, 'provider')} 续约（renew）`,
    why: (a) => `Lease.renew() 把 lastUpdateTimestamp 设成 now + 90 s，isExpired() 再加一次 90 s：若此后不再续约，${v(a, 'expiresAt')} s 之后才算过期`,
  },
  'renew-failed': {
    what: (a) => `${v(a, 'provider')} 续约失败`,
    why: (a) => (v(a, 'why') === 'partition' ? '网络分区：请求到不了 Eureka' : '所有 Eureka 节点都不可用'),
  },
  cancelled: {
    what: (a) => `${v(a, 'provider')} 注销（cancel）`,
    why: (a) => `注册表立即删除它，期望续约数随之减少（阈值 ${v(a, 'threshold')}）；但 consumer 还要等响应缓存、拉取和 Ribbon 刷新`,
  },
  'cancel-failed': { what: (a) => `${v(a, 'provider')} 注销失败`, why: () => '注册中心不可达：它只能等超时把自己移除' },
  'self-preservation': {
    what: (a) => `自我保护：本轮不剔除${v(a, 'expired') !== '∅' ? `（已过期：${v(a, 'expired')}）` : ''}`,
    why: (a) =>
      `上一分钟续约 ${v(a, 'renews')} 次，不高于阈值 ${v(a, 'threshold')}（期望续约数 × 2 × 0.85 取整）：Eureka 认为可能是自己网络出了问题，宁可保留也不清空`,
  },
  'self-preservation-off': { what: () => '退出自我保护', why: (a) => `上一分钟续约 ${v(a, 'renews')} 次，高于阈值 ${v(a, 'threshold')}` },
  evicted: {
    what: (a) => `剔除 ${v(a, 'provider')}`,
    why: (a) => `最后一次续约在 ${v(a, 'lastRenew')} s，按 Lease.isExpired 在 ${v(a, 'expiredAt')} s 后过期（2 × 90 s），剔除任务每 60 s 跑一次`,
  },
  'eviction-limited': {
    what: (a) => `本轮最多剔除 ${v(a, 'limit')} 个（已过期 ${v(a, 'expired')} 个）`,
    why: () => '每轮剔除数不超过注册表的 15%（1 − renewalPercentThreshold），随机挑选',
  },
  'cache-updated': { what: (a) => `只读响应缓存更新为 ${v(a, 'list')}`, why: () => '客户端拉取读的是 readOnlyCacheMap，它每 30 s 才从注册表同步一次' },
  fetched: { what: (a) => `拉取注册表：${v(a, 'list')}`, why: () => 'DiscoveryClient 每 30 s 拉一次（registryFetchIntervalSeconds）' },
  'fetch-failed': { what: () => '拉取注册表失败，继续用本地缓存', why: () => '没有可用的 Eureka 节点' },
  'lb-refreshed': { what: (a) => `负载均衡列表刷新为 ${v(a, 'list')}`, why: () => 'Ribbon 每 30 s 从客户端的注册表复制一次（ServerListRefreshInterval）' },
  beat: { what: (a) => `${v(a, 'provider')} 心跳`, why: () => 'Nacos 临时实例每 5 s 发一次 beat' },
  'beat-lost': { what: (a) => `${v(a, 'provider')} 的心跳没送到`, why: () => '网络分区' },
  'healthy-again': { what: (a) => `${v(a, 'provider')} 恢复健康`, why: () => '又收到了心跳' },
  'unhealthy-no-beat': {
    what: (a) => `${v(a, 'provider')} 标记为不健康`,
    why: (a) => `${v(a, 'seconds')} s 没有心跳，超过 ${v(a, 'limit')} s（heartBeatTimeout）；consumer 只调用健康实例`,
  },
  'deleted-no-beat': { what: (a) => `删除 ${v(a, 'provider')}`, why: (a) => `${v(a, 'seconds')} s 没有心跳，超过 ${v(a, 'limit')} s（ipDeleteTimeout）` },
  'check-failed': {
    what: (a) => `服务端探测 ${v(a, 'provider')} 失败（${v(a, 'misses')}/${v(a, 'max')}）`,
    why: () => '持久实例不发心跳，由服务端主动 TCP 探测',
  },
  'unhealthy-check': {
    what: (a) => `${v(a, 'provider')} 标记为不健康（不删除）`,
    why: (a) => `连续 ${v(a, 'misses')} 次探测失败，超过 checkTimes；持久实例只改健康状态，留在列表里等人处理`,
  },
  'check-healthy-again': { what: (a) => `${v(a, 'provider')} 探测恢复`, why: () => '探测成功，重新标记为健康' },
  'timeout-negotiated': {
    what: (a) => `会话超时协商：请求 ${v(a, 'asked')} s，得到 ${v(a, 'got')} s`,
    why: (a) => `服务端把它限制在 [${v(a, 'min')}, ${v(a, 'max')}] s，即 2–20 × tickTime`,
  },
  ping: { what: (a) => `${v(a, 'provider')} 发 ping`, why: (a) => `会话续上：服务端在 ${v(a, 'expiresAt')} s（按 tickTime 向上取整）之前没再收到就过期` },
  'ping-failed': {
    what: (a) => `${v(a, 'provider')} 的 ping 没有回应`,
    why: (a) => (v(a, 'why') === 'partition' ? '网络分区' : '集群没有 leader：客户端断开，一直重连'),
  },
  'session-expired': {
    what: (a) => `${v(a, 'provider')} 的会话过期，临时节点被删除（zxid ${v(a, 'zxid')}）`,
    why: (a) => `${v(a, 'seconds')} s 没收到它的 ping`,
  },
  'session-recreated': {
    what: (a) => `${v(a, 'provider')} 新建会话并重建临时节点（zxid ${v(a, 'zxid')}）`,
    why: () => '重连时旧会话已过期（SESSION_EXPIRED），Curator 新建会话，Dubbo 重新注册',
  },
  'node-deleted': { what: (a) => `${v(a, 'provider')} 关闭会话，临时节点删除（zxid ${v(a, 'zxid')}）`, why: () => '主动下线' },
  'watch-fired': {
    what: (a) => `${v(a, 'consumer')} 收到 NodeChildrenChanged`,
    why: () => 'watch 是一次性的：这次通知之后它就没了，consumer 要再 getChildren 才会重新设置',
  },
  'watch-not-set': { what: (a) => `${v(a, 'consumer')} 这次没有收到通知`, why: () => '上一次通知后 watch 还没重新设置；下一次 getChildren 会读到这个变化' },
  'children-read': { what: (a) => `${v(a, 'consumer')} getChildren：${v(a, 'list')}`, why: () => '读到最新的子节点，同时重新设置 watch' },
  'server-stopped': {
    what: (a) =>
      `ZooKeeper ${v(a, 'server')}（${v(a, 'role') === 'leader' ? 'leader' : v(a, 'role') === 'follower' ? 'follower' : v(a, 'role')}）停了，剩 ${v(a, 'live')}/${v(a, 'size')}`,
    why: (a) =>
      Number(v(a, 'live')) >= Number(v(a, 'quorum'))
        ? v(a, 'role') === 'leader'
          ? `还有多数派（需要 ${v(a, 'quorum')}），但没有 leader：重新选举之前不能写`
          : `还有多数派（需要 ${v(a, 'quorum')}）：照常服务`
        : `少于多数派（需要 ${v(a, 'quorum')}）`,
  },
  'server-started': {
    what: (a) => `ZooKeeper ${v(a, 'server')} 启动（${v(a, 'live')}/${v(a, 'size')} 在线）`,
    why: (a) => (v(a, 'role') === 'follower' ? '有 leader：作为 follower 加入并同步数据' : '没有 leader：进入 LOOKING 参加选举'),
  },
  'quorum-lost': {
    what: (a) => `失去多数派：只剩 ${v(a, 'live')} 台，需要 ${v(a, 'quorum')}`,
    why: () => 'CP：宁可停止服务也不分裂。不能读写，会话不会过期，也不会有 watch 通知',
  },
  'election-started': {
    what: () => '开始选举（FastLeaderElection）',
    why: (a) => `每台先投自己（epoch, zxid, sid）：${v(a, 'votes')}；先比 epoch，再比 zxid，最后比 sid`,
  },
  elected: {
    what: (a) => `${v(a, 'leader')} 当选 leader，epoch ${v(a, 'epoch')}`,
    why: (a) => `票：${v(a, 'votes')}；它的 (epoch, zxid, sid) 最大，多数派都改投了它`,
  },
  'sessions-reset': {
    what: (a) => `新 leader 为所有会话重新计时 ${v(a, 'seconds')} s`,
    why: () => '新 leader 从数据库载入会话，每个都从现在起给满超时：活着的 provider 会重连续上，死掉的到时过期',
  },
  'consumers-disconnected': {
    what: () => 'consumer 与 ZooKeeper 断开，继续用缓存的列表调用',
    why: (a) => (v(a, 'why') === 'election' ? '选举期间服务器断开所有客户端连接' : '没有多数派：连不上可用的服务器'),
  },
  'probe-failed': {
    what: (a) => `${v(a, 'provider')} 就绪探针失败（${v(a, 'misses')}/${v(a, 'max')}）`,
    why: () => 'kubelet 每 periodSeconds 探测一次，连续 failureThreshold 次失败才算不就绪',
  },
  'not-ready': { what: (a) => `${v(a, 'provider')} 变为 NotReady`, why: () => 'EndpointSlice 把它的端点写成 ready=false，kube-proxy 下次同步时移除' },
  'ready-again': { what: (a) => `${v(a, 'provider')} 恢复 Ready`, why: () => '探针成功' },
  'pod-terminating': {
    what: (a) => `删除 Pod ${v(a, 'provider')}：端点变为 terminating`,
    why: () => 'ready=false、terminating=true，kube-proxy 立刻不再把新连接发给它；进程在 preStop（drain）之后才收到 SIGTERM',
  },
  'endpoint-removed': { what: (a) => `${v(a, 'provider')} 的端点从 EndpointSlice 删除`, why: () => 'Pod 已经没了' },
  'proxy-synced': {
    what: (a) => `${v(a, 'node')} 的 kube-proxy 同步规则：${v(a, 'list')}`,
    why: () => 'EndpointSlice 变了；kube-proxy 最多每秒同步一次（min-sync-period 1 s）',
  },
};

export const zh = {
  title: '服务发现实验',
  intro:
    'Provider 向注册中心注册（服务名、地址、端口、元数据），靠续约 / 心跳 / 会话证明自己活着；Consumer 在本地缓存实例列表，拉取或被推送更新。一个 provider 崩溃后，注册中心要按自己的规则才发现，consumer 还要等缓存刷新：这段时间里的调用打到死实例上就失败。选一个按真实系统默认值配置的场景，按 ▶ 播放或 → 单步。',
  urlProblems: '链接里有参数不对，已用预设值代替：',
  presetLabel: '场景',
  presetModified: '已按你的修改运行',
  presetReset: '恢复这个场景的预设值',
  sources: '出处',
  paramsTitle: '参数',
  scriptTitle: '剧本',
  timingsTitle: '注册中心的时间',
  stageTitle: '运行过程',
  kinds: {
    notes: '笔记的设计（注册中心发心跳）',
    eureka: 'Eureka',
    'nacos-ephemeral': 'Nacos 临时实例',
    'nacos-persistent': 'Nacos 持久实例',
    zookeeper: 'ZooKeeper',
    kubernetes: 'Kubernetes',
  } as Record<RegistryKind, string>,
  fields: {
    registry: '注册中心',
    providers: 'provider 数',
    consumers: 'consumer 数',
    rate: '每个 consumer 每秒调用',
    retry: '失败换实例重试',
    crash: '崩溃的 provider',
    crashAt: '崩溃时刻',
    deregister: '主动下线的 provider',
    deregisterAt: '下线时刻',
    drain: '下线后多久停进程',
    partition: '被分区的 provider 数',
    partitionAt: '分区时刻',
    healAt: '恢复时刻',
    servers: '注册中心节点数',
    stop: '停机',
    start: '启动',
    compare: '旁边对照 Eureka',
    duration: '运行时长',
    seed: '随机种子',
    enableSelfPreservation: '自我保护',
  } as Record<string, string>,
  timingLabels: {
    heartbeatSeconds: '心跳间隔（秒）',
    maxMisses: '几次没回就下线',
    leaseRenewalIntervalInSeconds: '续约间隔（秒）',
    leaseExpirationDurationInSeconds: '租约时长（秒）',
    evictionIntervalTimerInMs: '剔除任务间隔（ms）',
    renewalPercentThreshold: '自我保护阈值',
    responseCacheUpdateIntervalMs: '只读缓存同步间隔（ms）',
    registryFetchIntervalSeconds: '客户端拉取间隔（秒）',
    serverListRefreshInterval: 'Ribbon 刷新间隔（ms）',
    heartBeatInterval: '心跳间隔（ms）',
    heartBeatTimeout: '标记不健康（ms）',
    ipDeleteTimeout: '删除（ms）',
    checkInterval: '探测间隔（ms）',
    checkTimes: '失败几次算不健康',
    tickTime: 'tickTime（ms）',
    sessionTimeout: '请求的会话超时（ms）',
    periodSeconds: '探针周期（秒）',
    failureThreshold: '失败阈值',
  } as Record<string, string>,
  indexHelp: '从 0 数，-1 表示没有',
  changesHelp: '例如 2@20,L@40：20 s 停 2 号，40 s 停当时的 leader',
  seconds: '秒',
  yes: '是',
  no: '否',
  registry: '注册中心',
  providersTitle: 'Provider',
  consumersTitle: 'Consumer 的本地列表',
  serving: '可用',
  notServing: '不可用',
  selfPreservation: '自我保护中',
  roles: { leader: 'leader', follower: 'follower', looking: 'LOOKING', down: '停机', peer: '在线' } as Record<string, string>,
  status: { up: '在列表中', unhealthy: '不健康 / 未就绪', terminating: 'terminating', absent: '已移除' } as Record<string, string>,
  alive: '活着',
  dead: '已停',
  hung: '卡死',
  cutOff: '连不上注册中心',
  kubeProxy: 'kube-proxy',
  published: '只读响应缓存',
  fetched: '客户端注册表',
  lbList: 'Ribbon 列表',
  list: '列表',
  disconnected: '已断开',
  watchSet: 'watch 已设置',
  watchUnset: '没有 watch',
  deadInList: '（列表里的死实例）',
  chartTitle: '每秒调用',
  chartOk: '成功',
  chartFailed: '失败',
  chartRetried: '重试后成功',
  chartDead: '缓存中的死实例（折线）',
  summaryTitle: '窗口',
  windowLine: (p: string, stopped: number, cleared: number | null) =>
    cleared === null
      ? `${p} 在 ${stopped} s 停掉，此刻仍在 consumer 的列表里`
      : `${p} 在 ${stopped} s 停掉，${cleared} s 最后一个 consumer 才移除它：窗口 ${Math.round((cleared - stopped) * 10) / 10} s`,
  noWindow: '这次运行没有 provider 停掉',
  totals: (ok: number, failed: number, retried: number) => `到此刻：成功 ${ok}，失败 ${failed}${retried > 0 ? `，重试后成功 ${retried}` : ''}`,
  worstTitle: 'Eureka 默认配置下的最坏情况：崩溃后多久 consumer 才不再调用它',
  worstTerms: {
    lease: '2 × leaseExpirationDurationInSeconds：Lease 的 bug 让 90 s 变成 180 s',
    eviction: 'evictionIntervalTimerInMs：剔除任务刚跑过，要再等一轮',
    responseCache: 'responseCacheUpdateIntervalMs：只读响应缓存刚同步过',
    fetch: 'registryFetchIntervalSeconds：客户端刚拉取过',
    ribbon: 'ServerListRefreshInterval：Ribbon 刚刷新过',
  } as Record<string, string>,
  worstTotal: (s: number) => `合计 ${s} s（${Math.round(s / 6) / 10} 分钟）`,
  sideMain: '主',
  sideCompare: 'Eureka 对照',
  actors: { registry: '注册中心', network: '网络', consumers: '各 consumer' } as Record<string, string>,
  traceCaption: '轨迹：每个事件一行，最新的在上面',
  cols: { time: '时间', side: '哪边', who: '谁', what: '事件', why: '原因' },
  at: (ms: number) => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 2)} s`,
  events: zhEvents,
  problem: (p: ParamProblem): string => {
    switch (p.kind) {
      case 'number':
        return `${p.key} 必须是 ${p.min}–${p.max} 之间的${p.integer ? '整数' : '数'}`;
      case 'choice':
        return `${p.key} 必须是 ${p.choices.join('、')} 之一`;
      case 'preset':
        return `preset 没有 “${p.value}” 这个场景，已用 ${p.fallback}`;
      case 'changes':
        return `${p.key} 的格式是 编号@秒，用逗号分开，编号 1–${p.servers}${p.key === 'stop' ? ' 或 L（当时的 leader）' : ''}`;
      case 'index':
        return `${p.key} 必须小于 provider 数（${p.count}）`;
    }
  },
  presetTitles: {
    'notes-heartbeat-30s': '笔记的设计：每 30 s 心跳，三次没回就下线',
    'eureka-defaults': 'Eureka 默认配置：一个实例崩溃',
    'eureka-self-preservation': 'Eureka 自我保护：大量实例同时不续约',
    'nacos-ephemeral': 'Nacos 临时实例：5 s 心跳，15 s 不健康，30 s 删除',
    'nacos-persistent': 'Nacos 持久实例：服务端探测，只标记不健康',
    'zookeeper-session': 'ZooKeeper：会话过期删除临时节点',
    'kubernetes-readiness': 'Kubernetes：就绪探针失败与 Pod 删除',
    'zookeeper-ensemble-outage': 'ZooKeeper 集群（5 台）依次停机',
    'zookeeper-vs-eureka-outage': '同一次停机：ZooKeeper 与 Eureka 对照',
  } as Record<PresetId, string>,
  presetExplanations: {
    'notes-heartbeat-30s':
      '笔记里的说法：注册中心每 30 s 给每个 provider 发一次心跳，连续三次没回就下线并推送。第 20 s p2 崩溃，最坏要 3 × 30 = 90 s 才发现。现实中多数注册中心反过来：provider 自己续约，注册中心只看租约是否过期（换 Eureka、Nacos 的场景看看）。',
    'eureka-defaults':
      '8 个实例、3 个 consumer，第 25 s p3 崩溃。Eureka 的 Lease.renew() 把最后更新时间设成 now + 90 s，isExpired() 又加一次 90 s（源码注释承认是 bug，为兼容不修，这里按代码建模）：180 s 没续约才过期；剔除任务每 60 s 跑一次；客户端拉的是每 30 s 同步一次的只读缓存；客户端每 30 s 拉取；Ribbon 每 30 s 刷新。最坏合计 330 s，这段时间里轮询到 p3 的调用都会失败（打开重试可以换实例）。',
    'eureka-self-preservation':
      '8 个实例，第 30 s 网络分区让其中 5 个连不上 Eureka（它们还活着，consumer 照样能调用），第 40 s 另一个实例 p8 真的崩溃了。上一分钟的续约数掉到阈值 (int)(8 × 2 × 0.85) = 13 以下，Eureka 进入自我保护，一个都不剔除：被分区的活实例被保住了，真正死掉的 p8 也一直留在列表里。',
    'nacos-ephemeral':
      'Nacos 1.x 临时实例：客户端每 5 s 发心跳，服务端每 5 s 检查：15 s 没心跳标记不健康（consumer 不再调用），30 s 删除；变化立即推送。第 12 s p2 崩溃；第 50 s p4 主动下线，2 s 后停进程，没有失败调用。Nacos 2.x 改用 gRPC 长连接：连接断开就立即移除该连接注册的实例。',
    'nacos-persistent':
      '持久实例不发心跳，由 Nacos 服务端主动探测（TCP），连续失败超过 checkTimes 次才标记不健康；它永远不会被自动删除，只是 consumer 不再调用它。第 12 s p2 崩溃。',
    'zookeeper-session':
      'Dubbo 用 Curator 注册：请求的会话超时 60 s，但服务端把它限制在 2–20 × tickTime（tickTime 2 s）：实际 40 s。第 15 s p2 崩溃，40 s 没有 ping 后会话过期，临时节点删除，watch 通知 consumer；watch 是一次性的，consumer 要 getChildren 重新设置。第 75 s p4 主动关闭会话下线。',
    'kubernetes-readiness':
      '3 个 Pod，consumer 是 2 个节点上的 kube-proxy。第 12 s p1 的应用卡死，就绪探针每 10 s 一次、连续 3 次失败才 NotReady，EndpointSlice 标记 ready=false，kube-proxy 不再转发。第 60 s 删除 p3：端点立刻变成 terminating；但没有 preStop，进程也立刻退出，kube-proxy 要等到下一次同步：约 1 s 的连接失败。把“下线后多久停进程”设成几秒就没有了。',
    'zookeeper-ensemble-outage':
      '5 台 ZooKeeper：第 20 s 停一台 follower（少数，照常服务）；第 40 s 停掉 leader（重新选举，选出之前不能写）；第 60 s 再停新 leader（只剩 2 台，失去多数派，整个集群停止服务）。consumer 继续用缓存的列表调用 provider；第 90 s p3 崩溃，没人能通知 consumer，只能从失败的调用里发现。第 150 s 两台恢复，按 (epoch, zxid, sid) 选出新 leader，所有会话重新计时，p3 的会话在 40 s 后过期、节点删除。',
    'zookeeper-vs-eureka-outage':
      '同一个剧本同时跑在一个 5 节点 Eureka 集群上（对照在右边 / 下面）：Eureka 是 AP，节点之间互相复制、各自服务，停掉 3 台也照常注册、续约、拉取；ZooKeeper 是 CP，失去多数派就不服务。但 Eureka 发现 p3 死掉仍要 2 × 90 s 的租约加上各级缓存。8 个实例，便于 Eureka 不进入自我保护。',
  } as Record<PresetId, string>,
};

const enEvents: Record<EventCode, Words> = {
  start: {
    what: (a) => `Steady state: ${v(a, 'providers')} providers registered, ${v(a, 'consumers')} consumers caching ${v(a, 'list')}`,
    why: () => 'Everything registered long before the run; the seed sets the phase of every timer',
  },
  crashed: {
    what: (a) => `${v(a, 'provider')} crashes`,
    why: () => "No deregistration, no more renewals or heartbeats: only the registry's timeout rules can find out",
  },
  hung: { what: (a) => `${v(a, 'provider')}'s app hangs (stops answering)`, why: () => 'The pod is still there; only the readiness probe will notice' },
  exited: {
    what: (a) => `${v(a, 'provider')}'s process exits`,
    why: (a) => `It waited ${v(a, 'drain')} s after deregistering (drain); consumers still caching it will fail`,
  },
  partitioned: {
    what: (a) => `Network partition: ${v(a, 'providers')} cannot reach the registry`,
    why: () => 'They are alive and consumers can still call them; only their renewals / heartbeats are lost',
  },
  healed: { what: () => 'Partition heals', why: () => 'Providers reach the registry again' },
  'calls-failed': {
    what: (a) =>
      `${v(a, 'total')} calls this second, ${v(a, 'failed')} failed${Number(v(a, 'retriedOk')) > 0 ? `, ${v(a, 'retriedOk')} succeeded on retry` : ''} (reached a dead instance: ${v(a, 'consumers')})`,
    why: (a) =>
      v(a, 'targets') === '∅'
        ? 'Its local list is empty: No provider available'
        : `The consumers' cached lists still hold the dead ${v(a, 'targets')}; round robin reaches it and the connection fails${v(a, 'retry') === 1 ? '; each failed call is retried once on the next instance' : '; retries are off, so the failure goes back to the caller'}`,
  },
  'window-closed': {
    what: (a) => `No consumer lists ${v(a, 'provider')} any more`,
    why: (a) => `From its stop to the last consumer dropping it: ${v(a, 'seconds')} s`,
  },
  'peer-stopped': {
    what: (a) => `Eureka peer ${v(a, 'server')} stops (${v(a, 'live')} left)`,
    why: (a) =>
      v(a, 'serving') === 1
        ? 'AP: peers serve independently and replicate to each other; while one is up, clients renew and fetch from another'
        : 'Every peer is down: clients live on their local caches',
  },
  'peer-started': {
    what: (a) => `Eureka peer ${v(a, 'server')} starts (${v(a, 'live')} up)`,
    why: () => 'It syncs the registry from its peers (peers are modelled as one replicated registry)',
  },
  pushed: {
    what: (a) => `Registry pushes the new list ${v(a, 'list')} to ${v(a, 'consumers')} consumers`,
    why: () => 'Subscribers are told when the list changes (push)',
  },
  polled: { what: (a) => `Poll returns ${v(a, 'list')}`, why: () => 'Besides pushes, a Nacos client polls every 10 s, covering lost UDP pushes' },
  deregistered: { what: (a) => `${v(a, 'provider')} deregisters`, why: () => 'Going offline before a deploy: the registry deletes it at once and pushes' },
  reregistered: {
    what: (a) => `${v(a, 'provider')} registers again`,
    why: () => 'The registry no longer knew it (evicted / deleted / session expired); the client noticed and registered again',
  },
  'ping-answered-again': { what: (a) => `${v(a, 'provider')} answers the heartbeat again`, why: () => 'Miss count reset' },
  'ping-missed': {
    what: (a) => `${v(a, 'provider')} misses the heartbeat (${v(a, 'misses')}/${v(a, 'max')})`,
    why: (a) => (v(a, 'why') === 'partition' ? 'It is alive; the network is cut' : 'The process is gone'),
  },
  'removed-after-misses': {
    what: (a) => `Registry takes ${v(a, 'provider')} offline`,
    why: (a) => `${v(a, 'misses')} misses in a row; ${v(a, 'seconds')} s since it last answered`,
  },
  renewed: {
    what: (a) => `${v(a, 'provider')} renews`,
    why: (a) =>
      `Lease.renew() sets lastUpdateTimestamp = now + 90 s and isExpired() adds 90 s again: without another renewal it expires only after ${v(a, 'expiresAt')} s`,
  },
  'renew-failed': {
    what: (a) => `${v(a, 'provider')}'s renewal fails`,
    why: (a) => (v(a, 'why') === 'partition' ? 'Network partition: the request cannot reach Eureka' : 'No Eureka peer is up'),
  },
  cancelled: {
    what: (a) => `${v(a, 'provider')} cancels (deregisters)`,
    why: (a) =>
      `Removed from the registry at once, one less expected renewer (threshold ${v(a, 'threshold')}); consumers still wait for the response cache, their fetch and Ribbon's refresh`,
  },
  'cancel-failed': { what: (a) => `${v(a, 'provider')} cannot deregister`, why: () => 'The registry is unreachable: only a timeout will remove it' },
  'self-preservation': {
    what: (a) => `Self-preservation: no eviction this run${v(a, 'expired') !== '∅' ? ` (expired: ${v(a, 'expired')})` : ''}`,
    why: (a) =>
      `${v(a, 'renews')} renewals in the last minute, not above the threshold ${v(a, 'threshold')} (expected renewers × 2 × 0.85, truncated): Eureka suspects its own network and keeps everything rather than empty the list`,
  },
  'self-preservation-off': {
    what: () => 'Self-preservation off',
    why: (a) => `${v(a, 'renews')} renewals in the last minute, above the threshold ${v(a, 'threshold')}`,
  },
  evicted: {
    what: (a) => `${v(a, 'provider')} evicted`,
    why: (a) =>
      `Last renewal at ${v(a, 'lastRenew')} s; per Lease.isExpired it expired after ${v(a, 'expiredAt')} s (2 × 90 s); the eviction task runs every 60 s`,
  },
  'eviction-limited': {
    what: (a) => `At most ${v(a, 'limit')} evicted this run (${v(a, 'expired')} expired)`,
    why: () => 'Each run evicts at most 15 % of the registry (1 − renewalPercentThreshold), picked at random',
  },
  'cache-updated': {
    what: (a) => `Read-only response cache now ${v(a, 'list')}`,
    why: () => 'Client fetches read readOnlyCacheMap, synced from the registry only every 30 s',
  },
  fetched: { what: (a) => `Fetches the registry: ${v(a, 'list')}`, why: () => 'DiscoveryClient fetches every 30 s (registryFetchIntervalSeconds)' },
  'fetch-failed': { what: () => 'Fetch fails; keeps its local copy', why: () => 'No Eureka peer is up' },
  'lb-refreshed': {
    what: (a) => `Load balancer list refreshed to ${v(a, 'list')}`,
    why: () => "Ribbon copies the client's registry every 30 s (ServerListRefreshInterval)",
  },
  beat: { what: (a) => `${v(a, 'provider')} beats`, why: () => 'A Nacos ephemeral instance sends a beat every 5 s' },
  'beat-lost': { what: (a) => `${v(a, 'provider')}'s beat is lost`, why: () => 'Network partition' },
  'healthy-again': { what: (a) => `${v(a, 'provider')} healthy again`, why: () => 'A beat arrived' },
  'unhealthy-no-beat': {
    what: (a) => `${v(a, 'provider')} marked unhealthy`,
    why: (a) => `No beat for ${v(a, 'seconds')} s, over ${v(a, 'limit')} s (heartBeatTimeout); consumers call healthy instances only`,
  },
  'deleted-no-beat': { what: (a) => `${v(a, 'provider')} deleted`, why: (a) => `No beat for ${v(a, 'seconds')} s, over ${v(a, 'limit')} s (ipDeleteTimeout)` },
  'check-failed': {
    what: (a) => `Server probe of ${v(a, 'provider')} fails (${v(a, 'misses')}/${v(a, 'max')})`,
    why: () => 'Persistent instances send no beats; the server probes them over TCP',
  },
  'unhealthy-check': {
    what: (a) => `${v(a, 'provider')} marked unhealthy (not deleted)`,
    why: (a) => `${v(a, 'misses')} failed probes in a row, more than checkTimes; a persistent instance only changes health and stays listed for an operator`,
  },
  'check-healthy-again': { what: (a) => `${v(a, 'provider')} probe succeeds again`, why: () => 'Marked healthy again' },
  'timeout-negotiated': {
    what: (a) => `Session timeout negotiated: asked ${v(a, 'asked')} s, got ${v(a, 'got')} s`,
    why: (a) => `The server clamps it into [${v(a, 'min')}, ${v(a, 'max')}] s, i.e. 2–20 × tickTime`,
  },
  ping: {
    what: (a) => `${v(a, 'provider')} pings`,
    why: (a) => `Session kept alive: it expires at ${v(a, 'expiresAt')} s (rounded up to tickTime) unless heard from again`,
  },
  'ping-failed': {
    what: (a) => `${v(a, 'provider')}'s ping gets no answer`,
    why: (a) => (v(a, 'why') === 'partition' ? 'Network partition' : 'The ensemble has no leader: the client is disconnected and keeps reconnecting'),
  },
  'session-expired': {
    what: (a) => `${v(a, 'provider')}'s session expires; its ephemeral node is deleted (zxid ${v(a, 'zxid')})`,
    why: (a) => `No ping heard for ${v(a, 'seconds')} s`,
  },
  'session-recreated': {
    what: (a) => `${v(a, 'provider')} opens a new session and recreates its ephemeral node (zxid ${v(a, 'zxid')})`,
    why: () => 'Its old session had expired (SESSION_EXPIRED on reconnect); Curator opens a new one and Dubbo registers again',
  },
  'node-deleted': { what: (a) => `${v(a, 'provider')} closes its session; ephemeral node deleted (zxid ${v(a, 'zxid')})`, why: () => 'Graceful offline' },
  'watch-fired': {
    what: (a) => `${v(a, 'consumer')} gets NodeChildrenChanged`,
    why: () => 'Watches are one-shot: after this event it is gone until the consumer calls getChildren again',
  },
  'watch-not-set': {
    what: (a) => `${v(a, 'consumer')} gets no event this time`,
    why: () => 'Its watch was not set again yet after the last event; its next getChildren will see this change',
  },
  'children-read': { what: (a) => `${v(a, 'consumer')} getChildren: ${v(a, 'list')}`, why: () => 'Reads the current children and sets the watch again' },
  'server-stopped': {
    what: (a) => `ZooKeeper ${v(a, 'server')} (${v(a, 'role')}) stops, ${v(a, 'live')}/${v(a, 'size')} left`,
    why: (a) =>
      Number(v(a, 'live')) >= Number(v(a, 'quorum'))
        ? v(a, 'role') === 'leader'
          ? `A majority remains (${v(a, 'quorum')} needed) but no leader: no writes until a new one is elected`
          : `A majority remains (${v(a, 'quorum')} needed): still serving`
        : `Below a majority (${v(a, 'quorum')} needed)`,
  },
  'server-started': {
    what: (a) => `ZooKeeper ${v(a, 'server')} starts (${v(a, 'live')}/${v(a, 'size')} up)`,
    why: (a) => (v(a, 'role') === 'follower' ? 'There is a leader: it joins as a follower and syncs' : 'No leader: it goes LOOKING and joins the election'),
  },
  'quorum-lost': {
    what: (a) => `Quorum lost: ${v(a, 'live')} left, ${v(a, 'quorum')} needed`,
    why: () => 'CP: it stops serving rather than split. No reads or writes, no session expires, no watch fires',
  },
  'election-started': {
    what: () => 'Election starts (FastLeaderElection)',
    why: (a) => `Each server first votes for itself (epoch, zxid, sid): ${v(a, 'votes')}; epoch first, then zxid, then sid`,
  },
  elected: {
    what: (a) => `${v(a, 'leader')} elected leader, epoch ${v(a, 'epoch')}`,
    why: (a) => `Votes: ${v(a, 'votes')}; its (epoch, zxid, sid) is the greatest, and a majority switched to it`,
  },
  'sessions-reset': {
    what: (a) => `New leader restarts every session's ${v(a, 'seconds')} s timer`,
    why: () => 'It loads sessions from its database and gives each a full timeout from now: live providers reconnect in time, a dead one expires then',
  },
  'consumers-disconnected': {
    what: () => 'Consumers lose ZooKeeper and keep calling from their cached lists',
    why: (a) => (v(a, 'why') === 'election' ? 'Servers drop all client connections during an election' : 'No majority: no server can serve them'),
  },
  'probe-failed': {
    what: (a) => `${v(a, 'provider')} readiness probe fails (${v(a, 'misses')}/${v(a, 'max')})`,
    why: () => 'The kubelet probes every periodSeconds; failureThreshold failures in a row make it not ready',
  },
  'not-ready': {
    what: (a) => `${v(a, 'provider')} becomes NotReady`,
    why: () => 'Its EndpointSlice endpoint gets ready=false; kube-proxy drops it at its next sync',
  },
  'ready-again': { what: (a) => `${v(a, 'provider')} Ready again`, why: () => 'The probe succeeds' },
  'pod-terminating': {
    what: (a) => `Pod ${v(a, 'provider')} deleted: endpoint terminating`,
    why: () => 'ready=false, terminating=true: kube-proxy stops sending new connections; the process gets SIGTERM after preStop (drain)',
  },
  'endpoint-removed': { what: (a) => `${v(a, 'provider')}'s endpoint leaves the EndpointSlice`, why: () => 'The pod is gone' },
  'proxy-synced': {
    what: (a) => `kube-proxy on ${v(a, 'node')} syncs its rules: ${v(a, 'list')}`,
    why: () => 'The EndpointSlice changed; kube-proxy syncs at most once a second (min-sync-period 1 s)',
  },
};

export const en: typeof zh = {
  title: 'Service-discovery lab',
  intro:
    "Providers register with a registry (service, address, port, metadata) and prove they are alive by renewals, heartbeats or a session; consumers cache the instance list and pull or get pushed updates. When a provider crashes, the registry finds out only by its own rules, and consumers only when their caches refresh: calls that reach the dead instance meanwhile fail. Pick a scenario set to a real system's defaults, press ▶ to play or → to step.",
  urlProblems: "Some values in the link were wrong; the preset's values are used instead:",
  presetLabel: 'Scenario',
  presetModified: 'Running with your changes',
  presetReset: "Back to this scenario's values",
  sources: 'Sources',
  paramsTitle: 'Parameters',
  scriptTitle: 'Script',
  timingsTitle: 'Registry timings',
  stageTitle: 'Run',
  kinds: {
    notes: "The notes' design (registry pings)",
    eureka: 'Eureka',
    'nacos-ephemeral': 'Nacos ephemeral',
    'nacos-persistent': 'Nacos persistent',
    zookeeper: 'ZooKeeper',
    kubernetes: 'Kubernetes',
  },
  fields: {
    registry: 'Registry',
    providers: 'Providers',
    consumers: 'Consumers',
    rate: 'Calls per second per consumer',
    retry: 'Retry on another instance',
    crash: 'Provider that crashes',
    crashAt: 'Crash at',
    deregister: 'Provider that deregisters',
    deregisterAt: 'Deregister at',
    drain: 'Stop the process after',
    partition: 'Providers cut off',
    partitionAt: 'Partition at',
    healAt: 'Heal at',
    servers: 'Registry servers',
    stop: 'Stop',
    start: 'Start',
    compare: 'Eureka beside it',
    duration: 'Duration',
    seed: 'Seed',
    enableSelfPreservation: 'Self-preservation',
  },
  timingLabels: {
    heartbeatSeconds: 'Heartbeat every (s)',
    maxMisses: 'Misses before offline',
    leaseRenewalIntervalInSeconds: 'Renew every (s)',
    leaseExpirationDurationInSeconds: 'Lease duration (s)',
    evictionIntervalTimerInMs: 'Eviction task every (ms)',
    renewalPercentThreshold: 'Self-preservation threshold',
    responseCacheUpdateIntervalMs: 'Read-only cache sync (ms)',
    registryFetchIntervalSeconds: 'Client fetch every (s)',
    serverListRefreshInterval: 'Ribbon refresh (ms)',
    heartBeatInterval: 'Beat every (ms)',
    heartBeatTimeout: 'Unhealthy after (ms)',
    ipDeleteTimeout: 'Deleted after (ms)',
    checkInterval: 'Probe every (ms)',
    checkTimes: 'Failures before unhealthy',
    tickTime: 'tickTime (ms)',
    sessionTimeout: 'Session timeout asked (ms)',
    periodSeconds: 'Probe period (s)',
    failureThreshold: 'Failure threshold',
  },
  indexHelp: 'Counted from 0, -1 for none',
  changesHelp: 'e.g. 2@20,L@40: stop server 2 at 20 s, and whoever leads at 40 s',
  seconds: 's',
  yes: 'yes',
  no: 'no',
  registry: 'Registry',
  providersTitle: 'Providers',
  consumersTitle: "Consumers' local lists",
  serving: 'serving',
  notServing: 'not serving',
  selfPreservation: 'self-preservation',
  roles: { leader: 'leader', follower: 'follower', looking: 'LOOKING', down: 'down', peer: 'up' },
  status: { up: 'listed', unhealthy: 'unhealthy / not ready', terminating: 'terminating', absent: 'removed' },
  alive: 'alive',
  dead: 'stopped',
  hung: 'hung',
  cutOff: 'cut off from the registry',
  kubeProxy: 'kube-proxy',
  published: 'Read-only response cache',
  fetched: 'Client registry',
  lbList: 'Ribbon list',
  list: 'List',
  disconnected: 'disconnected',
  watchSet: 'watch set',
  watchUnset: 'no watch',
  deadInList: '(dead instance in the list)',
  chartTitle: 'Calls per second',
  chartOk: 'ok',
  chartFailed: 'failed',
  chartRetried: 'ok after retry',
  chartDead: 'dead instances cached (line)',
  summaryTitle: 'Window',
  windowLine: (p: string, stopped: number, cleared: number | null) =>
    cleared === null
      ? `${p} stopped at ${stopped} s and is still in a consumer's list now`
      : `${p} stopped at ${stopped} s; the last consumer dropped it at ${cleared} s: a ${Math.round((cleared - stopped) * 10) / 10} s window`,
  noWindow: 'No provider stops in this run',
  totals: (ok: number, failed: number, retried: number) => `So far: ${ok} ok, ${failed} failed${retried > 0 ? `, ${retried} ok after a retry` : ''}`,
  worstTitle: "Worst case with Eureka's defaults: how long after a crash consumers stop calling it",
  worstTerms: {
    lease: '2 × leaseExpirationDurationInSeconds: the Lease bug turns 90 s into 180 s',
    eviction: 'evictionIntervalTimerInMs: the eviction task has just run, wait for the next',
    responseCache: 'responseCacheUpdateIntervalMs: the read-only response cache has just synced',
    fetch: 'registryFetchIntervalSeconds: the client has just fetched',
    ribbon: 'ServerListRefreshInterval: Ribbon has just refreshed',
  },
  worstTotal: (s: number) => `Total ${s} s (${Math.round(s / 6) / 10} minutes)`,
  sideMain: 'main',
  sideCompare: 'Eureka',
  actors: { registry: 'registry', network: 'network', consumers: 'consumers' },
  traceCaption: 'Trace: one row per event, newest first',
  cols: { time: 'Time', side: 'Side', who: 'Who', what: 'Event', why: 'Why' },
  at: (ms: number) => `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 2)} s`,
  events: enEvents,
  problem: (p: ParamProblem): string => {
    switch (p.kind) {
      case 'number':
        return `${p.key} must be ${p.integer ? 'a whole number' : 'a number'} from ${p.min} to ${p.max}`;
      case 'choice':
        return `${p.key} must be one of ${p.choices.join(', ')}`;
      case 'preset':
        return `preset has no scenario "${p.value}"; using ${p.fallback}`;
      case 'changes':
        return `${p.key} takes id@seconds, comma-separated, ids 1–${p.servers}${p.key === 'stop' ? ' or L (the leader then)' : ''}`;
      case 'index':
        return `${p.key} must be less than the number of providers (${p.count})`;
    }
  },
  presetTitles: {
    'notes-heartbeat-30s': "The notes' design: a heartbeat every 30 s, offline after three misses",
    'eureka-defaults': 'Eureka defaults: one instance crashes',
    'eureka-self-preservation': 'Eureka self-preservation: many instances stop renewing',
    'nacos-ephemeral': 'Nacos ephemeral: 5 s beats, unhealthy at 15 s, deleted at 30 s',
    'nacos-persistent': 'Nacos persistent: server probes, marked unhealthy only',
    'zookeeper-session': 'ZooKeeper: session expiry deletes the ephemeral node',
    'kubernetes-readiness': 'Kubernetes: a failing readiness probe and a deleted pod',
    'zookeeper-ensemble-outage': 'A 5-server ZooKeeper ensemble loses servers one by one',
    'zookeeper-vs-eureka-outage': 'The same outage: ZooKeeper beside Eureka',
  },
  presetExplanations: {
    'notes-heartbeat-30s':
      'What the notes say: the registry sends every provider a heartbeat every 30 s and, after three unanswered in a row, takes it offline and pushes. p2 crashes at 20 s; it can take 3 × 30 = 90 s to notice. Most real registries work the other way round: the provider renews its own lease and the registry only checks expiry (try the Eureka and Nacos scenarios).',
    'eureka-defaults':
      "8 instances, 3 consumers; p3 crashes at 25 s. Eureka's Lease.renew() sets the last update to now + 90 s and isExpired() adds 90 s again (the source comment admits the bug and keeps it for compatibility; we model the code): 180 s without renewal before expiry; the eviction task runs every 60 s; clients read a read-only cache synced every 30 s; clients fetch every 30 s; Ribbon refreshes every 30 s. Worst case 330 s in total, during which every call round robin sends to p3 fails (turn on retries to move to another instance).",
    'eureka-self-preservation':
      '8 instances; at 30 s a partition cuts 5 of them off from Eureka (still alive, consumers can still call them), and at 40 s another one, p8, really crashes. Renewals in the last minute fall to or below the threshold (int)(8 × 2 × 0.85) = 13, Eureka enters self-preservation and evicts nothing: the cut-off live instances are kept, and so is the dead p8.',
    'nacos-ephemeral':
      'Nacos 1.x ephemeral instances: the client beats every 5 s; the server checks every 5 s, marks an instance unhealthy after 15 s without a beat (consumers stop calling it) and deletes it after 30 s; each change is pushed at once. p2 crashes at 12 s; p4 deregisters at 50 s and stops 2 s later, with no failed call. Nacos 2.x uses a gRPC connection instead: when it closes, the instances registered over it are removed at once.',
    'nacos-persistent':
      'Persistent instances send no beats; the Nacos server probes them (TCP) and marks one unhealthy after more than checkTimes failures in a row. It is never deleted automatically; consumers just stop calling it. p2 crashes at 12 s.',
    'zookeeper-session':
      'Dubbo registers through Curator, asking for a 60 s session timeout, but the server clamps it into 2–20 × tickTime (tickTime 2 s): 40 s. p2 crashes at 15 s; 40 s without a ping, its session expires, the ephemeral node goes, and a watch tells consumers; watches are one-shot, so each consumer sets it again with getChildren. p4 closes its session gracefully at 75 s.',
    'kubernetes-readiness':
      '3 pods; the consumers are kube-proxy on 2 nodes. At 12 s p1\'s app hangs; the readiness probe runs every 10 s and needs 3 failures in a row before NotReady; the EndpointSlice marks it ready=false and kube-proxy stops forwarding to it. At 60 s p3 is deleted: its endpoint turns terminating at once, but with no preStop the process exits at once too, before kube-proxy\'s next sync: about a second of refused connections. Set "stop the process after" to a few seconds and they are gone.',
    'zookeeper-ensemble-outage':
      "5 ZooKeeper servers: at 20 s a follower stops (a minority: still serving); at 40 s the leader stops (an election; no writes until it ends); at 60 s the new leader stops too (2 left, no majority: the ensemble stops serving). Consumers keep calling providers from their cached lists; p3 crashes at 90 s and nobody can tell them, only failed calls do. At 150 s two servers return, a leader is elected by (epoch, zxid, sid), every session timer restarts, and p3's session expires 40 s later, deleting its node.",
    'zookeeper-vs-eureka-outage':
      'The same script also runs against a 5-peer Eureka cluster (shown beside or below): Eureka is AP, peers replicate and serve on their own, so with 3 down it still registers, renews and serves fetches; ZooKeeper is CP and stops without a majority. Yet Eureka still needs the 2 × 90 s lease plus its caches to drop p3. 8 instances, so Eureka stays out of self-preservation.',
  },
};
