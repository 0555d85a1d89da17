// Smooth weighted round robin, nginx's default balancer (ngx_http_upstream_get_peer in
// ngx_http_upstream_round_robin.c). For every pick, each eligible peer adds its effective_weight
// to its current_weight; the peer with the largest current_weight wins (the first one on a tie)
// and the winner subtracts the total of the effective weights.
// Invariants: the current weights always sum to 0 after a pick; with steady weights the sequence
// repeats every sum(weights) picks and each server appears exactly `weight` times per period,
// spread out (weights 5,1,1 give a a b a c a a, not a a a a a b c).
// effective_weight drops by weight/max_fails on a failure (servers.ts) and climbs back by 1 per
// pick, so a server that failed is eased back in rather than hit at full weight.
// A single peer is used as is, checking only `down` and max_conns (nginx peers->single), unless
// the upstream has backup servers (req.noSingle).
import { isAvailable, type ServerState } from './servers.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

/** nginx get_round_robin_peer on `servers`, honouring `req.tried`. Returns -1 when none is eligible. */
export function swrrSelect(req: LbRequest, servers: readonly ServerState[]): number {
  const n = servers.length;
  if (n === 1 && !req.noSingle) {
    const only = servers[0] as ServerState;
    if (only.down || (only.maxConns > 0 && only.conns >= only.maxConns)) return -1;
    return 0;
  }
  const now = req.nowMs;
  const tried = req.tried;
  let best = -1;
  let bestWeight = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (tried & (1 << i)) continue;
    const s = servers[i] as ServerState;
    if (!isAvailable(s, now)) continue;
    s.currentWeight += s.effectiveWeight;
    total += s.effectiveWeight;
    if (s.effectiveWeight < s.weight) s.effectiveWeight++;
    if (best === -1 || s.currentWeight > bestWeight) {
      best = i;
      bestWeight = s.currentWeight;
    }
  }
  if (best === -1) return -1;
  (servers[best] as ServerState).currentWeight -= total;
  lastTotal = total;
  return best;
}

// The total of the last swrrSelect, for explanations (the engine is single-threaded).
let lastTotal = 0;

/** Explains the most recent swrrSelect from the current weights it left behind. */
export function explainSwrr(servers: readonly ServerState[], chosen: number): PickWhy {
  const after = servers.map((s) => s.currentWeight);
  const added = after.slice();
  if (chosen >= 0 && servers.length > 1) added[chosen] = (added[chosen] as number) + lastTotal;
  return { kind: 'swrr', added, after, total: servers.length > 1 ? lastTotal : 0 };
}

export function createSwrrBalancer(): Balancer {
  return {
    algorithm: 'swrr',
    init() {},
    pick: swrrSelect,
    explain: (_req, servers, chosen) => explainSwrr(servers, chosen),
  };
}
