// The rules for traffic from outside the cluster (NodePort, LoadBalancer), after kube-proxy's
// pkg/proxy/iptables/proxier.go (syncProxyRules):
// - While the Service has endpoints, KUBE-NODEPORTS (--dport nodePort) and KUBE-SERVICES
//   (-d loadBalancerIP) jump to KUBE-EXT-<hash> on every node.
// - hasExternalEndpoints is "any usable endpoint" for externalTrafficPolicy: Cluster and "a usable
//   endpoint on THIS node" for Local; only then does KUBE-EXT end with the jump to the policy chain.
// - Cluster: KUBE-EXT marks every packet for masquerade (KUBE-MARK-MASQ) and jumps to KUBE-SVC:
//   any node forwards, and the pod sees a node's address.
// - Local: KUBE-EXT lets pod traffic and the node's own traffic use KUBE-SVC, and sends the rest to
//   KUBE-SVL-<hash>, which balances over this node's endpoints only and does not masquerade: the
//   pod sees the client's address.
// - With endpoints but none usable for external traffic (Local, none on this node) KUBE-EXT has no
//   jump to KUBE-SVL (and there is no KUBE-SVL chain): an outside packet leaves the nat table
//   un-DNATed and the filter table's KUBE-EXTERNAL-SERVICES DROPs it ("has no local endpoints").
//   With no endpoints at all it REJECTs ("has no endpoints").
import type { Rule, Table } from './rules.ts';
import type { ServiceSpec, SliceEndpoint } from './service-types.ts';

export interface ExternalContext {
  readonly svc: ServiceSpec;
  readonly name: string;
  readonly proto: string;
  readonly svcChain: string;
  readonly extChain: string;
  readonly svlChain: string;
  readonly podCidr: string;
  readonly used: readonly SliceEndpoint[];
  readonly local: readonly SliceEndpoint[];
}

const q = (text: string) => `"${text}"`;

/** KUBE-SERVICES' jump for the LoadBalancer IP (the cloud LB may keep it as the destination). */
export function loadBalancerRule(c: ExternalContext): Rule {
  const { svc, proto } = c;
  const comment = q(`${c.name} loadbalancer IP`);
  return {
    table: 'nat',
    chain: 'KUBE-SERVICES',
    written: `-A KUBE-SERVICES -m comment --comment ${comment} -m ${proto} -p ${proto} -d ${svc.loadBalancerIP} --dport ${svc.port} -j ${c.extChain}`,
    saved: `-A KUBE-SERVICES -d ${svc.loadBalancerIP}/32 -p ${proto} -m comment --comment ${comment} -m ${proto} --dport ${svc.port} -j ${c.extChain}`,
    match: { dst: svc.loadBalancerIP, dport: svc.port },
    target: c.extChain,
  };
}

/** KUBE-NODEPORTS → KUBE-EXT, and the KUBE-EXT chain for the Service's traffic policy. */
export function externalChainRules(c: ExternalContext, hasExternalEndpoints: boolean): Rule[] {
  const { svc, proto, name, extChain, svcChain } = c;
  const rules: Rule[] = [
    {
      table: 'nat',
      chain: 'KUBE-NODEPORTS',
      written: `-A KUBE-NODEPORTS -m comment --comment ${name} -m ${proto} -p ${proto} --dport ${svc.nodePort} -j ${extChain}`,
      saved: `-A KUBE-NODEPORTS -p ${proto} -m comment --comment ${q(name)} -m ${proto} --dport ${svc.nodePort} -j ${extChain}`,
      match: { dport: svc.nodePort, dstLocal: true },
      target: extChain,
    },
  ];
  const plain = (text: string, match: Rule['match'], target: string, comment?: string): Rule => {
    const body = `${comment ? `-m comment --comment ${q(comment)} ` : ''}${text}-j ${target}`;
    return {
      table: 'nat',
      chain: extChain,
      written: `-A ${extChain} ${body}`,
      saved: `-A ${extChain} ${savedOrder(text, comment)}-j ${target}`,
      match,
      target,
    };
  };
  if (svc.externalTrafficPolicy === 'Cluster') {
    rules.push(plain('', {}, 'KUBE-MARK-MASQ', `masquerade traffic for ${name} external destinations`), plain('', {}, svcChain));
    return rules;
  }
  rules.push(
    plain(`-s ${c.podCidr} `, { srcCidr: c.podCidr }, svcChain, `pod traffic for ${name} external destinations`),
    plain('-m addrtype --src-type LOCAL ', { srcLocal: true }, 'KUBE-MARK-MASQ', `masquerade LOCAL traffic for ${name} external destinations`),
    plain('-m addrtype --src-type LOCAL ', { srcLocal: true }, svcChain, `route LOCAL traffic for ${name} external destinations`),
  );
  if (hasExternalEndpoints) rules.push(plain('', {}, c.svlChain));
  return rules;
}

// iptables-save prints -s before the comment match.
function savedOrder(text: string, comment: string | undefined): string {
  const cm = comment ? `-m comment --comment ${q(comment)} ` : '';
  if (text.startsWith('-s ')) return `${text.replace(/^-s (\S+) /, '-s $1 ')}${cm}`;
  return `${cm}${text}`;
}

/** The filter table's answer to external traffic this node cannot serve: DROP or REJECT. */
export function externalFilterRules(c: ExternalContext, target: 'DROP' | 'REJECT'): Rule[] {
  const { svc, proto, name } = c;
  const comment = q(`${name} ${target === 'DROP' ? 'has no local endpoints' : 'has no endpoints'}`);
  const verdict = target === 'REJECT' ? 'REJECT --reject-with icmp-port-unreachable' : 'DROP';
  const chain = 'KUBE-EXTERNAL-SERVICES';
  const table: Table = 'filter';
  const rules: Rule[] = [];
  if (svc.type === 'LoadBalancer') {
    rules.push({
      table,
      chain,
      written: `-A ${chain} -m comment --comment ${comment} -m ${proto} -p ${proto} -d ${svc.loadBalancerIP} --dport ${svc.port} -j ${target}`,
      saved: `-A ${chain} -d ${svc.loadBalancerIP}/32 -p ${proto} -m comment --comment ${comment} -m ${proto} --dport ${svc.port} -j ${verdict}`,
      match: { dst: svc.loadBalancerIP, dport: svc.port },
      target,
    });
  }
  rules.push({
    table,
    chain,
    written: `-A ${chain} -m comment --comment ${comment} -m addrtype --dst-type LOCAL -m ${proto} -p ${proto} --dport ${svc.nodePort} -j ${target}`,
    saved: `-A ${chain} -p ${proto} -m comment --comment ${comment} -m addrtype --dst-type LOCAL -m ${proto} --dport ${svc.nodePort} -j ${verdict}`,
    match: { dstLocal: true, dport: svc.nodePort },
    target,
  });
  return rules;
}

/** kube-proxy's health check server on healthCheckNodePort (pkg/proxy/healthcheck/service_health.go). */
export function healthCheck(svc: ServiceSpec, local: number): { readonly status: 200 | 503; readonly body: string } {
  const body = JSON.stringify({ service: { namespace: svc.ref.namespace, name: svc.ref.name }, localEndpoints: local, serviceProxyHealthy: true });
  return { status: local > 0 ? 200 : 503, body };
}

/** The filter table lets the cloud LB's health checks in (healthCheckNodePort, LoadBalancer + Local only). */
export function healthCheckRule(c: ExternalContext): Rule {
  const { svc, name } = c;
  const comment = q(`${name} health check node port`);
  return {
    table: 'filter',
    chain: 'KUBE-NODEPORTS',
    written: `-A KUBE-NODEPORTS -m comment --comment ${comment} -m tcp -p tcp --dport ${svc.healthCheckNodePort} -j ACCEPT`,
    saved: `-A KUBE-NODEPORTS -p tcp -m comment --comment ${comment} -m tcp --dport ${svc.healthCheckNodePort} -j ACCEPT`,
    match: { dport: svc.healthCheckNodePort },
    target: 'ACCEPT',
  };
}
