import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeistel, deriveRoundKeys } from './feistel.ts';

describe('Feistel permutation with cycle-walking', () => {
  it('is a bijection on [0, domain) for odd-sized domains (exhaustive)', () => {
    for (const domain of [2, 3, 5, 7, 10, 100, 257, 1000, 32 ** 3]) {
      const p = createFeistel(domain, deriveRoundKeys('k', String(domain)));
      const seen = new Uint8Array(domain);
      let bad = 0; // plain counting: 100k expect() calls would dominate the test time
      for (let x = 0; x < domain; x++) {
        const y = p.encrypt(x);
        if (!(y >= 0 && y < domain) || seen[y] === 1 || p.decrypt(y) !== x) bad++;
        seen[y] = 1;
      }
      expect(bad, `domain ${domain}`).toBe(0);
    }
  });

  it('decrypt inverts encrypt on large domains (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 6, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (secret, len, u) => {
        const domain = 32 ** len;
        const p = createFeistel(domain, deriveRoundKeys(secret, ''));
        const x = Math.floor(u * domain);
        const y = p.encrypt(x);
        expect(y).toBeLessThan(domain);
        expect(p.decrypt(y)).toBe(x);
      }),
    );
  });

  it('depends on the key and the tweak', () => {
    const domain = 32 ** 8;
    const a = createFeistel(domain, deriveRoundKeys('secret', 'A'));
    const b = createFeistel(domain, deriveRoundKeys('secret', 'B'));
    const c = createFeistel(domain, deriveRoundKeys('other', 'A'));
    const same = (p: typeof a, q: typeof a): number => Array.from({ length: 1000 }, (_, i) => p.encrypt(i) === q.encrypt(i)).filter(Boolean).length;
    expect(same(a, b)).toBe(0);
    expect(same(a, c)).toBe(0);
  });

  it('rejects domains too large for exact doubles', () => {
    expect(() => createFeistel(2 ** 53, deriveRoundKeys('k', ''))).toThrow();
    expect(() => createFeistel(1, deriveRoundKeys('k', ''))).toThrow();
  });
});
