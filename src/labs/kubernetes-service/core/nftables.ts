// kube-proxy's nftables mode (pkg/proxy/nftables/proxier.go, GA in 1.33): one table `ip kube-proxy`.
// The `services` chain looks the packet's (daddr . protocol . dport) up in the verdict map
// `service-ips`, which jumps straight to the Service's chain; that chain picks an endpoint with
// `numgen random mod N vmap { 0 : goto …, 1 : goto … }`, one map lookup instead of N statistic rules
// tried in turn. Chain names are servicePortChainNameBase / servicePortEndpointChainNameBase: the
// first 8 characters of base32(sha256(name)), "-", then the readable name
// ("namespace/name/protocol/port", an endpoint adding "__ip/port"). The kernel's numgen random is
// reciprocal_scale(get_random_u32(), N): a uniform draw in 0..N-1.
import { base32, sha256, utf8 } from './sha256.ts';
import { endpointString, type ServiceSpec, type SliceEndpoint } from './service-types.ts';

function hashAndTruncate(name: string): string {
  return `${base32(sha256(utf8(name))).slice(0, 8)}-${name}`;
}

export function nftServiceChain(svc: ServiceSpec): string {
  const r = svc.ref;
  return `service-${hashAndTruncate(`${r.namespace}/${r.name}/${r.protocol.toLowerCase()}/${r.portName}`)}`;
}

export function nftEndpointChain(svc: ServiceSpec, e: SliceEndpoint): string {
  const r = svc.ref;
  return `endpoint-${hashAndTruncate(`${r.namespace}/${r.name}/${r.protocol.toLowerCase()}/${r.portName}__${e.ip}/${svc.targetPort}`)}`;
}

/** The Service's part of `nft list table ip kube-proxy` on a node. */
export function nftText(svc: ServiceSpec, used: readonly SliceEndpoint[], podCidr: string): string {
  const proto = svc.ref.protocol.toLowerCase();
  const chain = nftServiceChain(svc);
  const eps = used.map((e) => ({ e, chain: nftEndpointChain(svc, e) }));
  const vmap = eps.map((x, i) => `${i} : goto ${x.chain}`).join(', ');
  const lines = [
    'table ip kube-proxy {',
    '\tmap service-ips {',
    '\t\ttype ipv4_addr . inet_proto . inet_service : verdict',
    `\t\telements = { ${svc.clusterIP} . ${proto} . ${svc.port} : goto ${chain} }`,
    '\t}',
  ];
  if (svc.type !== 'ClusterIP') {
    lines.push(
      '\tmap service-nodeports {',
      '\t\ttype inet_proto . inet_service : verdict',
      `\t\telements = { ${proto} . ${svc.nodePort} : goto external-${chain.slice('service-'.length)} }`,
      '\t}',
    );
  }
  lines.push(
    '\tchain services {',
    '\t\tip daddr . meta l4proto . th dport vmap @service-ips',
    '\t\tip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports',
    '\t}',
    `\tchain ${chain} {`,
    `\t\tip daddr ${svc.clusterIP} ${proto} dport ${svc.port} ip saddr != ${podCidr} jump mark-for-masquerade`,
  );
  if (eps.length > 0) lines.push(`\t\tnumgen random mod ${eps.length} vmap { ${vmap} }`);
  lines.push('\t}');
  for (const x of eps) {
    lines.push(
      `\tchain ${x.chain} {`,
      `\t\tip saddr ${x.e.ip} jump mark-for-masquerade`,
      `\t\tmeta l4proto ${proto} dnat to ${endpointString(x.e.ip, svc.targetPort)}`,
      '\t}',
    );
  }
  lines.push('}');
  return lines.join('\n');
}
