import { describe, expect, it } from 'vitest';
import { hasValidCheck } from './check-char.ts';
import { createCodeBatch, defaultBodyLength } from './codes.ts';
import { generateCodeChunks } from './generate.ts';

describe('code batch', () => {
  it('a full million codes are unique and carry a valid check character', () => {
    const batch = createCodeBatch({ count: 1_000_000, secret: 'unit-test', prefix: 'SPR' });
    const seen = new Set<string>();
    for (const chunk of generateCodeChunks(batch, { chunkSize: 100_000 })) {
      for (const code of chunk.codes()) {
        seen.add(code);
        if (seen.size % 997 === 0) {
          expect(code).toHaveLength(batch.codeLength);
          expect(code.startsWith('SPR')).toBe(true);
          expect(hasValidCheck(code)).toBe(true);
        }
      }
    }
    expect(seen.size).toBe(1_000_000);
    expect(seen.has(batch.codeAt(999_999))).toBe(true);
  }, 60_000);

  it('consecutive counters give unrelated codes', () => {
    const batch = createCodeBatch({ count: 100_000, secret: 'unit-test' });
    let differing = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const a = batch.codeAt(i).slice(0, -1);
      const b = batch.codeAt(i + 1).slice(0, -1);
      for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differing++;
    }
    // Unrelated bodies differ in 31/32 of their positions on average.
    expect(differing / n / batch.bodyLength).toBeGreaterThan(0.93);
  });

  it('sizes the body so that guessing is hopeless', () => {
    expect(defaultBodyLength(1)).toBe(6);
    expect(defaultBodyLength(1_000_000)).toBe(8);
    expect(defaultBodyLength(10_000_000)).toBe(9);
    const batch = createCodeBatch({ count: 10_000_000, secret: 's' });
    expect(batch.guessOdds).toBeLessThan(1e-6);
    expect(batch.codeLength).toBe(10);
  });

  it('validates its configuration', () => {
    expect(() => createCodeBatch({ count: 0, secret: 's' })).toThrow();
    expect(() => createCodeBatch({ count: 10_000_001, secret: 's' })).toThrow();
    expect(() => createCodeBatch({ count: 10, secret: 's', prefix: 'OOPS' })).toThrow();
    expect(() => createCodeBatch({ count: 10, secret: 's', prefix: 'ABCDEFGHJ' })).toThrow();
    expect(() => createCodeBatch({ count: 2 ** 31, secret: 's', bodyLength: 6 })).toThrow();
    expect(() => createCodeBatch({ count: 5, secret: 's' }).codeAt(5)).toThrow();
    expect(createCodeBatch({ count: 10, secret: 's', prefix: 'spr' }).prefix).toBe('SPR');
  });

  it('is deterministic for the same secret, and different for another', () => {
    const a = createCodeBatch({ count: 10, secret: 'x' });
    const b = createCodeBatch({ count: 10, secret: 'x' });
    const c = createCodeBatch({ count: 10, secret: 'y' });
    expect(a.codeAt(3)).toBe(b.codeAt(3));
    expect(a.codeAt(3)).not.toBe(c.codeAt(3));
  });
});
