// nginx `random` (ngx_http_upstream_random_module.c, get_random_peer): x = random % total_weight,
// a binary search over the peers' cumulative weight ranges (down peers keep their range), and if
// the peer is tried, down, failed out or at max_conns, roll again; after more than 20 rolls fall
// back to round robin. Invariant: a server's share of picks is weight / sum(weights of the
// available servers).
import type { Random } from '../../kernel/random.ts';
import { isAvailable, MAX_SERVERS, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

/** The weighted ranges of nginx's random module: ranges[i] = sum of weights before peer i. */
export interface WeightRanges {
  readonly starts: Int32Array;
  readonly total: number;
  readonly count: number;
}

export function buildWeightRanges(servers: readonly ServerState[]): WeightRanges {
  const starts = new Int32Array(Math.max(1, servers.length));
  let total = 0;
  servers.forEach((s, i) => {
    starts[i] = total;
    total += s.weight;
  });
  return { starts, total, count: servers.length };
}

/** ngx_http_upstream_peek_random_peer: the peer whose range holds x. */
export function peekWeighted(ranges: WeightRanges, x: number): number {
  let i = 0;
  let j = ranges.count;
  while (j - i > 1) {
    const k = (i + j) >> 1;
    if (x < (ranges.starts[k] as number)) j = k;
    else i = k;
  }
  return i;
}

export function createWeightedRandomBalancer(random: Random): Balancer {
  let ranges: WeightRanges = { starts: new Int32Array(MAX_SERVERS), total: 0, count: 0 };
  let roll = 0;
  let fellBack = false;
  return {
    algorithm: 'weighted-random',
    init(servers) {
      ranges = buildWeightRanges(servers);
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      fellBack = false;
      if (req.tries > 20 || servers.length < 2) {
        fellBack = true;
        return swrrSelect(req, servers);
      }
      for (;;) {
        roll = Math.floor(random() * ranges.total);
        const i = peekWeighted(ranges, roll);
        if (!(req.tried & (1 << i)) && isAvailable(servers[i] as ServerState, req.nowMs)) return i;
        if (++req.tries > 20) {
          fellBack = true;
          return swrrSelect(req, servers);
        }
      }
    },
    explain(req, servers, chosen): PickWhy {
      if (fellBack) {
        return { kind: 'fallback-rr', reason: servers.length < 2 ? 'single' : 'tries', inner: explainSwrr(servers, chosen) };
      }
      return { kind: 'weighted-random', roll, totalWeight: ranges.total, tries: req.tries };
    },
  };
}
