// Least response time as Finagle and linkerd do it: power of two choices over a "peak EWMA" load
// (finagle loadbalancer/PeakEwma.scala; tower's load/peak_ewma.rs is a port).
// Per server: `cost`, an EWMA of response times that jumps straight up to any slower response
// (the peak) and decays back with weight w = exp(-elapsed / tau); every time the load is read,
// the cost first decays towards 0 (observe(0)). load = cost * (pending + 1), where pending is
// the number of outstanding requests; a server with no history but requests in flight gets a
// huge penalty so a new server is probed once, not flooded. Finagle's default tau is 10 s.
// Invariant: of two candidates, the one with lower cost*(pending+1) wins; a server that turns
// slow is avoided on its first slow response, and won back only slowly.
import type { Random } from '../../kernel/random.ts';
import { isAvailable, MAX_SERVERS, type ServerState } from './servers.ts';
import type { Balancer, LbRequest, PickWhy } from './types.ts';

export const DEFAULT_DECAY_MS = 10_000;
/** Finagle: Long.MaxValue >> 16 (in its nanosecond units); only its size matters. */
export const PEAK_EWMA_PENALTY = 2 ** 47;

export interface PeakEwmaBalancer extends Balancer {
  /** Current cost (ms) of the server in `slot`, for charts. Does not decay it. */
  costOf(slot: number): number;
  /** Finagle's Metric.get(): decays the cost to `nowMs`, then cost × (pending + 1) or the penalty. */
  loadOf(server: ServerState, nowMs: number): number;
}

export function createPeakEwmaBalancer(random: Random, decayMs = DEFAULT_DECAY_MS): PeakEwmaBalancer {
  let cost = new Float64Array(MAX_SERVERS);
  let stamp = new Float64Array(MAX_SERVERS);
  const candidates = new Int32Array(MAX_SERVERS);
  const last = { a: -1, b: -1, costA: 0, costB: 0, loadA: 0, loadB: 0 };

  function ensure(slot: number): void {
    if (slot < cost.length) return;
    const size = Math.max(slot + 1, cost.length * 2);
    const c = new Float64Array(size);
    c.set(cost);
    const t = new Float64Array(size);
    t.set(stamp);
    cost = c;
    stamp = t;
  }

  function observe(slot: number, rtt: number, now: number): void {
    const td = Math.max(now - (stamp[slot] as number), 0);
    const w = Math.exp(-td / decayMs);
    const c = cost[slot] as number;
    cost[slot] = rtt > c ? rtt : c * w + rtt * (1 - w);
    stamp[slot] = now;
  }

  function load(s: ServerState, now: number): number {
    ensure(s.slot);
    observe(s.slot, 0, now);
    const c = cost[s.slot] as number;
    return c === 0 && s.conns !== 0 ? PEAK_EWMA_PENALTY + s.conns : c * (s.conns + 1);
  }

  return {
    algorithm: 'peak-ewma',
    init(servers) {
      for (const s of servers) ensure(s.slot);
    },
    pick(req: LbRequest, servers: readonly ServerState[]) {
      let count = 0;
      for (let i = 0; i < servers.length; i++) {
        if (req.tried & (1 << i)) continue;
        if (isAvailable(servers[i] as ServerState, req.nowMs)) candidates[count++] = i;
      }
      last.a = -1;
      last.b = -1;
      if (count === 0) return -1;
      const x = Math.floor(random() * count);
      if (count === 1) {
        last.a = candidates[0] as number;
        return last.a;
      }
      let y = Math.floor(random() * (count - 1));
      if (y >= x) y++;
      const a = candidates[x] as number;
      const b = candidates[y] as number;
      const sa = servers[a] as ServerState;
      const sb = servers[b] as ServerState;
      last.a = a;
      last.b = b;
      last.loadA = load(sa, req.nowMs);
      last.loadB = load(sb, req.nowMs);
      last.costA = cost[sa.slot] as number;
      last.costB = cost[sb.slot] as number;
      return last.loadA <= last.loadB ? a : b;
    },
    explain(): PickWhy {
      return { kind: 'peak-ewma', a: last.a, b: last.b, costA: last.costA, costB: last.costB, loadA: last.loadA, loadB: last.loadB };
    },
    onFinish(server, rttMs, nowMs) {
      ensure(server.slot);
      observe(server.slot, rttMs, nowMs);
    },
    costOf(slot) {
      return slot < cost.length ? (cost[slot] as number) : 0;
    },
    loadOf: load,
  };
}
