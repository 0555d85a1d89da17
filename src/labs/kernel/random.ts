// Seeded randomness for the labs. Same seed, same sequence: in a test, a benchmark or the browser.
// mulberry32: tiny, fast, and good enough for simulations (not for secrets).

/** Returns numbers in [0, 1). */
export type Random = () => number;

export function createRandom(seed: number): Random {
  // The state lives in a typed array, not a `let`: a uint32 above 2^30 in a closure variable is a
  // boxed heap number, allocated on every call (the call-chain engine draws tens of millions).
  // Same bits, same sequence.
  const state = new Int32Array([seed | 0]);
  return () => {
    const a = ((state[0] as number) + 0x6d2b79f5) | 0;
    state[0] = a;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exponentially distributed gap with the given mean (for Poisson arrivals). */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}
