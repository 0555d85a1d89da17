// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as nginx's ngx_crc32.h computes it:
// ngx_crc32_init sets 0xffffffff, ngx_crc32_update folds bytes in, ngx_crc32_final inverts.
// The split into init/update/final matters: `hash consistent` builds ring points by continuing a
// half-finished CRC (ngx_http_upstream_init_chash), so the three steps are exported separately.
// Strings are hashed as their UTF-8 bytes, like the bytes nginx sees on the wire.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

// Slicing-by-4 tables: four ASCII characters per step (keys and URIs are mostly ASCII), which
// keeps a consistent-hash lookup well above five million a second.
function nextTable(prev: Int32Array): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    const v = prev[n] as number;
    t[n] = (v >>> 8) ^ (TABLE[v & 0xff] as number);
  }
  return t;
}
const T1 = nextTable(TABLE);
const T2 = nextTable(T1);
const T3 = nextTable(T2);

/** ngx_crc32_init: the running state before any byte. */
export const CRC32_INIT = 0xffffffff;

function step(crc: number, byte: number): number {
  return (TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
}

/** ngx_crc32_update over the UTF-8 bytes of `text`. Returns the new running state. */
export function crc32UpdateString(crc: number, text: string): number {
  let c = crc;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i + 3 < n) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const d = text.charCodeAt(i + 2);
      const e = text.charCodeAt(i + 3);
      if ((a | b | d | e) < 0x80) {
        c ^= a | (b << 8) | (d << 16) | (e << 24);
        c = (T3[c & 0xff] as number) ^ (T2[(c >>> 8) & 0xff] as number) ^ (T1[(c >>> 16) & 0xff] as number) ^ (TABLE[c >>> 24] as number);
        i += 3;
        continue;
      }
    }
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      c = step(c, code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x800) {
      c = step(c, 0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      c = step(c, 0xe0 | (code >> 12));
      c = step(c, 0x80 | ((code >> 6) & 0x3f));
    } else {
      c = step(c, 0xf0 | (code >> 18));
      c = step(c, 0x80 | ((code >> 12) & 0x3f));
      c = step(c, 0x80 | ((code >> 6) & 0x3f));
    }
    c = step(c, 0x80 | (code & 0x3f));
  }
  return c;
}

/** ngx_crc32_update over raw bytes. */
export function crc32UpdateBytes(crc: number, bytes: ArrayLike<number>): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = step(c, (bytes[i] as number) & 0xff);
  return c;
}

/** ngx_crc32_update with the four little-endian bytes of a 32-bit value (chash's prev_hash). */
export function crc32UpdateUint32LE(crc: number, value: number): number {
  let c = step(crc, value & 0xff);
  c = step(c, (value >>> 8) & 0xff);
  c = step(c, (value >>> 16) & 0xff);
  return step(c, (value >>> 24) & 0xff);
}

/** ngx_crc32_final: the finished, unsigned CRC. */
export function crc32Final(crc: number): number {
  return (crc ^ 0xffffffff) >>> 0;
}

/** ngx_crc32_long / ngx_crc32_short: CRC-32 of a whole string, unsigned. */
export function crc32(text: string): number {
  return crc32Final(crc32UpdateString(CRC32_INIT, text));
}
