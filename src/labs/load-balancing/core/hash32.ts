// The hash for the generic consistent-hash ring (not nginx's): FNV-1a over UTF-16 code units,
// then murmur3's fmix32 finaliser. FNV-1a alone clusters similar strings ("s1#1", "s1#2");
// fmix32 spreads them over the whole 32-bit circle, which is what a ring needs.

/** A well-mixed unsigned 32-bit hash of `text`. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
