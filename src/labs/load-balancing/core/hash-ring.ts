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
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => (hashes[x] as number) - (hashes[y] as number) || (owners[x] as number) - (owners[y] as number) || x - y);
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
