// A shuffle fixed by a string seed (the item id): the same item shows its options in the same order
// on every visit, and that order is not the written one, so position never gives the answer away.
// Fisher–Yates over mulberry32 (the labs' seeded generator), seeded by a 32-bit FNV-1a of the id.
import { createRandom } from '../../labs/kernel/random.ts';

export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A permutation of 0..n-1 fixed by the seed. */
export function seededOrder(n: number, seed: string): number[] {
  const random = createRandom(hashSeed(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

/** Like seededOrder, but never the identity when n > 1: steps to put in order must start out of it. */
export function scrambledOrder(n: number, seed: string): number[] {
  const order = seededOrder(n, seed);
  const sorted = order.every((x, i) => x === i);
  return sorted && n > 1 ? [...order.slice(1), order[0] ?? 0] : order;
}
