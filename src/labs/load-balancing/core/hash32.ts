// The hash for the generic consistent-hash ring (not nginx's): FNV-1a over UTF-16 code units,
// then murmur3's fmix32 finaliser. FNV-1a alone clusters similar strings ("s1#1", "s1#2");
// fmix32 spreads them over the whole 32-bit circle, which is what a ring needs.

/** FNV-1a's starting state, before any text. */
export const FNV_START = 0x811c9dc5;

/** FNV-1a's state after `text`, from state `h`: hash32(a + b) = mix32(fnvUpdate(fnvUpdate(FNV_START, a), b)). */
export function fnvUpdate(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A well-mixed unsigned 32-bit hash of `text`. */
export function hash32(text: string): number {
  return mix32(fnvUpdate(FNV_START, text));
}

/** murmur3's fmix32 of an FNV state: the hash. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
