// nginx `least_conn` (ngx_http_upstream_least_conn_module.c, get_least_conn_peer): among the
// eligible peers choose the one with the fewest conns per unit of weight, compared without
// division: a.conns * b.weight < b.conns * a.weight. When several peers share that minimum, the
// tie is broken by smooth weighted round robin among them, starting from the first tied peer.
// Invariant: the chosen server never has more conns/weight than another eligible server.
import { isAvailable, type ServerState } from './servers.ts';
import { explainSwrr, swrrSelect } from './swrr.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

export function createLeastConnBalancer(): Balancer {
  let single = false;
  return {
    algorithm: 'least-conn',
    init() {},
    pick(req: LbRequest, servers: readonly ServerState[]) {
      const n = servers.length;
      single = n === 1 && !req.noSingle;
      if (single) return swrrSelect(req, servers);
      const now = req.nowMs;
      let best = -1;
      let many = false;
      for (let i = 0; i < n; i++) {
        if (req.tried & (1 << i)) continue;
        const s = servers[i] as ServerState;
        if (!isAvailable(s, now)) continue;
        if (best === -1) {
          best = i;
          many = false;
          continue;
        }
        const b = servers[best] as ServerState;
        const lhs = s.conns * b.weight;
        const rhs = b.conns * s.weight;
        if (lhs < rhs) {
          best = i;
          many = false;
        } else if (lhs === rhs) {
          many = true;
        }
      }
      if (best === -1) return -1;
      if (many) {
        // The round-robin pass over the tied peers, from the first tied one on (as nginx does).
        const first = servers[best] as ServerState;
        let total = 0;
        let chosen = best;
        for (let i = best; i < n; i++) {
          if (req.tried & (1 << i)) continue;
          const s = servers[i] as ServerState;
          if (s.conns * first.weight !== first.conns * s.weight) continue;
          if (!isAvailable(s, now)) continue;
          s.currentWeight += s.effectiveWeight;
          total += s.effectiveWeight;
          if (s.effectiveWeight < s.weight) s.effectiveWeight++;
          if (s.currentWeight > (servers[chosen] as ServerState).currentWeight) chosen = i;
        }
        (servers[chosen] as ServerState).currentWeight -= total;
        return chosen;
      }
      return best;
    },
    explain(req, servers, chosen): PickWhy {
      if (single) return { kind: 'fallback-rr', reason: 'single', inner: explainSwrr(servers, chosen) };
      const conns = servers.map((s) => s.conns);
      const weights = servers.map((s) => s.weight);
      const tied: number[] = [];
      if (chosen >= 0) {
        const c = servers[chosen] as ServerState;
        servers.forEach((s, i) => {
          if (req.tried & (1 << i) && i !== chosen) return;
          if (isAvailable(s, req.nowMs) && s.conns * c.weight === c.conns * s.weight) tied.push(i);
        });
      }
      return { kind: 'least-conn', conns, weights, tied };
    },
  };
}
