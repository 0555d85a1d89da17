// How big a consistent-hash ring the lab's values make, and the cap on it. A ring is built (every
// point hashed, then all of them sorted) on the page's thread, and more than once: for the run,
// for the ring picture, and a dozen times for the moved-keys table (every hash algorithm's "what
// if", before and after each change). So its size is bounded like the number of requests.
// Which rings: the generic ring (vnodes points per unit of weight) and nginx's `hash … consistent`
// (POINTS_PER_WEIGHT, 160), whenever the algorithm is a hash algorithm (the moved-keys table builds
// both) or the comparison includes that ring. The weight is the whole pool's plus that of every
// server the hand actions add: a bound on the largest pool, as the ring is rebuilt when one joins.
import { POINTS_PER_WEIGHT } from './nginx-chash.ts';
import type { LoadBalancingValues } from './params.ts';
import { HASH_ALGORITHMS } from './types.ts';

/**
 * The most points a ring may have. Why 51,200: it is nginx's ketama ring (160 points per unit of
 * weight) for the lab's largest pool, 32 servers, at weight 10 each; the generic ring at the
 * slider's top (1000 virtual nodes) fits for 32 servers of weight 1 (32,000). The largest ring
 * allowed builds in ~10 ms (generic and nginx's alike; packed-key sort, hash-ring.ts), median in
 * Node 20 on the shared 2-core dev machine, where the 3.2 M-point ring that froze the page took
 * 2.8–5.7 s. A page load asks for about a dozen of them (see above); the recent-ring cache builds
 * each distinct pool once, and the page's longest task at the cap is under 100 ms in Chromium.
 */
export const MAX_RING_POINTS = 51_200;

export type RingValues = Pick<LoadBalancingValues, 'algorithm' | 'compare' | 'weights' | 'vnodes' | 'actions'>;

export interface RingSize {
  /** Total weight of the largest pool: the servers plus those the hand actions add. */
  readonly weight: number;
  /** Points per unit of weight of the largest ring these values build (0: no ring at all). */
  readonly perWeight: number;
  readonly points: number;
}

export function ringWeight(v: Pick<LoadBalancingValues, 'weights' | 'actions'>): number {
  let weight = 0;
  for (const w of v.weights) weight += w;
  for (const a of v.actions) if (a.kind === 'add') weight += a.weight;
  return weight;
}

export function ringSize(v: RingValues): RingSize {
  const hash = HASH_ALGORITHMS.includes(v.algorithm);
  const generic = hash || v.compare.includes('ring') ? v.vnodes : 0;
  const nginx = hash || v.compare.includes('hash-consistent') ? POINTS_PER_WEIGHT : 0;
  const weight = ringWeight(v);
  const perWeight = Math.max(generic, nginx);
  return { weight, perWeight, points: weight * perWeight };
}

/** The largest vnodes that keeps the generic ring within the cap, for the slider (at least 1, at most `max`). */
export function maxVnodesFor(v: Pick<LoadBalancingValues, 'weights' | 'actions'>, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(MAX_RING_POINTS / Math.max(1, ringWeight(v)))));
}
