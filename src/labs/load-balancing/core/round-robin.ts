// Plain round robin: a cursor walks the servers in order, skipping those that are down, failed out
// (max_fails) or at max_conns, and ignoring weights. nginx's default is the smooth weighted
// variant (swrr.ts), which gives exactly this order when all weights are equal; this one shows
// what "round robin" means in a textbook and why weights need the smooth variant.
// Invariant: with n available servers, any n consecutive picks hit each server once.
import { isAvailable, type ServerState } from './servers.ts';
import type { Balancer, LbRequest } from './types.ts';

export function createRoundRobinBalancer(): Balancer {
  let cursor = 0;
  let lastCursor = 0;
  return {
    algorithm: 'round-robin',
    init(servers) {
      if (cursor >= servers.length) cursor = 0;
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      const n = servers.length;
      lastCursor = cursor;
      for (let k = 0; k < n; k++) {
        let i = cursor + k;
        if (i >= n) i -= n;
        if (req.tried & (1 << i)) continue;
        if (!isAvailable(servers[i] as ServerState, req.nowMs)) continue;
        cursor = i + 1 >= n ? 0 : i + 1;
        return i;
      }
      return -1;
    },
    explain: () => ({ kind: 'round-robin', cursor: lastCursor }),
  };
}
