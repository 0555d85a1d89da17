// The check character: the code read as a polynomial over GF(32) and evaluated by Horner's rule,
// the arithmetic of Bech32's checksum (BIP-173) cut down to a single check symbol.
// GF(32) = GF(2)[x] / (x⁵ + x² + 1) (the CRC-5-USB polynomial, irreducible); symbols are its
// elements, addition is XOR, and `times2` multiplies by α = x.
//   check = α · Σ vᵢ·α^(L−1−i)  over the body v₀…v_{L−1}; a code is valid iff
//   Σ over body+check of vᵢ·α^(L−i) = 0, i.e. Horner over all L+1 symbols ends at 0.
// Why it catches every single substitution: changing symbol i by e ≠ 0 changes the sum by
// e·α^j, a product of two non-zero field elements, never 0.
// Why it catches every transposition (adjacent or not) of two different symbols within 31
// positions: the sum changes by (vᵢ ⊕ vⱼ)(αᵃ ⊕ αᵇ), and αᵃ = αᵇ only if a ≡ b (mod 31), because
// the multiplicative group of GF(32) has prime order 31, so α (≠ 1) generates it.
// A weighted sum mod 32 (Luhn-style) cannot do both: 32 is not prime, so even weights miss
// some substitutions and odd weights miss some transpositions (two symbols 16 apart, say).
// Codes here are ≤ 31 symbols, so both guarantees hold over the whole code.
import { ALPHABET, CHAR_CODE, VALUE_OF } from './alphabet.ts';

/** Multiply by α in GF(32): shift, and reduce by x⁵ + x² + 1 (0b100101 = 37) on overflow. */
export function times2(x: number): number {
  return x < 16 ? x << 1 : (x << 1) ^ 37;
}

/** Horner over symbol values. */
export function hornerValues(values: Iterable<number>, start = 0): number {
  let c = start;
  for (const v of values) c = times2(c) ^ v;
  return c;
}

/** Horner over a string of alphabet characters (caller has normalized it). */
export function hornerString(text: string, start = 0): number {
  let c = start;
  for (let i = 0; i < text.length; i++) c = times2(c) ^ (VALUE_OF[text.charCodeAt(i)] as number);
  return c;
}

/** The check character for a body (prefix included): one alphabet character. */
export function checkChar(body: string): string {
  return ALPHABET[times2(hornerString(body))] as string;
}

/** Char code of the check symbol after Horner state `c`. */
export function checkCharCode(c: number): number {
  return CHAR_CODE[times2(c)] as number;
}

/** True iff the last character is the right check character for the rest. */
export function hasValidCheck(code: string): boolean {
  return code.length >= 2 && hornerString(code) === 0;
}
