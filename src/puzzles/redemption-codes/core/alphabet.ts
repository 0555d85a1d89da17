// The code alphabet: 32 symbols with no look-alikes (no 0/O, no 1/I), so every symbol is 5 bits
// and a code read over the phone or typed from a receipt has no ambiguous characters. The same
// idea as Crockford's Base32, which drops I, L, O, U instead; we keep L and U and drop the digits
// 0 and 1 so that no letter can be read as a digit.

export const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const RADIX = 32;

/** Char code → symbol value 0..31, or −1. Upper case only: normalize first. */
export const VALUE_OF: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Alphabet char codes, for building strings without indexing into a string. */
export const CHAR_CODE: Uint8Array = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

export type NormalizedCode = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly at: number; readonly char: string };

/**
 * What a person typed → the bare code: upper case, group separators (space, '-') removed.
 * A character outside the alphabet is reported with its position in the bare code.
 */
export function normalizeCode(input: string): NormalizedCode {
  const code = input.toUpperCase().replace(/[\s\-–—_]/g, '');
  for (let i = 0; i < code.length; i++) {
    const ch = code.charCodeAt(i);
    if (ch >= 128 || VALUE_OF[ch] === -1) return { ok: false, at: i, char: code[i] ?? '' };
  }
  return { ok: true, code };
}

/** "SPR7KQ4MZ9X" → "SPR7-KQ4M-Z9X": groups of 4 are easier to read out and to type. */
export function formatCode(code: string, group = 4): string {
  return code.replace(new RegExp(`(.{${group}})(?=.)`, 'g'), '$1-');
}
