// Ring geometry for drawing: every point of a consistent-hash ring at its angle (hash / 2^32 of
// a full turn, clockwise from 12 o'clock), every key where it lands and the point (and server)
// that owns it, and each server's share of the circle. For nginx `hash … consistent` the points
// are nginx's (160 per unit of weight, crc32); for the generic ring, hash32 with the virtual-node
// count you choose. A down server keeps its points (nginx does): its keys walk on to the next
// live point, which `ownerId` shows and `landingServerId` does not.
import { crc32 } from './crc32.ts';
import { findPoint, type HashRing } from './hash-ring.ts';
import { hash32 } from './hash32.ts';
import type { PoolMember } from './moved-keys.ts';
import { buildNginxChashRing } from './nginx-chash.ts';
import { buildVirtualNodeRing, DEFAULT_VIRTUAL_NODES } from './ring-virtual-nodes.ts';

const TURN = 4294967296;

export interface RingPoint {
  readonly index: number;
  readonly hash: number;
  /** hash / 2^32, in [0, 1). */
  readonly position: number;
  readonly angleDeg: number;
  readonly serverIndex: number;
  readonly serverId: string;
}

export interface RingKey {
  readonly key: string;
  readonly hash: number;
  readonly position: number;
  readonly angleDeg: number;
  /** The first point at or after the key. */
  readonly pointIndex: number;
  readonly pointAngleDeg: number;
  readonly landingServerId: string;
  /** The first live server from there on, null when all are down. */
  readonly ownerId: string | null;
}

export interface RingDrawing {
  readonly kind: 'hash-consistent' | 'ring';
  readonly points: readonly RingPoint[];
  readonly keys: readonly RingKey[];
  /** Fraction of the circle each server owns (the arcs ending at its points), by server id. */
  readonly arcShare: Readonly<Record<string, number>>;
}

export function drawRing(
  kind: 'hash-consistent' | 'ring',
  pool: readonly PoolMember[],
  keys: readonly string[] = [],
  virtualNodes = DEFAULT_VIRTUAL_NODES,
): RingDrawing {
  const ring: HashRing = kind === 'hash-consistent' ? buildNginxChashRing(pool) : buildVirtualNodeRing(pool, virtualNodes);
  const keyHash = kind === 'hash-consistent' ? crc32 : hash32;
  const idOf = (i: number): string => (pool[i] as PoolMember).id;
  const points: RingPoint[] = [];
  const arcShare: Record<string, number> = {};
  for (const m of pool) arcShare[m.id] = 0;
  for (let i = 0; i < ring.count; i++) {
    const hash = ring.hashes[i] as number;
    const owner = ring.owners[i] as number;
    points.push({ index: i, hash, position: hash / TURN, angleDeg: (hash / TURN) * 360, serverIndex: owner, serverId: idOf(owner) });
    const prev = i === 0 ? (ring.hashes[ring.count - 1] as number) - TURN : (ring.hashes[i - 1] as number);
    arcShare[idOf(owner)] = (arcShare[idOf(owner)] ?? 0) + (hash - prev) / TURN;
  }
  const ringKeys = keys.map((key): RingKey => {
    const hash = keyHash(key);
    let idx = ring.count > 0 ? findPoint(ring, hash) % ring.count : 0;
    const pointIndex = idx;
    let ownerId: string | null = null;
    for (let step = 0; step < ring.count; step++) {
      const m = pool[ring.owners[idx] as number] as PoolMember;
      if (!m.down) {
        ownerId = m.id;
        break;
      }
      idx = (idx + 1) % ring.count;
    }
    const landing = ring.count > 0 ? idOf(ring.owners[pointIndex] as number) : '';
    const pointHash = ring.count > 0 ? (ring.hashes[pointIndex] as number) : 0;
    return {
      key,
      hash,
      position: hash / TURN,
      angleDeg: (hash / TURN) * 360,
      pointIndex,
      pointAngleDeg: (pointHash / TURN) * 360,
      landingServerId: landing,
      ownerId,
    };
  });
  return { kind, points, keys: ringKeys, arcShare };
}
