// Reference solution for the check character (the function the user writes).
//
// Each symbol is a number 0–31 (its index in the alphabet), i.e. an element of the field GF(32).
// Read the body as the coefficients of a polynomial and evaluate it at α with Horner's rule,
// where "multiply by α" is a shift with the overflow folded back by x⁵ + x² + 1 (binary 100101 =
// 37), then multiply once more so the check symbol itself gets weight 1. Because GF(32) is a
// field, a single wrong symbol always changes the result; because α has order 31, swapping two
// different symbols (up to 31 apart) does too.
//
// Time: O(L) for a body of L characters. Space: O(1).

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function times2(x: number): number {
  return x < 16 ? x * 2 : (x * 2) ^ 37;
}

export function checkChar(body: string): string {
  let c = 0;
  for (const ch of body) c = times2(c) ^ ALPHABET.indexOf(ch);
  return ALPHABET.charAt(times2(c));
}

/** A whole code is valid iff Horner over all its symbols, check included, ends at 0. */
export function isValidCode(code: string): boolean {
  let c = 0;
  for (const ch of code) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return false;
    c = times2(c) ^ v;
  }
  return code.length >= 2 && c === 0;
}
