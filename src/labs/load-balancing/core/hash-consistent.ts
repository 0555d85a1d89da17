// nginx `hash $key consistent` (ngx_http_upstream_hash_module.c, init_chash_peer and
// get_chash_peer): the key's crc32 finds the first ring point at or after it (nginx-chash.ts
// builds the ring); if that point's server was tried, is down, failed out or at max_conns, move
// to the next point; more than 20 moves, a single peer or an empty key fall back to round robin.
// The chosen peer also goes through smooth weighted round robin among the peers sharing its name,
// which with one address per name only nudges effective_weight back up after failures.
// Invariant: removing one of n equal servers moves only that server's keys (about 1/n of them).
import { crc32 } from './crc32.ts';
import { findPoint, type HashRing } from './hash-ring.ts';
import { buildNginxChashRing } from './nginx-chash.ts';
import { isAvailable, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

export interface RingBalancer extends Balancer {
  /** The ring in use (owners index the server list given to init). */
  ring(): HashRing;
}

export function createHashConsistentBalancer(): RingBalancer {
  let ring: HashRing = buildNginxChashRing([]);
  let fellBack: 'tries' | 'single' | 'empty-key' | null = null;
  let keyHash = 0;
  let skipped = 0;
  return {
    algorithm: 'hash-consistent',
    init(servers) {
      ring = buildNginxChashRing(servers);
    },
    ring: () => ring,
    pick(req: LbRequest, servers: readonly ServerState[]) {
      fellBack = null;
      if (req.attempt === 0 && req.key.length > 0 && ring.count > 0) {
        keyHash = crc32(req.key);
        req.hash = findPoint(ring, keyHash);
      }
      if (req.tries > 20 || servers.length === 1 || req.key.length === 0) {
        fellBack = req.key.length === 0 ? 'empty-key' : servers.length === 1 ? 'single' : 'tries';
        return swrrSelect(req, servers);
      }
      skipped = 0;
      for (;;) {
        const p = ring.owners[req.hash % ring.count] as number;
        const s = servers[p] as ServerState;
        if (!(req.tried & (1 << p)) && isAvailable(s, req.nowMs)) {
          s.currentWeight += s.effectiveWeight;
          const total = s.effectiveWeight;
          if (s.effectiveWeight < s.weight) s.effectiveWeight++;
          s.currentWeight -= total;
          return p;
        }
        req.hash++;
        skipped++;
        if (++req.tries > 20) {
          fellBack = 'tries';
          return swrrSelect(req, servers);
        }
      }
    },
    explain(req, servers, chosen): PickWhy {
      if (fellBack !== null) return { kind: 'fallback-rr', reason: fellBack, inner: explainSwrr(servers, chosen) };
      const pointIndex = req.hash % ring.count;
      return { kind: 'chash', keyHash, pointIndex, pointHash: ring.hashes[pointIndex] as number, skipped };
    },
  };
}
