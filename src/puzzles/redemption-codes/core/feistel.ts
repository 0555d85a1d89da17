// A keyed permutation of [0, domain): a balanced Feistel network on 2h bits (2^2h ≥ domain) made
// exact by cycle-walking (Black & Rogaway, "Ciphers with Arbitrary Finite Domains", 2002): apply
// the network again until the value lands inside the domain. Because the network is a permutation
// of [0, 2^2h), walking from a value in the domain always returns to the domain, and the result
// is a permutation of [0, domain). Decryption walks back the same way.
// Each round: (L, R) → (R, L ⊕ F(R, kᵢ)); invertible whatever F is.
//
// NOT A CRYPTOGRAPHIC PRP. The round function is a 32-bit integer mixer (murmur3's fmix32) keyed
// by XOR, and the key schedule is FNV-1a. It scrambles well enough that consecutive counters give
// unrelated codes, but an attacker with many codes could learn the key. Production would use
// FF1 (NIST SP 800-38G, an AES-based Feistel with the same cycle-walking idea) or HMAC-SHA-256 as
// the round function, with the key in a KMS — or simply store random codes in a database with a
// unique index. The structure here is the same; only F and the key schedule would change.

export const ROUNDS = 8;
/** Half-width limit keeps every value and product exact in a double: 2h ≤ 52 bits. */
export const MAX_HALF_BITS = 26;

/** murmur3 fmix32: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, then mixed. Deterministic, not secret-grade. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Round keys from a secret and a tweak (the batch prefix): different batches, unrelated permutations. */
export function deriveRoundKeys(secret: string, tweak: string, rounds = ROUNDS): Uint32Array {
  const keys = new Uint32Array(rounds);
  for (let i = 0; i < rounds; i++) keys[i] = hashText(`${secret}\u0000${tweak}\u0000${i}`);
  return keys;
}

export interface Permutation {
  readonly domain: number;
  readonly halfBits: number;
  encrypt(x: number): number;
  decrypt(y: number): number;
}

export function createFeistel(domain: number, keys: Uint32Array): Permutation {
  if (!Number.isSafeInteger(domain) || domain < 2) throw new RangeError('domain must be an integer ≥ 2');
  const bits = Math.ceil(Math.log2(domain));
  const h = Math.max(1, Math.ceil(bits / 2));
  if (h > MAX_HALF_BITS) throw new RangeError(`domain above 2^${2 * MAX_HALF_BITS}`);
  const half = 2 ** h;
  const mask = half - 1; // h ≤ 26, so a 32-bit AND is exact
  const rounds = keys.length;
  const f = (r: number, k: number): number => fmix32((r ^ k) >>> 0) & mask;

  const once = (x: number): number => {
    let l = Math.floor(x / half);
    let r = x - l * half;
    for (let i = 0; i < rounds; i++) {
      const t = l ^ f(r, keys[i] as number);
      l = r;
      r = t;
    }
    return l * half + r;
  };
  const onceInverse = (y: number): number => {
    let l = Math.floor(y / half);
    let r = y - l * half;
    for (let i = rounds - 1; i >= 0; i--) {
      const t = r ^ f(l, keys[i] as number);
      r = l;
      l = t;
    }
    return l * half + r;
  };
  return {
    domain,
    halfBits: h,
    encrypt(x) {
      let y = once(x);
      while (y >= domain) y = once(y);
      return y;
    },
    decrypt(y) {
      let x = onceInverse(y);
      while (x >= domain) x = onceInverse(x);
      return x;
    },
  };
}
