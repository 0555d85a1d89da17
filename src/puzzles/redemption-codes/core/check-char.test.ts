import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, randomInt } from '../../../labs/kernel/random.ts';
import { ALPHABET } from './alphabet.ts';
import { checkChar, hasValidCheck, hornerValues, times2 } from './check-char.ts';

/** Multiplication in GF(32) by shift-and-add, for the algebraic checks. */
function gfMul(a: number, b: number): number {
  let r = 0;
  for (let i = 4; i >= 0; i--) {
    r = times2(r);
    if ((b >> i) & 1) r ^= a;
  }
  return r;
}

const randomBody = (seed: number, len: number): string => {
  const random = createRandom(seed);
  return Array.from({ length: len }, () => ALPHABET[randomInt(random, 32)]).join('');
};

describe('check character over GF(32)', () => {
  it('α = 2 has multiplicative order 31 (it generates every non-zero symbol)', () => {
    const seen = new Set<number>();
    let p = 1;
    for (let k = 0; k < 31; k++) {
      seen.add(p);
      p = times2(p);
    }
    expect(p).toBe(1);
    expect(seen.size).toBe(31);
  });

  it('GF(32) has no zero divisors: e·αʲ ≠ 0 for every error e ≠ 0 and weight αʲ (the proof, exhaustively)', () => {
    for (let a = 1; a < 32; a++) for (let b = 1; b < 32; b++) expect(gfMul(a, b)).not.toBe(0);
  });

  it('Horner equals the weighted sum Σ vᵢ·α^(L−1−i)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 40 }), (vs) => {
        let sum = 0;
        vs.forEach((v, i) => {
          let w = 1;
          for (let k = 0; k < vs.length - 1 - i; k++) w = times2(w);
          sum ^= gfMul(v, w);
        });
        expect(hornerValues(vs)).toBe(sum);
      }),
    );
  });

  it('detects every single-character substitution at every position (200 sample codes)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const body = randomBody(seed, 1 + (seed % 24));
      const code = body + checkChar(body);
      expect(hasValidCheck(code)).toBe(true);
      for (let i = 0; i < code.length; i++) {
        for (const sub of ALPHABET) {
          if (sub === code[i]) continue;
          expect(hasValidCheck(code.slice(0, i) + sub + code.slice(i + 1)), `${code} @${i}→${sub}`).toBe(false);
        }
      }
    }
  });

  it('detects every transposition of two different characters (200 sample codes, all pairs)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const code = ((b) => b + checkChar(b))(randomBody(1000 + seed, 1 + (seed % 30)));
      for (let i = 0; i < code.length; i++) {
        for (let j = i + 1; j < code.length; j++) {
          if (code[i] === code[j]) continue;
          const swapped = [...code];
          [swapped[i], swapped[j]] = [swapped[j] ?? '', swapped[i] ?? ''];
          expect(hasValidCheck(swapped.join('')), `${code} swap ${i},${j}`).toBe(false);
        }
      }
    }
  });

  it('a weighted sum mod 32 would not: weights 1,3 miss swapping symbols 16 apart', () => {
    const mod32 = (vs: number[]): number => vs.reduce((s, v, i) => (s + v * (i % 2 ? 3 : 1)) % 32, 0);
    expect(mod32([0, 16])).toBe(mod32([16, 0]));
    expect(hornerValues([0, 16])).not.toBe(hornerValues([16, 0]));
  });

  it('hand-checked values', () => {
    expect(checkChar('A')).toBe('J'); // 8 → 16
    expect(checkChar('3')).toBe('4'); // 1 → 2
    expect(checkChar('2')).toBe('2'); // 0 → 0
    expect(checkChar('Z')).toBe('V'); // 31 → 62 ^ 37 = 27
  });
});
