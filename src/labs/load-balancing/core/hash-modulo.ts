// nginx `hash $key` without `consistent` (ngx_http_upstream_hash_module.c, get_hash_peer).
// Compatible with Cache::Memcached: hash += (crc32([rehash] key) >> 16) & 0x7fff, where the
// decimal rehash count is prepended from the second round on; w = hash % total_weight picks a peer
// by walking the weights. A peer that was tried, is down, failed out or at max_conns triggers
// another round; more than 20 rounds, a single peer or an empty key fall back to round robin.
// It is "modulo" hashing: change total_weight (add or remove a server) and most keys move.
// Marking a server `down` keeps total_weight, so only that server's keys move.
import { crc32 } from './crc32.ts';
import { isAvailable, peerAtWeight, totalWeight, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

/** One round of the Cache::Memcached hash: the 15 bits nginx adds to the running hash. */
export function memcachedHashRound(key: string, rehash: number): number {
  const crc = crc32(rehash > 0 ? `${rehash}${key}` : key);
  return (crc >>> 16) & 0x7fff;
}

export function createHashModuloBalancer(): Balancer {
  let total = 0;
  let fellBack: 'tries' | 'single' | 'empty-key' | null = null;
  let lastCrc = 0;
  let lastW = 0;
  return {
    algorithm: 'hash-modulo',
    init(servers) {
      total = totalWeight(servers);
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      fellBack = null;
      if (req.tries > 20 || servers.length === 1 || req.key.length === 0) {
        fellBack = req.key.length === 0 ? 'empty-key' : servers.length === 1 ? 'single' : 'tries';
        return swrrSelect(req, servers);
      }
      for (;;) {
        const round = memcachedHashRound(req.key, req.rehash);
        lastCrc = round;
        req.hash += round;
        req.rehash++;
        const w = req.hash % total;
        lastW = w;
        const p = peerAtWeight(servers, w);
        if (!(req.tried & (1 << p)) && isAvailable(servers[p] as ServerState, req.nowMs)) return p;
        if (++req.tries > 20) {
          fellBack = 'tries';
          return swrrSelect(req, servers);
        }
      }
    },
    explain(req, servers, chosen): PickWhy {
      if (fellBack !== null) return { kind: 'fallback-rr', reason: fellBack, inner: explainSwrr(servers, chosen) };
      return { kind: 'hash', round: lastCrc, hash: req.hash, w: lastW, rehash: req.rehash, tries: req.tries };
    },
  };
}
