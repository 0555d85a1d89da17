// Power of two random choices as nginx does it: `random two least_conn`
// (ngx_http_upstream_random_module.c, get_random2_peer). Roll two distinct eligible peers by
// weight (the same peer rolled twice is rolled again), keep the one with fewer conns per weight,
// the second one on a tie; more than 20 rolls fall back to round robin.
// Why it works: one random choice leaves the busiest server with ~log n / log log n times the
// mean load; two choices bring that down to ~log log n (Mitzenmacher), at the cost of reading two
// counters instead of all of them.
import type { Random } from '../../kernel/random.ts';
import { isAvailable, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';
import { buildWeightRanges, peekWeighted, type WeightRanges } from './weighted-random.ts';

export function createP2cBalancer(random: Random): Balancer {
  let ranges: WeightRanges = buildWeightRanges([]);
  let a = -1;
  let b = -1;
  let connsA = 0;
  let connsB = 0;
  let fellBack = false;
  return {
    algorithm: 'p2c',
    init(servers) {
      ranges = buildWeightRanges(servers);
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      fellBack = false;
      a = -1;
      b = -1;
      if (req.tries > 20 || servers.length < 2) {
        fellBack = true;
        return swrrSelect(req, servers);
      }
      for (;;) {
        const i = peekWeighted(ranges, Math.floor(random() * ranges.total));
        if (i !== a && !(req.tried & (1 << i)) && isAvailable(servers[i] as ServerState, req.nowMs)) {
          if (a >= 0) {
            b = i;
            const pa = servers[a] as ServerState;
            const pb = servers[b] as ServerState;
            connsA = pa.conns;
            connsB = pb.conns;
            return pb.conns * pa.weight > pa.conns * pb.weight ? a : b;
          }
          a = i;
        }
        if (++req.tries > 20) {
          fellBack = true;
          return swrrSelect(req, servers);
        }
      }
    },
    explain(_req, servers, chosen): PickWhy {
      if (fellBack) {
        return { kind: 'fallback-rr', reason: servers.length < 2 ? 'single' : 'tries', inner: explainSwrr(servers, chosen) };
      }
      return { kind: 'p2c', a, b, connsA, connsB };
    },
  };
}
