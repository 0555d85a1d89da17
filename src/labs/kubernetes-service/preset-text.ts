// Each preset's title and explanation, in both UI languages.
import type { K8sPresetId } from './core/presets.ts';

export interface PresetText {
  readonly title: string;
  readonly explanation: string;
}

export const presetTextZh: Readonly<Record<K8sPresetId, PresetText>> = {
  'clusterip-3-pods': {
    title: 'ClusterIP，3 个 Pod',
    explanation:
      '一个 ClusterIP Service（default/web，端口 http 80 → 8080）后面 3 个就绪的 Pod。kube-proxy 在每个节点写下 KUBE-SERVICES → KUBE-SVC → KUBE-SEP 三层链：第 1 条规则以 1/3 的概率命中，第 2 条以剩下的 1/2，最后一条无条件，合起来每个 Pod 各 1/3。',
  },
  'readiness-fails': {
    title: '一个 Pod 就绪探针失败',
    explanation:
      '第 6 秒第二个 Pod 的应用开始报错。readinessProbe 每 2 秒一次（periodSeconds: 2），连续 3 次失败（failureThreshold: 3）才变成 NotReady；在那之前请求照样打到它。之后 EndpointSlice 把它标成 ready=false，kube-proxy 重写规则：只剩 2 条，概率变成 0.5。',
  },
  'no-ready-endpoints': {
    title: '唯一的 Pod 不就绪：REJECT',
    explanation:
      '只有 1 个副本，它的就绪探针失败后 Service 没有可用端点：nat 表里不再有 KUBE-SVC 链，filter 表的 KUBE-SERVICES 写一条 REJECT，客户端立刻收到 ICMP port unreachable（连接被拒），而不是超时。',
  },
  'scale-up': {
    title: 'Deployment 扩容 2 → 4',
    explanation:
      '第 5 秒 replicas 从 2 改成 4。新 Pod 先进 EndpointSlice（ready=false），容器启动、initialDelaySeconds 过后第一次探针成功才变 ready，kube-proxy 随之把它们加进规则，概率从 1/2 变成 1/4、1/3、1/2。',
  },
  'scale-down': {
    title: 'Deployment 缩容 4 → 2',
    explanation:
      '第 6 秒 replicas 从 4 改成 2。ReplicaSet 先删最新的 Pod；被删的 Pod 进入 Terminating：EndpointSlice 里 ready=false、terminating=true，kube-proxy 把它们移出规则，进程退出后端点才消失。',
  },
  'session-affinity': {
    title: '会话保持（sessionAffinity: ClientIP）',
    explanation:
      '会话保持：KUBE-SVC 链先为每个端点写一条 -m recent --rcheck --seconds 10800 --reap 规则，KUBE-SEP 的 DNAT 规则用 -m recent --set 记下客户端 IP。同一个客户端 3 小时内总是回到同一个 Pod；两个客户端交替发请求。',
  },
  nodeport: {
    title: '集群外访问 NodePort（externalTrafficPolicy: Cluster）',
    explanation:
      '集群外的客户端访问节点的 30080 端口：KUBE-SERVICES 的最后一条规则把目的地址是本机的包交给 KUBE-NODEPORTS，再经 KUBE-EXT 打上 0x4000 标记、进 KUBE-SVC 选 Pod。因为打了标记，出节点时 KUBE-POSTROUTING 做 MASQUERADE：Pod 看到的源地址是节点的，不是客户端的。',
  },
  'kubernetes-default-service': {
    title: 'default/kubernetes（每个集群都有）',
    explanation:
      'API server 的 Service：default/kubernetes，端口名 https，443 → 6443，ClusterIP 10.96.0.1。它的链名是 sha256("default/kubernetes:https" + "tcp") 的 base32 前 16 位：KUBE-SVC-NPX46M4PTMTKRN6Y，在任何集群上都一样，可以在自己节点上 iptables-save | grep NPX46M4PTMTKRN6Y 对照。这里是 3 个控制面节点的高可用集群，端点是各节点的 6443。',
  },
  'nodeport-node-without-pod': {
    title: 'NodePort 打到没有 Pod 的节点',
    explanation:
      '唯一的 Pod 在 kind-control-plane，客户端却访问 kind-worker 的 30080。externalTrafficPolicy: Cluster 时 kind-worker 照样转发：KUBE-EXT 打标记、KUBE-SVC 选中另一个节点上的 Pod，出节点时 MASQUERADE，Pod 看到的源地址是 kind-worker 的 172.18.0.3（否则回包会绕过 kind-worker，连接对不上）。把 externalTrafficPolicy 改成 Local 看对比：kind-worker 上没有本地端点，包被 KUBE-EXTERNAL-SERVICES DROP。',
  },
  'loadbalancer-cluster-policy': {
    title: 'LoadBalancer，externalTrafficPolicy: Cluster（转发并 SNAT）',
    explanation:
      'type: LoadBalancer 在 NodePort 之上再要一个云负载均衡（这里 203.0.113.100）。云 LB 把连接分给所有节点的 NodePort（kube-proxy 的 10256/healthz 都健康），3 个节点里有一个没有 Pod，它也接流量并转发到别的节点：多一跳，且源地址被 SNAT（KUBE-MARK-MASQ），Pod 看不到客户端 IP；好处是负载在 Pod 间均匀。',
  },
  'loadbalancer-local-policy': {
    title: 'LoadBalancer，externalTrafficPolicy: Local（保留源 IP）',
    explanation:
      'Local：KUBE-EXT 把外部流量交给 KUBE-SVL，只在本节点的 Pod 之间选，不打标记，Pod 看到客户端的真实 IP。没有本地 Pod 的节点 KUBE-EXT 不跳 KUBE-SVL，包没被 DNAT，filter 表 DROP（“has no local endpoints”）；kube-proxy 在 healthCheckNodePort 上对它回 503，云 LB 就不再把流量发给它。代价：每个节点拿到的流量一样多，Pod 多的节点上每个 Pod 分得少。',
  },
  'ingress-host-path': {
    title: 'Ingress：按 host 和 path 路由（ingress-nginx）',
    explanation:
      '一个 Ingress（ingressClassName: nginx）把 shop.example.com 的 /、/api、/api/v2 路由到不同的 Service，*.example.com 给租户站点。规则：先选 host（精确优先于通配，* 只匹配一段），再在这个 host 里选最长匹配的 path，一样长时 Exact 优先于 Prefix；Prefix 按 / 分段比较，/api 不匹配 /apiary。都不匹配时默认后端回 404。ingress-nginx 直接把请求发到端点 IP，不经过 ClusterIP。',
  },
  'ipvs-round-robin': {
    title: 'IPVS 模式，轮询（rr）',
    explanation:
      'kube-proxy --proxy-mode=ipvs：ClusterIP 绑在 kube-ipvs0 虚拟网卡上，每个 Service 端口是一个 IPVS 虚拟服务，每个端点是一个真实服务器（Masq 转发）。找 Service 是一次哈希查找，不像 iptables 要逐条比 KUBE-SERVICES。rr 调度器按列表依次轮流，看 ipvsadm -Ln 的 ActiveConn 变化。',
  },
  'ipvs-least-conn': {
    title: 'IPVS 模式，最少连接（lc）',
    explanation:
      '--ipvs-scheduler=lc：每个新连接给 activeconns × 256 + inactconns 最小的真实服务器（ip_vs_lc.c）。连接时长不一（0.5–6 秒），rr 不管谁还忙着，lc 会把新连接避开手上连接多的 Pod。对比 ipvs-round-robin 的 ActiveConn。',
  },
  'nftables-mode': {
    title: 'nftables 模式',
    explanation:
      'kube-proxy --proxy-mode=nftables（1.33 GA）：services 链用 verdict map service-ips 一次查到 Service 的链，Service 链里 numgen random mod 3 vmap { 0 : goto …, 1 : goto …, 2 : goto … } 一次选中端点，不再有 1/3、1/2 这样逐条试的 statistic 规则；更新是一个只含改动的事务。',
  },
  'proxy-modes-at-scale': {
    title: '三种代理模式在 10000 个 Service 下',
    explanation:
      '集群里有 10000 个 Service、每个 5 个端点。iptables 模式的新连接要在 KUBE-SERVICES 里逐条比较（平均一半），规则有几十万条，每次同步都要重写整条 KUBE-SERVICES；IPVS 和 nftables 都是一次哈希/映射查找，改一个 Service 只动它自己的条目。看下面的计算表。',
  },
};

export const presetTextEn: Readonly<Record<K8sPresetId, PresetText>> = {
  'clusterip-3-pods': {
    title: 'ClusterIP, 3 pods',
    explanation:
      'A ClusterIP Service (default/web, port http 80 → 8080) with 3 ready pods. kube-proxy writes three levels of chains on every node, KUBE-SERVICES → KUBE-SVC → KUBE-SEP: the first rule matches with probability 1/3, the second with 1/2 of the rest, the last unconditionally, so each pod gets a third.',
  },
  'readiness-fails': {
    title: 'A pod fails its readiness probe',
    explanation:
      'At 6 s the second pod’s app starts failing. The readinessProbe runs every 2 s (periodSeconds: 2) and needs 3 failures in a row (failureThreshold: 3) to make it NotReady; until then requests still reach it. Then the EndpointSlice marks it ready=false and kube-proxy rewrites the rules: 2 left, probability 0.5.',
  },
  'no-ready-endpoints': {
    title: 'The only pod is not ready: REJECT',
    explanation:
      'One replica; once its readiness probe fails the Service has no usable endpoint: the nat table loses its KUBE-SVC chain and the filter table’s KUBE-SERVICES gets a REJECT, so the client gets ICMP port unreachable (connection refused) at once instead of a timeout.',
  },
  'scale-up': {
    title: 'Deployment scales 2 → 4',
    explanation:
      'At 5 s replicas goes from 2 to 4. New pods enter the EndpointSlice with ready=false; once the container runs and the first probe after initialDelaySeconds passes they become ready, and kube-proxy adds them: probabilities go from 1/2 to 1/4, 1/3, 1/2.',
  },
  'scale-down': {
    title: 'Deployment scales 4 → 2',
    explanation:
      'At 6 s replicas goes from 4 to 2. The ReplicaSet deletes the newest pods; they turn Terminating: ready=false, terminating=true in the EndpointSlice, kube-proxy takes them out of the rules, and the endpoints vanish when the processes exit.',
  },
  'session-affinity': {
    title: 'Session affinity (sessionAffinity: ClientIP)',
    explanation:
      'Session affinity: KUBE-SVC first gets one -m recent --rcheck --seconds 10800 --reap rule per endpoint, and each KUBE-SEP DNAT rule records the client IP with -m recent --set. A client goes back to the same pod for 3 hours; two clients take turns.',
  },
  nodeport: {
    title: 'NodePort from outside (externalTrafficPolicy: Cluster)',
    explanation:
      'An outside client connects to port 30080 of a node: the last rule of KUBE-SERVICES hands packets for a local address to KUBE-NODEPORTS, then KUBE-EXT sets the 0x4000 mark and enters KUBE-SVC to pick a pod. Because of the mark, KUBE-POSTROUTING MASQUERADEs on the way out: the pod sees a node’s address, not the client’s.',
  },
  'kubernetes-default-service': {
    title: 'default/kubernetes (every cluster has it)',
    explanation:
      'The API server’s Service: default/kubernetes, port name https, 443 → 6443, ClusterIP 10.96.0.1. Its chain name is the first 16 base32 characters of sha256("default/kubernetes:https" + "tcp"): KUBE-SVC-NPX46M4PTMTKRN6Y, the same on every cluster; try iptables-save | grep NPX46M4PTMTKRN6Y on a node. Here an HA cluster with 3 control-plane nodes, the endpoints are each node’s 6443.',
  },
  'nodeport-node-without-pod': {
    title: 'NodePort request to a node without a pod',
    explanation:
      'The only pod runs on kind-control-plane, but the client connects to kind-worker’s port 30080. With externalTrafficPolicy: Cluster kind-worker still forwards: KUBE-EXT marks the packet, KUBE-SVC picks the pod on the other node, and MASQUERADE on the way out makes the pod see kind-worker’s 172.18.0.3 (otherwise the reply would bypass kind-worker and the connection would break). Switch externalTrafficPolicy to Local to compare: kind-worker has no local endpoint, and KUBE-EXTERNAL-SERVICES DROPs the packet.',
  },
  'loadbalancer-cluster-policy': {
    title: 'LoadBalancer, externalTrafficPolicy: Cluster',
    explanation:
      'type: LoadBalancer adds a cloud load balancer (here 203.0.113.100) on top of a NodePort. The cloud LB spreads connections over every node’s NodePort (kube-proxy’s 10256/healthz passes on all). One of the 3 nodes has no pod; it still takes traffic and forwards it to another node: one more hop, and the source is SNATed (KUBE-MARK-MASQ), so the pod cannot see the client IP; in exchange the load is even across pods.',
  },
  'loadbalancer-local-policy': {
    title: 'LoadBalancer, externalTrafficPolicy: Local',
    explanation:
      'Local: KUBE-EXT hands outside traffic to KUBE-SVL, which picks among this node’s pods only and sets no mark, so the pod sees the client’s real IP. On a node without a local pod KUBE-EXT has no jump to KUBE-SVL, so the packet is not DNATed and the filter table DROPs it (“has no local endpoints”); kube-proxy answers 503 on its healthCheckNodePort, so the cloud LB stops sending it traffic. The cost: every node gets the same share, so pods on a node with more pods get less each.',
  },
  'ingress-host-path': {
    title: 'Ingress: routing by host and path (ingress-nginx)',
    explanation:
      'One Ingress (ingressClassName: nginx) routes shop.example.com’s /, /api and /api/v2 to different Services, and *.example.com to the tenant sites. The rules: first the host (exact beats wildcard, * matches one label), then within that host the longest matching path, with Exact beating Prefix at equal length; Prefix compares /-separated elements, so /api does not match /apiary. With no match the default backend answers 404. ingress-nginx sends the request straight to endpoint IPs, not through the ClusterIP.',
  },
  'ipvs-round-robin': {
    title: 'IPVS mode, round robin (rr)',
    explanation:
      'kube-proxy --proxy-mode=ipvs: ClusterIPs are bound to the dummy interface kube-ipvs0, each Service port is an IPVS virtual server and each endpoint a real server (Masq forwarding). Finding the Service is one hash lookup, not a rule-by-rule scan of KUBE-SERVICES. The rr scheduler takes the list in turn; watch ActiveConn in ipvsadm -Ln.',
  },
  'ipvs-least-conn': {
    title: 'IPVS mode, least connection (lc)',
    explanation:
      '--ipvs-scheduler=lc: each new connection goes to the real server with the least activeconns × 256 + inactconns (ip_vs_lc.c). Connections last from 0.5 to 6 s; rr ignores who is still busy, lc steers new connections away from the pod holding the most. Compare ActiveConn with ipvs-round-robin.',
  },
  'nftables-mode': {
    title: 'nftables mode',
    explanation:
      'kube-proxy --proxy-mode=nftables (GA in 1.33): the services chain finds the Service’s chain in one lookup of the verdict map service-ips, and the Service chain picks the endpoint in one step with numgen random mod 3 vmap { 0 : goto …, 1 : goto …, 2 : goto … }, with no 1/3, 1/2 statistic rules tried in turn; an update is one transaction holding only the changes.',
  },
  'proxy-modes-at-scale': {
    title: 'The three proxy modes with 10,000 Services',
    explanation:
      '10,000 Services with 5 endpoints each. In iptables mode a new connection is compared with KUBE-SERVICES rule by rule (half of them on average), there are hundreds of thousands of rules, and each sync rewrites all of KUBE-SERVICES; IPVS and nftables find the Service in one hash or map lookup, and changing one Service touches only its own entries. See the computed table below.',
  },
};
