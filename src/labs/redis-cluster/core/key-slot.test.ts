import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc16 } from './crc16.ts';
import { hashedRange, keyBytes, keySlot, packKeys, slotInBuffer, slotOfBytes } from './key-slot.ts';
import { REDIS_7_0_15 } from './key-slot-recorded.ts';

describe('CRC16/XMODEM', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc16(keyBytes('123456789'))).toBe(0x31c3);
  });
});

describe('keySlot: CLUSTER KEYSLOT of a real Redis', () => {
  it.each(REDIS_7_0_15)('%j → %i', (key, slot) => {
    expect(keySlot(key)).toBe(slot);
    expect(slotOfBytes(keyBytes(key))).toBe(slot);
  });

  it('follows the hash-tag edge cases of keyHashSlot', () => {
    // Empty braces: the whole key. Only the first `{` counts. The first `}` after it closes.
    expect(hashedRange(keyBytes('foo{}{bar}'))).toEqual({ start: 0, end: 10, tagged: false });
    expect(hashedRange(keyBytes('foo{{bar}}zap'))).toEqual({ start: 4, end: 8, tagged: true });
    expect(hashedRange(keyBytes('foo{bar}{zap}'))).toEqual({ start: 4, end: 7, tagged: true });
    expect(hashedRange(keyBytes('zap}{'))).toEqual({ start: 0, end: 5, tagged: false });
  });

  it('hashes bytes, not characters: a tag is cut on UTF-8 bytes', () => {
    // "{é}" tags the two bytes of é, the same as the key "é".
    expect(keySlot('{é}x')).toBe(keySlot('é'));
    expect(hashedRange(keyBytes('{é}x'))).toEqual({ start: 1, end: 3, tagged: true });
  });
});

describe('keySlot properties', () => {
  it('is in 0..16383 and the ASCII fast path agrees with the byte path', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const slot = keySlot(key);
        expect(slot).toBeGreaterThanOrEqual(0);
        expect(slot).toBeLessThan(16384);
        expect(slot).toBe(slotOfBytes(keyBytes(key)));
      }),
    );
  });

  it('agrees with the packed-buffer path for any list of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (keys) => {
        const { bytes, offsets } = packKeys(keys);
        keys.forEach((k, i) => expect(slotInBuffer(bytes, offsets[i]!, offsets[i + 1]!)).toBe(keySlot(k)));
      }),
    );
    const { bytes, offsets } = packKeys(REDIS_7_0_15.map(([k]) => k));
    REDIS_7_0_15.forEach(([, slot], i) => expect(slotInBuffer(bytes, offsets[i]!, offsets[i + 1]!)).toBe(slot));
  });

  it('keys with the same non-empty hash tag share a slot', () => {
    const noBraces = fc.string({ minLength: 1 }).filter((s) => !s.includes('}'));
    const prefix = fc.string().filter((s) => !s.includes('{'));
    fc.assert(
      fc.property(noBraces, prefix, prefix, fc.string(), fc.string(), (tag, p1, p2, s1, s2) => {
        expect(keySlot(`${p1}{${tag}}${s1}`)).toBe(keySlot(`${p2}{${tag}}${s2}`));
        expect(keySlot(`${p1}{${tag}}${s1}`)).toBe(keySlot(tag));
      }),
    );
  });
});
