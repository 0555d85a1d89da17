// kube-proxy's IPVS mode (pkg/proxy/ipvs/proxier.go): one IPVS virtual server per Service address
// and port (the ClusterIP, bound to the dummy interface kube-ipvs0; each node address for a
// NodePort; the LoadBalancer IP), with one real server per endpoint, forwarding by NAT ("Masq").
// Lookup is a hash of (protocol, address, port) in the kernel (ip_vs_svc_table), so it does not
// grow with the number of Services; kube-proxy updates only the changed servers over netlink.
// Schedulers, after the kernel's net/netfilter/ipvs:
// - rr (ip_vs_rr.c): the next real server after the one picked last, in list order.
// - lc (ip_vs_lc.c): the least overhead = activeconns * 256 + inactconns; the first such wins ties.
// Masquerading for IPVS is still done by iptables, matching ipsets (KUBE-CLUSTER-IP, KUBE-LOOP-BACK…).
import { endpointString, type ServiceSpec, type SliceEndpoint } from './service-types.ts';

export type IpvsScheduler = 'rr' | 'lc';

export interface RealServerCounts {
  readonly active: number;
  readonly inactive: number;
}

export interface IpvsPicker {
  /** Index into `dests`, or -1 with none. */
  pick(dests: readonly string[], counts: (dest: string) => RealServerCounts): number;
}

export function createIpvsPicker(scheduler: IpvsScheduler): IpvsPicker {
  let last: string | null = null;
  return {
    pick(dests, counts) {
      if (dests.length === 0) return -1;
      if (scheduler === 'rr') {
        const at = last === null ? -1 : dests.indexOf(last);
        const next = (at + 1) % dests.length;
        last = dests[next] ?? null;
        return next;
      }
      let best = -1;
      let bestOverhead = Infinity;
      dests.forEach((d, i) => {
        const c = counts(d);
        const overhead = c.active * 256 + c.inactive;
        if (overhead < bestOverhead) {
          best = i;
          bestOverhead = overhead;
        }
      });
      return best;
    },
  };
}

export interface VirtualServer {
  readonly address: string;
  readonly reals: readonly SliceEndpoint[];
}

/** The virtual servers kube-proxy creates on a node for one Service port. */
export function virtualServers(svc: ServiceSpec, used: readonly SliceEndpoint[], nodeIPs: readonly string[], node: string): VirtualServer[] {
  const local = used.filter((e) => e.nodeName === node);
  const external = svc.externalTrafficPolicy === 'Local' ? local : used;
  const out: VirtualServer[] = [{ address: `${svc.clusterIP}:${svc.port}`, reals: used }];
  if (svc.type !== 'ClusterIP') for (const ip of nodeIPs) out.push({ address: `${ip}:${svc.nodePort}`, reals: external });
  if (svc.type === 'LoadBalancer') out.push({ address: `${svc.loadBalancerIP}:${svc.port}`, reals: external });
  return out;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** `ipvsadm -Ln` for the Service's virtual servers (ipvsadm.c's print formats). */
export function ipvsadmText(svc: ServiceSpec, servers: readonly VirtualServer[], scheduler: IpvsScheduler, counts: (dest: string) => RealServerCounts): string {
  const proto = svc.ref.protocol;
  const flags = svc.sessionAffinity === 'ClientIP' ? ` persistent ${svc.stickySeconds}` : '';
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
  ];
  for (const vs of servers) {
    lines.push(`${proto}  ${vs.address} ${scheduler}${flags}`);
    for (const r of vs.reals) {
      const dest = endpointString(r.ip, svc.targetPort);
      const c = counts(dest);
      lines.push(`  -> ${pad(dest, 28)} ${pad('Masq', 7)} ${pad(1, 6)} ${pad(c.active, 10)} ${c.inactive}`);
    }
  }
  return lines.join('\n');
}
