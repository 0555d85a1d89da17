// A sorted ring of points, each owned by a server index, and nginx's lookup on it
// (ngx_http_upstream_find_chash_point: the first point whose hash is >= the key's hash; past the
// last point it wraps to the first). Shared by nginx's `hash … consistent` and the generic ring.

export interface HashRing {
  /** Point hashes, ascending, unsigned 32-bit, no duplicates. */
  readonly hashes: Uint32Array;
  /** owners[i] = index (in the server list the ring was built from) of the server owning point i. */
  readonly owners: Int32Array;
  readonly count: number;
}

/**
 * Sorts points by hash and drops later duplicates (nginx keeps one point per hash value). nginx
 * sorts with qsort, which leaves equal hashes in no set order; here the earlier server wins, so
 * the ring is deterministic.
 */
export function buildRing(hashes: ArrayLike<number>, owners: ArrayLike<number>): HashRing {
  const n = hashes.length;
  const order = sortedOrder(hashes, owners);
  const sortedHashes = new Uint32Array(n);
  const sortedOwners = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const idx = order[k] as number;
    const h = (hashes[idx] as number) >>> 0;
    if (count > 0 && sortedHashes[count - 1] === h) continue;
    sortedHashes[count] = h;
    sortedOwners[count] = owners[idx] as number;
    count++;
  }
  return { hashes: sortedHashes.subarray(0, count), owners: sortedOwners.subarray(0, count), count };
}

/** The ring of servers given as their point hashes, owners indexing that list (server i owns pointsOf[i]). */
export function ringOfServers(pointsOf: readonly ArrayLike<number>[]): HashRing {
  const hashes = new Uint32Array(pointsOf.reduce((n, p) => n + p.length, 0));
  const owners = new Int32Array(hashes.length);
  let k = 0;
  pointsOf.forEach((points, owner) => {
    for (let i = 0; i < points.length; i++) {
      hashes[k] = points[i] as number;
      owners[k++] = owner;
    }
  });
  return buildRing(hashes, owners);
}

/** Index bits of a packed sort key: hash × 2^21 + index stays below 2^53, exact in a double. */
const INDEX_BITS = 2 ** 21;

/**
 * Point indices ordered by (hash, owner, index). A ring built by ringOfServers lists a server's
 * points after the previous server's, so owners never decrease with the index and (hash, index) is the same order:
 * then each point is one exact double key and the native numeric sort orders them, 5–10× faster
 * than a comparator (a ring at the lab's cap is built a dozen times on a page load).
 */
function sortedOrder(hashes: ArrayLike<number>, owners: ArrayLike<number>): Int32Array {
  const n = hashes.length;
  const order = new Int32Array(n);
  let ownersAscend = n <= INDEX_BITS;
  for (let i = 1; i < n && ownersAscend; i++) ownersAscend = (owners[i] as number) >= (owners[i - 1] as number);
  if (ownersAscend) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((hashes[i] as number) >>> 0) * INDEX_BITS + i;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % INDEX_BITS;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((x, y) => (hashes[x] as number) - (hashes[y] as number) || (owners[x] as number) - (owners[y] as number) || x - y);
}

/** Index of the first point with hash >= `hash`; may equal `count` (the caller wraps with % count). */
export function findPoint(ring: HashRing, hash: number): number {
  const points = ring.hashes;
  let i = 0;
  let j = ring.count;
  while (i < j) {
    const k = (i + j) >>> 1;
    const p = points[k] as number;
    if (hash > p) i = k + 1;
    else if (hash < p) j = k;
    else return k;
  }
  return i;
}

// The last rings built, by what they were built from. A page load builds the same ring a dozen
// times (the run, the picture, and the moved-keys table's "before" pool once per change and
// algorithm); at the lab's cap each build takes ~10 ms on the page's thread. Rings are never
// changed after they are built, so one can be shared.
const RECENT_RINGS = 8;
const recentRings = new Map<string, HashRing>();

/** `build()`'s ring, or the one built before for the same `key` (which must name all its inputs). */
export function cachedRing(key: string, build: () => HashRing): HashRing {
  const hit = recentRings.get(key);
  if (hit) {
    recentRings.delete(key); // most recently used goes last
    recentRings.set(key, hit);
    return hit;
  }
  const ring = build();
  recentRings.set(key, ring);
  if (recentRings.size > RECENT_RINGS) recentRings.delete(recentRings.keys().next().value as string);
  return ring;
}

/** A cache key for a ring of `kind` over these servers, in their order. */
export function ringKey(kind: string, servers: readonly { id: string; weight: number }[]): string {
  return `${kind}\u0001${servers.map((s) => `${s.id}\u0000${s.weight}`).join('\u0001')}`;
}
