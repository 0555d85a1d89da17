// Exact rational numbers on BigInt. The 24 game is only honest with exact arithmetic: 8/(3−8/3)
// is 24 exactly, and no floating-point near-miss (23.999999999999996) may pass for a solution.
// Invariants of every Rational this module returns: den > 0 and gcd(|num|, den) = 1, so equal
// values have equal fields and `toString` is a canonical key.

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds num/den in lowest terms; throws on a zero denominator (callers check first). */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('denominator is zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Rational = { num: 0n, den: 1n };

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}
/** a / b, or null when b is zero (division by zero is a dead branch, not an error). */
export function div(a: Rational, b: Rational): Rational | null {
  return b.num === 0n ? null : rational(a.num * b.den, a.den * b.num);
}
export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}
export function compare(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** "24", "-3", "8/3". */
export function formatRational(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

const NUMBER_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?(?:\/(\d+))?$/;

/**
 * Reads "7", "-3", "2.5", "1e-7", "8/3" exactly (a decimal is a fraction over a power of ten,
 * never a double). Returns null for anything else, including "1/0" and "1.5/2".
 */
export function parseRational(text: string): Rational | null {
  const m = NUMBER_TEXT.exec(text.trim());
  if (!m) return null;
  const [, sign = '', whole = '0', frac = '', exp, over] = m;
  if ((frac !== '' || exp !== undefined) && over !== undefined) return null;
  let num = BigInt(whole + frac);
  let den = 10n ** BigInt(frac.length);
  const e = exp === undefined ? 0 : Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  if (e < 0) den *= 10n ** BigInt(-e);
  if (over !== undefined) {
    const d = BigInt(over);
    if (d === 0n) return null;
    den *= d;
  }
  if (sign === '-') num = -num;
  return rational(num, den);
}

/** An exact Rational from a JS number (its shortest printed decimal), a bigint or a text. */
export function toRational(x: number | bigint | string | Rational): Rational {
  if (typeof x === 'object') return rational(x.num, x.den);
  if (typeof x === 'bigint') return rational(x);
  if (typeof x === 'number' && !Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const r = parseRational(String(x));
  if (!r) throw new RangeError(`not a number: ${String(x)}`);
  return r;
}

/** A JS number close to r (for display and sorting only, never for deciding equality). */
export function toNumber(r: Rational): number {
  return Number(r.num) / Number(r.den);
}
