// A counting hash table keyed by byte strings, so the counter never creates a JS string per line:
// open addressing with linear probing over typed arrays, keys stored once in a growing byte pool,
// FNV-1a hashes kept per slot (cheap rehash on growth, cheap mismatch rejection).
// Load factor ≤ 1/2. Strings are decoded only for the entries a caller asks for.

export interface IpTable {
  /** Adds 1 to the key buf[start..end), inserting it with count 1 if absent. */
  add(buf: Uint8Array, start: number, end: number, hash: number): void;
  /** Adds 1 to the key if present; false (and no change) if absent. */
  increment(buf: Uint8Array, start: number, end: number, hash: number): boolean;
  /** The count of a key, 0 if absent. */
  get(buf: Uint8Array, start: number, end: number, hash: number): number;
  readonly size: number;
  /** Entry i (0 ≤ i < size) in insertion order. */
  countAt(i: number): number;
  keyAt(i: number): string;
  /** Byte order of two entries' keys (= string order, keys are ASCII). */
  compareKeys(i: number, j: number): number;
}

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over buf[start..end). (The counter computes the same hash inline.) */
export function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i] as number), FNV_PRIME);
  return h >>> 0;
}

export function createIpTable(initialCapacity = 1 << 12): IpTable {
  let capacity = initialCapacity;
  let mask = capacity - 1;
  let slots = new Int32Array(capacity).fill(-1); // entry index, −1 = empty
  let slotHash = new Uint32Array(capacity);
  // Entries, in insertion order.
  let keyStart = new Int32Array(1024);
  let keyLen = new Uint8Array(1024);
  let counts = new Float64Array(1024);
  let pool = new Uint8Array(1 << 16);
  let poolUsed = 0;
  let size = 0;

  const equalKey = (e: number, buf: Uint8Array, start: number, len: number): boolean => {
    if (keyLen[e] !== len) return false;
    const at = keyStart[e] as number;
    for (let k = 0; k < len; k++) if (pool[at + k] !== buf[start + k]) return false;
    return true;
  };

  const find = (buf: Uint8Array, start: number, len: number, hash: number): number => {
    let s = hash & mask;
    for (;;) {
      const e = slots[s] as number;
      if (e === -1) return -1 - s; // not found: encode the free slot
      if (slotHash[s] === hash && equalKey(e, buf, start, len)) return e;
      s = (s + 1) & mask;
    }
  };

  const grow = (): void => {
    const oldSlots = slots;
    const oldHash = slotHash;
    capacity *= 2;
    mask = capacity - 1;
    slots = new Int32Array(capacity).fill(-1);
    slotHash = new Uint32Array(capacity);
    for (let s = 0; s < oldSlots.length; s++) {
      const e = oldSlots[s] as number;
      if (e === -1) continue;
      const h = oldHash[s] as number;
      let t = h & mask;
      while (slots[t] !== -1) t = (t + 1) & mask;
      slots[t] = e;
      slotHash[t] = h;
    }
  };

  const insert = (buf: Uint8Array, start: number, len: number, hash: number, freeSlot: number): void => {
    if (size === keyStart.length) {
      const n = size * 2;
      const ks = new Int32Array(n);
      ks.set(keyStart);
      keyStart = ks;
      const kl = new Uint8Array(n);
      kl.set(keyLen);
      keyLen = kl;
      const c = new Float64Array(n);
      c.set(counts);
      counts = c;
    }
    if (poolUsed + len > pool.length) {
      const p = new Uint8Array(Math.max(pool.length * 2, poolUsed + len));
      p.set(pool);
      pool = p;
    }
    pool.set(buf.subarray(start, start + len), poolUsed);
    keyStart[size] = poolUsed;
    keyLen[size] = len;
    counts[size] = 1;
    poolUsed += len;
    slots[freeSlot] = size;
    slotHash[freeSlot] = hash;
    size++;
    if (size * 2 > capacity) grow();
  };

  const decoder = new TextDecoder();
  return {
    add(buf, start, end, hash) {
      const len = end - start;
      const e = find(buf, start, len, hash);
      if (e >= 0) counts[e] = (counts[e] as number) + 1;
      else insert(buf, start, len, hash, -1 - e);
    },
    increment(buf, start, end, hash) {
      const e = find(buf, start, end - start, hash);
      if (e < 0) return false;
      counts[e] = (counts[e] as number) + 1;
      return true;
    },
    get(buf, start, end, hash) {
      const e = find(buf, start, end - start, hash);
      return e >= 0 ? (counts[e] as number) : 0;
    },
    get size() {
      return size;
    },
    countAt: (i) => counts[i] as number,
    keyAt: (i) => decoder.decode(pool.subarray(keyStart[i], (keyStart[i] as number) + (keyLen[i] as number))),
    compareKeys(i, j) {
      const a = keyStart[i] as number;
      const b = keyStart[j] as number;
      const la = keyLen[i] as number;
      const lb = keyLen[j] as number;
      const n = Math.min(la, lb);
      for (let k = 0; k < n; k++) {
        const d = (pool[a + k] as number) - (pool[b + k] as number);
        if (d !== 0) return d;
      }
      return la - lb;
    },
  };
}
