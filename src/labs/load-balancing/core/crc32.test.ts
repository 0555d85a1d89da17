import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRC32_INIT, crc32, crc32Final, crc32UpdateBytes, crc32UpdateString, crc32UpdateUint32LE } from './crc32.ts';

describe('crc32 (ngx_crc32)', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('matches zlib on any string, hashed as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(crc32(text)).toBe(zlibCrc32(Buffer.from(text, 'utf8')));
      }),
    );
  });

  it('can be continued: init, update in pieces, final', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 16 }), (text, bytes) => {
        const state = crc32UpdateBytes(crc32UpdateString(CRC32_INIT, text), bytes);
        expect(crc32Final(state)).toBe(zlibCrc32(Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(bytes)])));
      }),
    );
  });

  it('feeds a 32-bit value as its four little-endian bytes', () => {
    const state = crc32UpdateUint32LE(CRC32_INIT, 0x04030201);
    expect(crc32Final(state)).toBe(zlibCrc32(Buffer.from([1, 2, 3, 4])));
  });
});
