// nginx `ip_hash` (ngx_http_upstream_ip_hash_module.c, get_ip_hash_peer). The key is the first
// three octets of an IPv4 client (so a whole /24 shares a server) or all 16 bytes of IPv6.
// hash starts at 89; for each byte hash = (hash * 113 + byte) % 6271; then w = hash % total_weight
// picks a peer by walking the weights (down peers keep their slice, so marking one down moves
// only its clients). If that peer was tried, is down, failed out or at max_conns, the loop
// re-hashes from the current hash; after more than 20 tries it falls back to round robin.
// Invariant: every address in one /24 lands on the same server while it is available.
import { ipHashBytes, type IpBytes } from './ip-address.ts';
import { isAvailable, peerAtWeight, totalWeight, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

export const IP_HASH_SEED = 89;

/** One round of ip_hash's hash over the address bytes. */
export function ipHashRound(hash: number, bytes: IpBytes): number {
  let h = hash;
  for (const b of bytes) h = (h * 113 + b) % 6271;
  return h;
}

export function createIpHashBalancer(): Balancer {
  let total = 0;
  const cache = new Map<string, IpBytes>();
  let lastBytes: IpBytes = [];
  let lastHash = 0;
  let lastW = 0;
  let fellBack: 'tries' | 'single' | null = null;

  function bytesOf(ip: string): IpBytes {
    let bytes = cache.get(ip);
    if (bytes === undefined) {
      if (cache.size > 100_000) cache.clear();
      bytes = ipHashBytes(ip);
      cache.set(ip, bytes);
    }
    return bytes;
  }

  return {
    algorithm: 'ip-hash',
    init(servers) {
      total = totalWeight(servers);
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      fellBack = null;
      if (req.attempt === 0) req.hash = 89;
      if (req.tries > 20 || servers.length < 2) {
        fellBack = servers.length < 2 ? 'single' : 'tries';
        return swrrSelect(req, servers);
      }
      const bytes = bytesOf(req.ip);
      lastBytes = bytes;
      let hash = req.hash;
      for (;;) {
        hash = ipHashRound(hash, bytes);
        const w = hash % total;
        const p = peerAtWeight(servers, w);
        lastHash = hash;
        lastW = w;
        if (!(req.tried & (1 << p)) && isAvailable(servers[p] as ServerState, req.nowMs)) {
          req.hash = hash;
          return p;
        }
        if (++req.tries > 20) {
          fellBack = 'tries';
          return swrrSelect(req, servers);
        }
      }
    },
    explain(req, servers, chosen): PickWhy {
      if (fellBack !== null) return { kind: 'fallback-rr', reason: fellBack, inner: explainSwrr(servers, chosen) };
      return { kind: 'ip-hash', octets: [...lastBytes], hash: lastHash, w: lastW, tries: req.tries };
    },
  };
}
