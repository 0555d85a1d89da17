import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FNV_START, fnvUpdate, hash32, mix32 } from './hash32.ts';
import { buildRing, type HashRing } from './hash-ring.ts';
import { buildVirtualNodeRing } from './ring-virtual-nodes.ts';

/** The ring by its definition: sort by (hash, owner, index) with a comparator, keep each hash's first point. */
function referenceRing(hashes: readonly number[], owners: readonly number[]): { hashes: number[]; owners: number[] } {
  const order = hashes.map((_, i) => i).sort((x, y) => hashes[x]! - hashes[y]! || owners[x]! - owners[y]! || x - y);
  const out = { hashes: [] as number[], owners: [] as number[] };
  for (const i of order) {
    if (out.hashes.at(-1) === hashes[i]) continue;
    out.hashes.push(hashes[i]!);
    out.owners.push(owners[i]!);
  }
  return out;
}

const plain = (ring: HashRing) => ({ hashes: [...ring.hashes], owners: [...ring.owners] });

describe('buildRing', () => {
  it('orders points by hash and keeps the first owner of a repeated hash, as the comparator definition does', () => {
    // Hashes from a small range, so that many repeat; owners ascending as both rings build them
    // (the packed-key sort), and in any order (the comparator sort).
    const point = fc.record({
      hash: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
      owner: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 300 }), fc.boolean(), (points, ascending) => {
        const owners = points.map((p) => p.owner);
        if (ascending) owners.sort((a, b) => a - b);
        const hashes = points.map((p) => p.hash);
        expect(plain(buildRing(hashes, owners))).toEqual(referenceRing(hashes, owners));
      }),
    );
  });

  it('sorts the whole 32-bit range unsigned (2^32 − 1 last, 0 first)', () => {
    const ring = buildRing([2 ** 32 - 1, 0, 2 ** 31, 2 ** 31 - 1], [0, 0, 1, 1]);
    expect([...ring.hashes]).toEqual([0, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]);
    expect([...ring.owners]).toEqual([0, 1, 1, 0]);
  });
});

describe('hash32 in parts', () => {
  it('is FNV-1a over the text in any split, then fmix32', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        expect(mix32(fnvUpdate(fnvUpdate(FNV_START, a), b))).toBe(hash32(a + b));
      }),
    );
  });

  it('gives the virtual-node ring the points hash32("id#i") defines', () => {
    const servers = [
      { id: '10.0.0.1:8080', weight: 3 },
      { id: 'cache-b', weight: 1 },
      { id: '服务-c', weight: 2 },
    ];
    const hashes: number[] = [];
    const owners: number[] = [];
    servers.forEach((s, index) => {
      for (let i = 0; i < 7 * s.weight; i++) {
        hashes.push(hash32(`${s.id}#${i}`));
        owners.push(index);
      }
    });
    expect(plain(buildVirtualNodeRing(servers, 7))).toEqual(referenceRing(hashes, owners));
  });
});

describe('cachedRing', () => {
  const pool = (w: number) => [
    { id: 'a:80', weight: w },
    { id: 'b:80', weight: 1 },
  ];

  it('shares the ring of the same servers and virtual nodes, and builds anew when any of them differs', () => {
    const ring = buildVirtualNodeRing(pool(2), 10);
    expect(buildVirtualNodeRing(pool(2), 10)).toBe(ring);
    expect(buildVirtualNodeRing(pool(3), 10)).not.toBe(ring);
    expect(buildVirtualNodeRing(pool(2), 11).count).toBe(33);
    expect(plain(buildVirtualNodeRing([...pool(2)].reverse(), 10))).not.toEqual(plain(ring));
  });

  it('keeps the 8 most recently used rings', () => {
    const first = buildVirtualNodeRing(pool(1), 5);
    for (let w = 2; w <= 8; w++) buildVirtualNodeRing(pool(w), 5);
    expect(buildVirtualNodeRing(pool(1), 5)).toBe(first); // 8 in all: still there, and now the newest
    for (let w = 9; w <= 16; w++) buildVirtualNodeRing(pool(w), 5);
    const again = buildVirtualNodeRing(pool(1), 5);
    expect(again).not.toBe(first);
    expect(plain(again)).toEqual(plain(first));
  });
});
