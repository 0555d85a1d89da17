// The words of the trace table (explain.ts), one table per UI language.
import type { Scenario } from './scenario.ts';

export type ProxyMode = 'iptables' | 'ipvs' | 'nftables';

export interface ExplainWords {
  readonly noEndpointsReject: string;
  readonly fallback: string;
  readonly summary: (chain: string, n: number, probs: readonly string[], terminating: boolean) => string;
  readonly start: (s: Scenario) => string;
  readonly startWhy: (summary: string) => string;
  readonly appFails: (pod: string) => string;
  readonly appFailsWhy: (threshold: number) => string;
  readonly probeFailed: (pod: string, count: number, threshold: number) => string;
  readonly probeFailedWhy: (threshold: number) => string;
  readonly notReady: (pod: string, count: number) => string;
  readonly notReadyWhy: string;
  readonly ready: (pod: string) => string;
  readonly readyWhy: string;
  readonly scale: (name: string, from: number, to: number) => string;
  readonly scaleUpWhy: string;
  readonly scaleDownWhy: string;
  readonly created: (pod: string) => string;
  readonly createdWhy: (delay: number) => string;
  readonly terminating: (pod: string) => string;
  readonly terminatingWhy: string;
  readonly gone: (pod: string) => string;
  readonly goneWhy: string;
  readonly sync: (mode: ProxyMode) => string;
  readonly viaLb: (lbIP: string, node: string) => string;
  readonly rejected: (client: string, to: string) => string;
  readonly rejectedWhy: string;
  readonly dropped: (client: string, to: string) => string;
  readonly droppedWhy: (node: string) => string;
  readonly noMatch: (client: string, to: string) => string;
  readonly noMatchWhy: string;
  readonly ipvsPick: (scheduler: 'rr' | 'lc', active: readonly number[]) => string;
  readonly nftPick: (draw: number, of: number) => string;
  readonly sticky: string;
  readonly firstRule: string;
  readonly laterRule: (missed: number) => string;
  readonly masq: (seen: string) => string;
  readonly keepSrc: string;
  readonly crossNode: (entry: string, podNode: string) => string;
  readonly errored: string;
  readonly dnat: (client: string, to: string, dest: string, pod: string) => string;
  readonly reply: (dest: string, dst: string, dport: number) => string;
}

const SYNC_ZH: Record<ProxyMode, string> = {
  iptables: 'kube-proxy 同步规则（iptables-restore）',
  ipvs: 'kube-proxy 同步 IPVS 虚拟服务（netlink，只改变了的真实服务器）',
  nftables: 'kube-proxy 同步 nftables（nft -f 一个事务）',
};
const SYNC_EN: Record<ProxyMode, string> = {
  iptables: 'kube-proxy syncs the rules (iptables-restore)',
  ipvs: 'kube-proxy syncs the IPVS virtual servers (netlink, only the changed real servers)',
  nftables: 'kube-proxy syncs nftables (nft -f, one transaction)',
};

export const explainWords: Readonly<Record<'zh' | 'en', ExplainWords>> = {
  zh: {
    noEndpointsReject: '没有可用端点：filter 表 KUBE-SERVICES 里写一条 REJECT',
    fallback: '兜底',
    summary: (chain, n, probs, t) =>
      `${chain} 有 ${n} 条负载均衡规则（概率 ${probs.join(' / ')}）${t ? '；没有 ready 端点，暂用 serving 的 terminating 端点' : ''}`,
    start: (s) =>
      `${s.backend === 'apiserver' ? `${s.replicas} 个 API server` : `Deployment ${s.service.ref.name}：${s.replicas} 个 Pod`} 就绪，Service ${s.service.ref.namespace}/${s.service.ref.name}（${s.service.type}）已创建`,
    startWhy: (sum) => `kube-proxy 已按 EndpointSlice 写好规则：${sum}`,
    appFails: (pod) => `${pod} 的应用开始出错`,
    appFailsWhy: (t) => `就绪探针要连续失败 ${t} 次才摘掉它；在那之前它还在规则里，请求照样打过去`,
    probeFailed: (pod, c, t) => `${pod} 就绪探针失败（${c}/${t}）`,
    probeFailedWhy: (t) => `还没到 failureThreshold: ${t}，Pod 仍然 Ready，端点仍然 ready=true`,
    notReady: (pod, c) => `${pod} 变为 NotReady（探针连续失败 ${c} 次）`,
    notReadyWhy: 'EndpointSlice 里它的 conditions.ready 变成 false（serving=false），kube-proxy 将在下一次同步时把它移出规则',
    ready: (pod) => `${pod} 就绪探针通过，变为 Ready`,
    readyWhy: 'EndpointSlice 里它的 ready=true；kube-proxy 同步后它才会出现在 KUBE-SVC 链里',
    scale: (name, from, to) => `kubectl scale deployment/${name} --replicas=${to}（原来 ${from}）`,
    scaleUpWhy: 'ReplicaSet 创建新 Pod',
    scaleDownWhy: 'ReplicaSet 删除多出的 Pod：先删不就绪的，再删最新的',
    created: (pod) => `创建 ${pod}（Pending → ContainerCreating）`,
    createdWhy: (d) => `容器启动后进入 EndpointSlice，ready=false，等 initialDelaySeconds: ${d} 后第一次探针通过`,
    terminating: (pod) => `${pod} 进入 Terminating（收到 SIGTERM）`,
    terminatingWhy: 'EndpointSlice：ready=false、terminating=true（还在处理请求时 serving=true）；kube-proxy 不再把新连接发给它',
    gone: (pod) => `${pod} 进程退出，Pod 被删除`,
    goneWhy: '它的端点从 EndpointSlice 删除',
    sync: (m) => SYNC_ZH[m],
    viaLb: (ip, node) => `云负载均衡 ${ip} 选了 ${node}：`,
    rejected: (c, to) => `${c} 请求 ${to}：被拒绝`,
    rejectedWhy: '没有 ready 端点：filter 表的 REJECT 回 ICMP port unreachable，客户端立刻看到 Connection refused',
    dropped: (c, to) => `${c} 请求 ${to}：被丢弃`,
    droppedWhy: (node) =>
      `externalTrafficPolicy: Local，而 ${node} 上没有这个 Service 的 Pod：KUBE-EXT 链里没有跳到 KUBE-SVL 的规则，包没被 DNAT，filter 表 KUBE-EXTERNAL-SERVICES 的 “has no local endpoints” 规则 DROP，客户端只能等到超时。云负载均衡靠 healthCheckNodePort 返回 503 来避开这种节点`,
    noMatch: (c, to) => `${c} 请求 ${to}：没有规则匹配`,
    noMatchWhy: '包按普通路由走，到不了任何 Pod',
    ipvsPick: (sch, active) =>
      sch === 'rr' ? 'IPVS 轮询（rr）：按真实服务器列表依次选下一个' : `IPVS 最少连接（lc）：选活跃连接最少的真实服务器（选之前各自 ${active.join(' / ')} 个）`,
    nftPick: (d, n) => `numgen random mod ${n} = ${d}，verdict map 直接 goto 第 ${d} 个端点链（一次查表，不逐条试）`,
    sticky: '-m recent 命中：这个客户端 IP 最近去过这个端点（会话保持）',
    firstRule: '第一条负载均衡规则就命中',
    laterRule: (m) => `前 ${m} 条 statistic 规则没抽中，落到下一条`,
    masq: (seen) => `；带了 0x4000 标记，KUBE-POSTROUTING 做 MASQUERADE，Pod 看到的源地址是 ${seen}`,
    keepSrc: '；源地址不变，Pod 看到客户端的真实 IP',
    crossNode: (entry, pod) => `；Pod 在 ${pod}，包从 ${entry} 再转发过去（多一跳）`,
    errored: '。这个 Pod 的应用正在出错（还没被摘掉），请求失败',
    dnat: (c, to, dest, pod) => `${c} 请求 ${to} → DNAT 到 ${dest}（${pod}）`,
    reply: (dest, dst, dport) => `。回包由 conntrack 反向改写：源地址从 ${dest} 改回 ${dst}:${dport}`,
  },
  en: {
    noEndpointsReject: 'no usable endpoints: a REJECT rule in the filter table’s KUBE-SERVICES',
    fallback: 'fallback',
    summary: (chain, n, probs, t) =>
      `${chain} has ${n} load-balancing rules (probabilities ${probs.join(' / ')})${t ? '; no ready endpoint, so the serving terminating ones are used for now' : ''}`,
    start: (s) =>
      `${s.backend === 'apiserver' ? `${s.replicas} API servers` : `Deployment ${s.service.ref.name}: ${s.replicas} pods`} ready, Service ${s.service.ref.namespace}/${s.service.ref.name} (${s.service.type}) created`,
    startWhy: (sum) => `kube-proxy has written the rules from the EndpointSlice: ${sum}`,
    appFails: (pod) => `${pod}'s app starts failing`,
    appFailsWhy: (t) => `The readiness probe must fail ${t} times in a row to take it out; until then it stays in the rules and still gets requests`,
    probeFailed: (pod, c, t) => `${pod} readiness probe failed (${c}/${t})`,
    probeFailedWhy: (t) => `Below failureThreshold: ${t}; the pod is still Ready and its endpoint still ready=true`,
    notReady: (pod, c) => `${pod} becomes NotReady (${c} failed probes in a row)`,
    notReadyWhy: 'Its conditions.ready in the EndpointSlice turns false (serving=false); kube-proxy takes it out of the rules at its next sync',
    ready: (pod) => `${pod} passes its readiness probe and becomes Ready`,
    readyWhy: 'ready=true in the EndpointSlice; it appears in the KUBE-SVC chain only after kube-proxy syncs',
    scale: (name, from, to) => `kubectl scale deployment/${name} --replicas=${to} (was ${from})`,
    scaleUpWhy: 'The ReplicaSet creates new pods',
    scaleDownWhy: 'The ReplicaSet deletes the extra pods: not-ready ones first, then the newest',
    created: (pod) => `${pod} created (Pending → ContainerCreating)`,
    createdWhy: (d) =>
      `Once its container runs it enters the EndpointSlice with ready=false, and becomes ready when the first probe passes after initialDelaySeconds: ${d}`,
    terminating: (pod) => `${pod} is Terminating (got SIGTERM)`,
    terminatingWhy: 'EndpointSlice: ready=false, terminating=true (serving=true while it still answers); kube-proxy sends it no new connections',
    gone: (pod) => `${pod}'s process exits and the pod is deleted`,
    goneWhy: 'Its endpoint is removed from the EndpointSlice',
    sync: (m) => SYNC_EN[m],
    viaLb: (ip, node) => `Cloud load balancer ${ip} picked ${node}: `,
    rejected: (c, to) => `${c} requests ${to}: rejected`,
    rejectedWhy: 'No ready endpoint: the filter table’s REJECT answers ICMP port unreachable, and the client sees Connection refused at once',
    dropped: (c, to) => `${c} requests ${to}: dropped`,
    droppedWhy: (node) =>
      `externalTrafficPolicy: Local and ${node} has no pod of this Service: KUBE-EXT has no jump to KUBE-SVL, so the packet leaves the nat table un-DNATed and the filter table’s KUBE-EXTERNAL-SERVICES rule “has no local endpoints” DROPs it, so the client waits for a timeout. A cloud load balancer avoids such nodes because their healthCheckNodePort answers 503`,
    noMatch: (c, to) => `${c} requests ${to}: no rule matches`,
    noMatchWhy: 'The packet is routed normally and reaches no pod',
    ipvsPick: (sch, active) =>
      sch === 'rr'
        ? 'IPVS round robin (rr): the next real server in the list'
        : `IPVS least connection (lc): the real server with the fewest active connections (before the pick: ${active.join(' / ')})`,
    nftPick: (d, n) => `numgen random mod ${n} = ${d}: the verdict map jumps straight to endpoint chain ${d} (one lookup, no rule-by-rule tries)`,
    sticky: '-m recent hit: this client IP went to this endpoint recently (session affinity)',
    firstRule: 'The first load-balancing rule matched',
    laterRule: (m) => `The first ${m} statistic rule(s) did not draw it; it fell to the next`,
    masq: (seen) => `; it carries the 0x4000 mark, so KUBE-POSTROUTING MASQUERADEs it and the pod sees source ${seen}`,
    keepSrc: '; the source is unchanged: the pod sees the client’s real IP',
    crossNode: (entry, pod) => `; the pod is on ${pod}, so ${entry} forwards the packet there (one more hop)`,
    errored: '. This pod’s app is failing (not taken out yet): the request fails',
    dnat: (c, to, dest, pod) => `${c} requests ${to} → DNAT to ${dest} (${pod})`,
    reply: (dest, dst, dport) => `. conntrack rewrites the reply: source ${dest} back to ${dst}:${dport}`,
  },
};
