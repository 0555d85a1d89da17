// Chinese sentences for the trace table: what happened and why, for every row of a run. The engine
// emits codes and data; every user-facing word of a row lives here.
import { savedProbability } from './probability.ts';
import type { NodeRules } from './rules.ts';
import type { Scenario } from './scenario.ts';
import type { Run, TraceRow } from './simulate.ts';

export interface RowText {
  readonly event: string;
  readonly reason: string;
}

function endpointsSummary(rules: NodeRules): string {
  if (rules.used.length === 0) return '没有可用端点：filter 表 KUBE-SERVICES 里写一条 REJECT';
  const probs = rules.rules
    .filter((r) => r.chain === rules.svcChain && r.target.startsWith('KUBE-SEP-') && r.match.recentCheck === undefined)
    .map((r) => (r.match.probability === undefined ? '兜底' : savedProbability(r.match.probability)));
  return `${rules.svcChain} 有 ${rules.used.length} 条负载均衡规则（概率 ${probs.join(' / ')}）${rules.usedTerminating ? '；没有 ready 端点，暂用 serving 的 terminating 端点' : ''}`;
}

export function describeRow(row: TraceRow, run: Run, s: Scenario): RowText {
  const rules = run.rules[row.rulesVersion];
  switch (row.kind) {
    case 'start':
      return {
        event: `${s.backend === 'apiserver' ? `${s.replicas} 个 API server` : `Deployment ${s.service.ref.name}：${s.replicas} 个 Pod`} 就绪，Service ${s.service.ref.namespace}/${s.service.ref.name} 已创建`,
        reason: rules ? `kube-proxy 已按 EndpointSlice 写好规则：${endpointsSummary(rules)}` : '',
      };
    case 'app-fails':
      return { event: `${row.pod} 的应用开始出错`, reason: `就绪探针要连续失败 ${s.failureThreshold} 次才摘掉它；在那之前它还在规则里，请求照样打过去` };
    case 'probe-failed':
      return { event: `${row.pod} 就绪探针失败（${row.probe?.count}/${row.probe?.threshold}）`, reason: `还没到 failureThreshold: ${s.failureThreshold}，Pod 仍然 Ready，端点仍然 ready=true` };
    case 'pod-not-ready':
      return { event: `${row.pod} 变为 NotReady（探针连续失败 ${row.probe?.count} 次）`, reason: 'EndpointSlice 里它的 conditions.ready 变成 false（serving=false），kube-proxy 将在下一次同步时把它移出规则' };
    case 'pod-ready':
      return { event: `${row.pod} 就绪探针通过，变为 Ready`, reason: 'EndpointSlice 里它的 ready=true；kube-proxy 同步后它才会出现在 KUBE-SVC 链里' };
    case 'scale':
      return { event: `kubectl scale deployment/${s.service.ref.name} --replicas=${row.scale?.to}（原来 ${row.scale?.from}）`, reason: (row.scale?.to ?? 0) > (row.scale?.from ?? 0) ? 'ReplicaSet 创建新 Pod' : 'ReplicaSet 删除多出的 Pod：先删不就绪的，再删最新的' };
    case 'pod-created':
      return { event: `创建 ${row.pod}（Pending → ContainerCreating）`, reason: `容器启动后进入 EndpointSlice，ready=false，等 initialDelaySeconds: ${s.initialDelaySeconds} 后第一次探针通过` };
    case 'pod-terminating':
      return { event: `${row.pod} 进入 Terminating（收到 SIGTERM）`, reason: 'EndpointSlice：ready=false、terminating=true（还在处理请求时 serving=true）；kube-proxy 不再把新连接发给它' };
    case 'pod-gone':
      return { event: `${row.pod} 进程退出，Pod 被删除`, reason: '它的端点从 EndpointSlice 删除' };
    case 'sync':
      return { event: 'kube-proxy 同步规则（iptables-restore）', reason: rules ? endpointsSummary(rules) : '' };
    case 'request': {
      const q = row.request;
      if (!q) return { event: '', reason: '' };
      const v = q.walk.verdict;
      const to = `${q.src}:${q.srcPort} → ${q.dst}:${q.dport}`;
      if (v.kind === 'reject') return { event: `${q.client} 请求 ${to}：被拒绝`, reason: '没有 ready 端点：filter 表的 REJECT 回 ICMP port unreachable，客户端立刻看到 Connection refused' };
      if (v.kind === 'no-match') return { event: `${q.client} 请求 ${to}：没有规则匹配`, reason: '包按普通路由走，到不了任何 Pod' };
      const rulesHit = q.walk.steps.filter((st) => !st.matched && rules?.rules[st.rule]?.match.probability !== undefined).length;
      const sticky = q.walk.steps.some((st) => st.matched && rules?.rules[st.rule]?.match.recentCheck !== undefined);
      const how = sticky ? '-m recent 命中：这个客户端 IP 最近去过这个端点（会话保持）' : rulesHit === 0 ? '第一条负载均衡规则就命中' : `前 ${rulesHit} 条 statistic 规则没抽中，落到下一条`;
      const nat = v.masquerade ? `；带了 0x4000 标记，KUBE-POSTROUTING 做 MASQUERADE，Pod 看到的源地址是 ${q.seenSrc}` : '；源地址不变，Pod 看到客户端的真实 IP';
      const err = q.errored ? '。这个 Pod 的应用正在出错（还没被摘掉），请求失败' : '';
      return { event: `${q.client} 请求 ${to} → DNAT 到 ${v.to}（${q.pod ?? v.podName}）`, reason: `${how}${nat}。回包由 conntrack 反向改写：源地址从 ${v.to} 改回 ${q.dst}:${q.dport}${err}` };
    }
  }
}
