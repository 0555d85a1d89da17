// Named scenarios a card can link to (`lab:kubernetes-service?preset=…`). Each one starts from a
// real configuration: kind's addresses (nodes 172.18.0.x, pods 10.244.0.0/16, Services
// 10.96.0.0/12), the Kubernetes defaults (sessionAffinity timeout 10800 s, min-sync-period 1 s),
// and probes as a Deployment would set them.
import type { Scenario } from './scenario.ts';
import type { ServiceSpec } from './service-types.ts';

export const K8S_PRESET_IDS = [
  'clusterip-3-pods', 'readiness-fails', 'no-ready-endpoints', 'scale-up', 'scale-down',
  'session-affinity', 'nodeport', 'kubernetes-default-service',
] as const;
export type K8sPresetId = (typeof K8S_PRESET_IDS)[number];
export const DEFAULT_PRESET_ID: K8sPresetId = 'clusterip-3-pods';

export function isK8sPresetId(id: string): id is K8sPresetId {
  return (K8S_PRESET_IDS as readonly string[]).includes(id);
}

export interface K8sPreset {
  readonly title: string;
  readonly explanation: string;
  readonly scenario: Scenario;
}

const web: ServiceSpec = {
  ref: { namespace: 'default', name: 'web', portName: 'http', protocol: 'TCP' },
  type: 'ClusterIP', clusterIP: '10.96.45.12', port: 80, targetPort: 8080, nodePort: 30080,
  sessionAffinity: 'None', stickySeconds: 10800,
};

const base: Scenario = {
  service: web, backend: 'deployment', replicas: 3, nodes: 2, scaleTo: 3, scaleAtMs: 0,
  failPod: -1, failAtMs: 0, periodSeconds: 2, failureThreshold: 3, initialDelaySeconds: 2,
  rate: 2, durationMs: 20_000, seed: 7,
};

export const k8sPresets: Readonly<Record<K8sPresetId, K8sPreset>> = {
  'clusterip-3-pods': {
    title: 'ClusterIP，3 个 Pod',
    explanation: '一个 ClusterIP Service（default/web，端口 http 80 → 8080）后面 3 个就绪的 Pod。kube-proxy 在每个节点写下 KUBE-SERVICES → KUBE-SVC → KUBE-SEP 三层链：第 1 条规则以 1/3 的概率命中，第 2 条以剩下的 1/2，最后一条无条件，合起来每个 Pod 各 1/3。',
    scenario: base,
  },
  'readiness-fails': {
    title: '一个 Pod 就绪探针失败',
    explanation: '第 6 秒第二个 Pod 的应用开始报错。readinessProbe 每 2 秒一次（periodSeconds: 2），连续 3 次失败（failureThreshold: 3）才变成 NotReady；在那之前请求照样打到它。之后 EndpointSlice 把它标成 ready=false，kube-proxy 重写规则：只剩 2 条，概率变成 0.5。',
    scenario: { ...base, failPod: 1, failAtMs: 6000, durationMs: 24_000 },
  },
  'no-ready-endpoints': {
    title: '唯一的 Pod 不就绪：REJECT',
    explanation: '只有 1 个副本，它的就绪探针失败后 Service 没有可用端点：nat 表里不再有 KUBE-SVC 链，filter 表的 KUBE-SERVICES 写一条 REJECT，客户端立刻收到 ICMP port unreachable（连接被拒），而不是超时。',
    scenario: { ...base, replicas: 1, scaleTo: 1, failPod: 0, failAtMs: 4000, durationMs: 16_000 },
  },
  'scale-up': {
    title: 'Deployment 扩容 2 → 4',
    explanation: '第 5 秒 replicas 从 2 改成 4。新 Pod 先进 EndpointSlice（ready=false），容器启动、initialDelaySeconds 过后第一次探针成功才变 ready，kube-proxy 随之把它们加进规则，概率从 1/2 变成 1/4、1/3、1/2。',
    scenario: { ...base, replicas: 2, scaleTo: 4, scaleAtMs: 5000 },
  },
  'scale-down': {
    title: 'Deployment 缩容 4 → 2',
    explanation: '第 6 秒 replicas 从 4 改成 2。ReplicaSet 先删最新的 Pod；被删的 Pod 进入 Terminating：EndpointSlice 里 ready=false、terminating=true，kube-proxy 把它们移出规则，进程退出后端点才消失。',
    scenario: { ...base, replicas: 4, scaleTo: 2, scaleAtMs: 6000 },
  },
  'session-affinity': {
    title: '会话保持（sessionAffinity: ClientIP）',
    explanation: '会话保持：KUBE-SVC 链先为每个端点写一条 -m recent --rcheck --seconds 10800 --reap 规则，KUBE-SEP 的 DNAT 规则用 -m recent --set 记下客户端 IP。同一个客户端 3 小时内总是回到同一个 Pod；两个客户端交替发请求。',
    scenario: { ...base, service: { ...web, sessionAffinity: 'ClientIP' } },
  },
  nodeport: {
    title: '集群外访问 NodePort（externalTrafficPolicy: Cluster）',
    explanation: '集群外的客户端访问节点的 30080 端口：KUBE-SERVICES 的最后一条规则把目的地址是本机的包交给 KUBE-NODEPORTS，再经 KUBE-EXT 打上 0x4000 标记、进 KUBE-SVC 选 Pod。因为打了标记，出节点时 KUBE-POSTROUTING 做 MASQUERADE：Pod 看到的源地址是节点的，不是客户端的。',
    scenario: { ...base, service: { ...web, type: 'NodePort' } },
  },
  'kubernetes-default-service': {
    title: 'default/kubernetes（每个集群都有）',
    explanation: 'API server 的 Service：default/kubernetes，端口名 https，443 → 6443，ClusterIP 10.96.0.1。它的链名是 sha256("default/kubernetes:https" + "tcp") 的 base32 前 16 位：KUBE-SVC-NPX46M4PTMTKRN6Y，在任何集群上都一样，可以在自己节点上 iptables-save | grep NPX46M4PTMTKRN6Y 对照。这里是 3 个控制面节点的高可用集群，端点是各节点的 6443。',
    scenario: {
      ...base, backend: 'apiserver', replicas: 3, scaleTo: 3, nodes: 3,
      service: { ...web, ref: { namespace: 'default', name: 'kubernetes', portName: 'https', protocol: 'TCP' }, clusterIP: '10.96.0.1', port: 443, targetPort: 6443 },
    },
  },
};
