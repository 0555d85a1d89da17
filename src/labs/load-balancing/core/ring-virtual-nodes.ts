// A generic consistent-hash ring (Karger et al.; the Dynamo / ketama idea) with a virtual-node
// count you can slide: each server gets `virtualNodes` × weight points at hash32("id#i"), a key
// goes to the first point clockwise from hash32(key), and an unavailable or already tried server
// passes the key on to the next point of another server.
// Invariants: a server that joins takes keys only from its clockwise neighbours, one that leaves
// hands only its own keys on (≈1/n of them); the more virtual nodes, the evener the shares
// (the spread of a server's share shrinks like 1/sqrt(virtualNodes)).
import { cachedRing, findPoint, ringKey, ringOfServers, type HashRing } from './hash-ring.ts';
import type { RingBalancer } from './hash-consistent.ts';
import { FNV_START, fnvUpdate, hash32, mix32 } from './hash32.ts';
import { isAvailable, type ServerState } from './servers.ts';
import type { LbRequest, PickWhy } from './types.ts';

export const DEFAULT_VIRTUAL_NODES = 100;

export function buildVirtualNodeRing(servers: readonly { id: string; weight: number }[], virtualNodes: number): HashRing {
  return cachedRing(ringKey(`vnodes ${virtualNodes}`, servers), () => ringOfServers(servers.map((s) => serverPoints(s, virtualNodes))));
}

/** Server s's points: hash32("id#i") for i below virtualNodes × weight. */
function serverPoints(s: { id: string; weight: number }, virtualNodes: number): Uint32Array {
  const points = new Uint32Array(Math.max(0, Math.ceil(virtualNodes * s.weight)));
  // The FNV state after "id#" is the same for all of a server's points.
  const prefix = fnvUpdate(FNV_START, `${s.id}#`);
  for (let i = 0; i < points.length; i++) points[i] = mix32(fnvUpdate(prefix, String(i)));
  return points;
}

export function createRingBalancer(virtualNodes = DEFAULT_VIRTUAL_NODES): RingBalancer {
  let ring: HashRing = buildVirtualNodeRing([], virtualNodes);
  let keyHash = 0;
  let point = 0;
  let skipped = 0;
  return {
    algorithm: 'ring',
    init(servers) {
      ring = buildVirtualNodeRing(servers, virtualNodes);
    },
    ring: () => ring,
    pick(req: LbRequest, servers: readonly ServerState[]) {
      skipped = 0;
      if (ring.count === 0) return -1;
      keyHash = hash32(req.key);
      // With no server left to try, the walk below would pass every point of the ring (up to
      // millions) for each request: answer at once, as that walk would.
      if (!servers.some((s, i) => !(req.tried & (1 << i)) && isAvailable(s, req.nowMs))) {
        skipped = ring.count;
        return -1;
      }
      let idx = findPoint(ring, keyHash);
      if (idx === ring.count) idx = 0;
      for (let step = 0; step < ring.count; step++) {
        const p = ring.owners[idx] as number;
        if (!(req.tried & (1 << p)) && isAvailable(servers[p] as ServerState, req.nowMs)) {
          point = idx;
          return p;
        }
        skipped++;
        idx = idx + 1 === ring.count ? 0 : idx + 1;
      }
      return -1;
    },
    explain(): PickWhy {
      return { kind: 'ring', keyHash, pointIndex: point, pointHash: ring.hashes[point] as number, skipped };
    },
  };
}
