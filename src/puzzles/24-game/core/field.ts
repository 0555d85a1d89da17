// Two implementations of the same exact arithmetic, so the search can run on plain numbers and
// stay exact. `smallField` keeps num/den as JS integers and gives up (throws Overflow) the moment a
// product or sum leaves the safe-integer range; `bigField` is BigInt throughout. `runExact` tries
// small first and replays the whole computation on BigInt after an overflow, so the answer is
// always the exact one; small is only a speed path (about 10× faster for the 1,820-hand survey).
// Soundness of the overflow check: IEEE rounding is monotone and 2^53 is representable, so a true
// result beyond ±(2^53−1) never rounds back into the safe range.
import { type Rational, add, div, equals, formatRational, mul, rational, sub } from './rational.ts';

export interface Field<T> {
  from(r: Rational): T;
  toRational(x: T): Rational;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** null when b is zero. */
  div(a: T, b: T): T | null;
  eq(a: T, b: T): boolean;
  isZero(a: T): boolean;
  /** Canonical text, equal iff the values are equal. */
  key(a: T): string;
  /**
   * Whether `op` on (a, b) equals t, for the last pair of a search, where the result is only
   * compared. Same answer as computing it and `eq`; the op must be defined (no division by zero).
   */
  opEquals(op: PairOp, a: T, b: T, t: T): boolean;
}

/** Which of the six ways a pair (a, b) is combined. */
export type PairOp = 'a+b' | 'a-b' | 'b-a' | 'a*b' | 'a/b' | 'b/a';

/** `op` on (a, b) in field F, by computing it; null for a division by zero. */
export function applyOp<T>(F: Field<T>, op: PairOp, a: T, b: T): T | null {
  switch (op) {
    case 'a+b':
      return F.add(a, b);
    case 'a-b':
      return F.sub(a, b);
    case 'b-a':
      return F.sub(b, a);
    case 'a*b':
      return F.mul(a, b);
    case 'a/b':
      return F.div(a, b);
    case 'b/a':
      return F.div(b, a);
  }
}

/**
 * BigInt opEquals by cross-multiplying (a = p/q, b = r/s, t = u/v, denominators non-zero): no
 * result is built or reduced, and the gcd of the reduction is most of a BigInt operation's cost.
 * With six long fractions almost all of the search's operations are on its last pair.
 */
function bigOpEquals(op: PairOp, a: Rational, b: Rational, t: Rational): boolean {
  const { num: p, den: q } = a;
  const { num: r, den: s } = b;
  const { num: u, den: v } = t;
  switch (op) {
    case 'a+b':
      return (p * s + r * q) * v === u * q * s;
    case 'a-b':
      return (p * s - r * q) * v === u * q * s;
    case 'b-a':
      return (r * q - p * s) * v === u * q * s;
    case 'a*b':
      return p * r * v === u * q * s;
    case 'a/b':
      return p * s * v === u * q * r;
    case 'b/a':
      return r * q * v === u * s * p;
  }
}

export const bigField: Field<Rational> = {
  from: (r) => r,
  toRational: (x) => x,
  add,
  sub,
  mul,
  div,
  eq: equals,
  isZero: (x) => x.num === 0n,
  key: formatRational,
  opEquals: bigOpEquals,
};

/** Thrown by smallField when exactness on numbers cannot be guaranteed. */
export class Overflow extends Error {
  constructor() {
    super('safe-integer overflow');
  }
}

export interface Small {
  readonly n: number;
  readonly d: number;
}

function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw new Overflow();
  return x;
}

function reduce(n: number, d: number): Small {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  let x = n < 0 ? -n : n;
  let y = d;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x > 1 ? { n: n / x, d: d / x } : { n, d };
}

export const smallField: Field<Small> = {
  from(r) {
    if (r.num > BigInt(Number.MAX_SAFE_INTEGER) || -r.num > BigInt(Number.MAX_SAFE_INTEGER) || r.den > BigInt(Number.MAX_SAFE_INTEGER)) throw new Overflow();
    return { n: Number(r.num), d: Number(r.den) };
  },
  toRational: (x) => rational(BigInt(x.n), BigInt(x.d)),
  add: (a, b) => reduce(safe(safe(a.n * b.d) + safe(b.n * a.d)), safe(a.d * b.d)),
  sub: (a, b) => reduce(safe(safe(a.n * b.d) - safe(b.n * a.d)), safe(a.d * b.d)),
  mul: (a, b) => reduce(safe(a.n * b.n), safe(a.d * b.d)),
  div: (a, b) => (b.n === 0 ? null : reduce(safe(a.n * b.d), safe(a.d * b.n))),
  eq: (a, b) => a.n === b.n && a.d === b.d,
  isZero: (x) => x.n === 0,
  key: (x) => (x.d === 1 ? String(x.n) : `${x.n}/${x.d}`),
  // Computed and compared: cross products would overflow sooner than the reduced result does.
  opEquals(op, a, b, t) {
    const x = applyOp(smallField, op, a, b);
    return x !== null && x.n === t.n && x.d === t.d;
  },
};

/**
 * Runs `body` on the fast field, and again on BigInt if it overflowed. `body` must be a pure
 * function of its field (no side effects that survive the first attempt).
 */
export function runExact<R>(body: <T>(field: Field<T>) => R): R {
  try {
    return body(smallField);
  } catch (error) {
    if (!(error instanceof Overflow)) throw error;
    return body(bigField);
  }
}
