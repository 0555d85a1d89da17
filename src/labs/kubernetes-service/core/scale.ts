// How the three kube-proxy modes grow with the number of Services N (E endpoints each), counted
// from what each mode writes for one ClusterIP Service port (rules.ts, ipvs.ts, nftables.ts):
// - iptables: KUBE-SERVICES holds one rule per Service and a new connection's first packet is
//   compared with them in order (on average half, all of them for a miss); per Service,
//   KUBE-SVC has 1 + E rules and each KUBE-SEP 2. A sync before 1.26 rewrote the whole table with
//   iptables-restore; with MinimizeIPTablesRestore it still rewrites KUBE-SERVICES in full.
// - IPVS: one hash lookup (ip_vs_svc_table), N virtual servers and N·E real servers; a change is
//   one netlink call for that Service.
// - nftables: one verdict-map lookup, then numgen's map; per Service 2 rules plus 2 per endpoint;
//   a change is one transaction with only that Service's chains and map elements.
export interface ModeCost {
  readonly mode: 'iptables' | 'ipvs' | 'nftables';
  /** Rules (or IPVS entries) in the kernel for N Services. */
  readonly entries: number;
  /** Comparisons to find the Service for a new connection, on average. */
  readonly lookupAvg: number;
  /** Lines (or entries) written when one Service's endpoints change. */
  readonly perChange: number;
}

export function modeCosts(services: number, endpoints: number): ModeCost[] {
  const n = Math.max(0, Math.floor(services));
  const e = Math.max(0, Math.floor(endpoints));
  const perServiceIptables = 1 + 1 + e + 2 * e; // KUBE-SERVICES + masq + E jumps + E × (masq, DNAT)
  const iptablesTotal = n * perServiceIptables + 5; // + KUBE-MARK-MASQ, KUBE-POSTROUTING ×3, nodeports jump
  return [
    { mode: 'iptables', entries: iptablesTotal, lookupAvg: (n + 1) / 2, perChange: n + 1 + perServiceIptables },
    { mode: 'ipvs', entries: n + n * e, lookupAvg: 1, perChange: 1 + e },
    { mode: 'nftables', entries: n + n * (2 + 2 * e), lookupAvg: 1, perChange: 1 + 2 + 2 * e },
  ];
}

/** The Service counts the table shows: N/100, N/10 and N, at least 1, without repeats. */
export function scaleSteps(services: number): number[] {
  return [...new Set([Math.max(1, Math.round(services / 100)), Math.max(1, Math.round(services / 10)), services])];
}
