// The nat (and filter) rules kube-proxy's iptables mode writes on every node for one Service port,
// following pkg/proxy/iptables/proxier.go (syncProxyRules, writeServiceToEndpointRules): each rule
// carries the line kube-proxy writes to iptables-restore and the line iptables-save prints back
// (addresses as /32, -s/-d/-p first, comments quoted, the statistic probability as the kernel keeps
// it, --or-mark as --set-xmark). Endpoints are sorted by "ip:port" as kube-proxy sorts them;
// the load-balancing rules use the ready endpoints, or, when none is ready, the serving terminating
// ones (as kube-proxy has done since 1.28); with none at all the filter table REJECTs.
import { endpointChainName, externalChainName, localChainName, serviceChainName, servicePortName } from './chain-names.ts';
import { externalChainRules, externalFilterRules, healthCheckRule, loadBalancerRule, type ExternalContext } from './rules-external.ts';
import { kernelProbability, savedProbability, writtenProbability } from './probability.ts';
import { endpointString, MASQ_MARK, type ClusterNetwork, type ServiceSpec, type SliceEndpoint } from './service-types.ts';

export type Table = 'nat' | 'filter';

export interface Rule {
  readonly table: Table;
  readonly chain: string;
  /** As kube-proxy writes it (iptables-restore input). */
  readonly written: string;
  /** As iptables-save prints it back. */
  readonly saved: string;
  readonly match: {
    readonly dst?: string;
    readonly dport?: number;
    readonly notSrcCidr?: string;
    readonly src?: string;
    readonly srcCidr?: string;
    readonly srcLocal?: boolean;
    readonly dstLocal?: boolean;
    /** Kernel value: matches when 31 random bits < it. */
    readonly probability?: number;
    readonly recentCheck?: { readonly name: string; readonly seconds: number };
    readonly markNotSet?: boolean;
  };
  /** A chain to jump to, or a verdict. */
  readonly target: string;
  readonly toDestination?: string;
  readonly recentSet?: string;
  /** For a rule that picks an endpoint: the endpoint's pod. */
  readonly podName?: string;
}

export interface NodeRules {
  readonly rules: readonly Rule[];
  readonly chains: readonly { readonly table: Table; readonly name: string }[];
  readonly svcChain: string;
  /** The node these rules are on (externalTrafficPolicy: Local makes nodes differ). */
  readonly node: string;
  /** The endpoints the load-balancing rules use, in rule order. */
  readonly used: readonly SliceEndpoint[];
  /** Of those, the ones on this node (KUBE-SVL for externalTrafficPolicy: Local). */
  readonly local: readonly SliceEndpoint[];
  readonly usedTerminating: boolean;
}

const RECENT_SAVED = '--mask 255.255.255.255 --rsource';
const q = (text: string) => `"${text}"`;

/** The endpoints kube-proxy balances over: ready ones, else serving terminating ones. */
export function usableEndpoints(endpoints: readonly SliceEndpoint[]): { used: SliceEndpoint[]; terminating: boolean } {
  const byAddr = (a: SliceEndpoint, b: SliceEndpoint) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
  const ready = endpoints.filter((e) => e.ready).sort(byAddr);
  if (ready.length > 0) return { used: ready, terminating: false };
  return { used: endpoints.filter((e) => e.serving && e.terminating).sort(byAddr), terminating: true };
}

export function buildNodeRules(svc: ServiceSpec, endpoints: readonly SliceEndpoint[], net: ClusterNetwork, node = ''): NodeRules {
  const name = servicePortName(svc.ref);
  const proto = svc.ref.protocol.toLowerCase();
  const svcChain = serviceChainName(svc.ref);
  const extChain = externalChainName(svc.ref);
  const { used, terminating } = usableEndpoints(endpoints);
  // Endpoint strings sort as strings in kube-proxy ("10.244.1.10:80" < "10.244.1.2:80").
  used.sort((a, b) => {
    const x = endpointString(a.ip, svc.targetPort);
    const y = endpointString(b.ip, svc.targetPort);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rules: Rule[] = [];
  const chains: { table: Table; name: string }[] = [
    { table: 'nat', name: 'KUBE-SERVICES' },
    { table: 'nat', name: 'KUBE-NODEPORTS' },
    { table: 'nat', name: 'KUBE-MARK-MASQ' },
    { table: 'nat', name: 'KUBE-POSTROUTING' },
  ];
  const clusterComment = q(`${name} cluster IP`);
  const ipPort = `-m ${proto} -p ${proto} -d ${svc.clusterIP} --dport ${svc.port}`;
  const savedIpPort = (pre: string) => `${pre}-d ${svc.clusterIP}/32 -p ${proto} -m comment --comment ${clusterComment} -m ${proto} --dport ${svc.port}`;

  rules.push(
    {
      table: 'nat',
      chain: 'KUBE-MARK-MASQ',
      written: `-A KUBE-MARK-MASQ -j MARK --or-mark ${MASQ_MARK}`,
      saved: `-A KUBE-MARK-MASQ -j MARK --set-xmark ${MASQ_MARK}/${MASQ_MARK}`,
      match: {},
      target: 'MARK',
    },
    {
      table: 'nat',
      chain: 'KUBE-POSTROUTING',
      written: `-A KUBE-POSTROUTING -m mark ! --mark ${MASQ_MARK}/${MASQ_MARK} -j RETURN`,
      saved: `-A KUBE-POSTROUTING -m mark ! --mark ${MASQ_MARK}/${MASQ_MARK} -j RETURN`,
      match: { markNotSet: true },
      target: 'RETURN',
    },
    {
      table: 'nat',
      chain: 'KUBE-POSTROUTING',
      written: `-A KUBE-POSTROUTING -j MARK --xor-mark ${MASQ_MARK}`,
      saved: `-A KUBE-POSTROUTING -j MARK --set-xmark ${MASQ_MARK}/0x0`,
      match: {},
      target: 'UNMARK',
    },
    {
      table: 'nat',
      chain: 'KUBE-POSTROUTING',
      written: '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
      saved: '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
      match: {},
      target: 'MASQUERADE',
    },
  );

  const local = used.filter((e) => e.nodeName === node);
  const external = svc.type !== 'ClusterIP';
  const ext: ExternalContext = { svc, name, proto, svcChain, extChain, svlChain: localChainName(svc.ref), podCidr: net.podCidr, used, local };
  const policyLocal = external && svc.externalTrafficPolicy === 'Local';
  const hasExternalEndpoints = policyLocal ? local.length > 0 : used.length > 0;
  const filterChains = (): void => {
    if (!chains.some((c) => c.table === 'filter' && c.name === 'KUBE-EXTERNAL-SERVICES') && external)
      chains.unshift({ table: 'filter', name: 'KUBE-EXTERNAL-SERVICES' });
  };

  if (used.length === 0) {
    rules.push({
      table: 'filter',
      chain: 'KUBE-SERVICES',
      written: `-A KUBE-SERVICES -m comment --comment ${q(`${name} has no endpoints`)} ${ipPort} -j REJECT`,
      saved: `-A KUBE-SERVICES -d ${svc.clusterIP}/32 -p ${proto} -m comment --comment ${q(`${name} has no endpoints`)} -m ${proto} --dport ${svc.port} -j REJECT --reject-with icmp-port-unreachable`,
      match: { dst: svc.clusterIP, dport: svc.port },
      target: 'REJECT',
    });
    chains.unshift({ table: 'filter', name: 'KUBE-SERVICES' });
    if (external) {
      rules.push(...externalFilterRules(ext, 'REJECT'));
      filterChains();
    }
  } else {
    chains.push({ table: 'nat', name: svcChain });
    rules.push({
      table: 'nat',
      chain: 'KUBE-SERVICES',
      written: `-A KUBE-SERVICES -m comment --comment ${clusterComment} ${ipPort} -j ${svcChain}`,
      saved: `${savedIpPort('-A KUBE-SERVICES ')} -j ${svcChain}`,
      match: { dst: svc.clusterIP, dport: svc.port },
      target: svcChain,
    });
    // Off-cluster sources reaching a ClusterIP are masqueraded (the node may bridge them in).
    rules.push({
      table: 'nat',
      chain: svcChain,
      written: `-A ${svcChain} -m comment --comment ${clusterComment} ${ipPort} ! -s ${net.podCidr} -j KUBE-MARK-MASQ`,
      saved: `${savedIpPort(`-A ${svcChain} ! -s ${net.podCidr} `)} -j KUBE-MARK-MASQ`,
      match: { dst: svc.clusterIP, dport: svc.port, notSrcCidr: net.podCidr },
      target: 'KUBE-MARK-MASQ',
    });
    if (external) {
      chains.push({ table: 'nat', name: extChain });
      if (svc.type === 'LoadBalancer') rules.push(loadBalancerRule(ext));
      rules.push(...externalChainRules(ext, hasExternalEndpoints));
    }
    if (svc.type === 'LoadBalancer' && policyLocal) {
      rules.push(healthCheckRule(ext));
      chains.unshift({ table: 'filter', name: 'KUBE-NODEPORTS' });
    }
    if (external && !hasExternalEndpoints) {
      rules.push(...externalFilterRules(ext, 'DROP'));
      filterChains();
    }
    rules.push(...balanceRules(svc, name, svcChain, used));
    if (policyLocal && local.length > 0) {
      chains.push({ table: 'nat', name: ext.svlChain });
      rules.push(...balanceRules(svc, name, ext.svlChain, local));
    }
    for (const e of used) {
      const sep = sepOf(svc, e);
      const dest = endpointString(e.ip, svc.targetPort);
      chains.push({ table: 'nat', name: sep });
      const sticky = svc.sessionAffinity === 'ClientIP';
      rules.push(
        {
          // Hairpin: a pod reaching itself through the Service must be masqueraded.
          table: 'nat',
          chain: sep,
          written: `-A ${sep} -m comment --comment ${name} -s ${e.ip} -j KUBE-MARK-MASQ`,
          saved: `-A ${sep} -s ${e.ip}/32 -m comment --comment ${q(name)} -j KUBE-MARK-MASQ`,
          match: { src: e.ip },
          target: 'KUBE-MARK-MASQ',
          podName: e.podName,
        },
        {
          table: 'nat',
          chain: sep,
          written: `-A ${sep} -m comment --comment ${name}${sticky ? ` -m recent --name ${sep} --set` : ''} -m ${proto} -p ${proto} -j DNAT --to-destination ${dest}`,
          saved: `-A ${sep} -p ${proto} -m comment --comment ${q(name)}${sticky ? ` -m recent --set --name ${sep} ${RECENT_SAVED}` : ''} -m ${proto} -j DNAT --to-destination ${dest}`,
          match: {},
          target: 'DNAT',
          toDestination: dest,
          podName: e.podName,
          ...(sticky ? { recentSet: sep } : {}),
        },
      );
    }
  }
  rules.push({
    table: 'nat',
    chain: 'KUBE-SERVICES',
    written:
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    saved:
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    match: { dstLocal: true },
    target: 'KUBE-NODEPORTS',
  });
  return { rules, chains, svcChain, node, used, local, usedTerminating: terminating && used.length > 0 };
}

const sepOf = (svc: ServiceSpec, e: SliceEndpoint) => endpointChainName(svc.ref, endpointString(e.ip, svc.targetPort));

/** A KUBE-SVC (or KUBE-SVL) chain's rules: -m recent checks, then 1/(n-i) statistic jumps, the last one unconditional. */
function balanceRules(svc: ServiceSpec, name: string, chain: string, eps: readonly SliceEndpoint[]): Rule[] {
  const rules: Rule[] = [];
  const arrow = (e: SliceEndpoint) => q(`${name} -> ${endpointString(e.ip, svc.targetPort)}`);
  if (svc.sessionAffinity === 'ClientIP') {
    for (const e of eps) {
      const sep = sepOf(svc, e);
      rules.push({
        table: 'nat',
        chain,
        written: `-A ${chain} -m comment --comment ${arrow(e)} -m recent --name ${sep} --rcheck --seconds ${svc.stickySeconds} --reap -j ${sep}`,
        saved: `-A ${chain} -m comment --comment ${arrow(e)} -m recent --rcheck --seconds ${svc.stickySeconds} --reap --name ${sep} ${RECENT_SAVED} -j ${sep}`,
        match: { recentCheck: { name: sep, seconds: svc.stickySeconds } },
        target: sep,
        podName: e.podName,
      });
    }
  }
  eps.forEach((e, i) => {
    const sep = sepOf(svc, e);
    const last = i === eps.length - 1;
    const written = last ? '' : writtenProbability(eps.length - i);
    const kernel = last ? undefined : kernelProbability(written);
    const stat = (p: string) => (last ? '' : ` -m statistic --mode random --probability ${p}`);
    rules.push({
      table: 'nat',
      chain,
      written: `-A ${chain} -m comment --comment ${arrow(e)}${stat(written)} -j ${sep}`,
      saved: `-A ${chain} -m comment --comment ${arrow(e)}${stat(kernel === undefined ? '' : savedProbability(kernel))} -j ${sep}`,
      match: kernel === undefined ? {} : { probability: kernel },
      target: sep,
      podName: e.podName,
    });
  });
  return rules;
}

export interface RuleLine {
  readonly text: string;
  /** Index in NodeRules.rules, or null for a table, chain or COMMIT line. */
  readonly rule: number | null;
}

/**
 * The rules as lines, table by table. kube-proxy writes the chain lines, then the rules in the order
 * it generates them; iptables-save lists the chains sorted by name (libiptc keeps them sorted) and
 * each chain's rules together.
 */
export function ruleLines(node: NodeRules, form: 'written' | 'saved'): RuleLine[] {
  const lines: RuleLine[] = [];
  for (const table of ['filter', 'nat'] as const) {
    const chains = node.chains.filter((c) => c.table === table).map((c) => c.name);
    if (chains.length === 0) continue;
    if (form === 'saved') chains.sort();
    lines.push({ text: `*${table}`, rule: null });
    for (const c of chains) lines.push({ text: `:${c} - [0:0]`, rule: null });
    const indexed = node.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.table === table);
    const ordered = form === 'saved' ? chains.flatMap((c) => indexed.filter(({ r }) => r.chain === c)) : indexed;
    for (const { r, i } of ordered) lines.push({ text: r[form], rule: i });
    lines.push({ text: 'COMMIT', rule: null });
  }
  return lines;
}

/** The rules as text, in kube-proxy's or iptables-save's words. */
export function rulesText(node: NodeRules, form: 'written' | 'saved'): string {
  return ruleLines(node, form)
    .map((l) => l.text)
    .join('\n');
}
