// Key → hash slot exactly as Redis computes it (keyHashSlot in src/cluster.c): CRC16/XMODEM of
// the key's bytes, & 16383. The hash-tag rule: if the key has a `{`, and a `}` somewhere after the
// FIRST `{`, and at least one byte between them, only those bytes are hashed. Otherwise (no `{`,
// no `}` after it, or an empty `{}`) the whole key is hashed. Only the first `{` counts, so
// "foo{{bar}}zap" hashes "{bar" and "foo{}{bar}" hashes the whole key. Keys are bytes: a
// JavaScript string is hashed as its UTF-8 encoding, as redis-cli sends it.
import { CRC16_TABLE, crc16, crc16String } from './crc16.ts';

export const SLOT_COUNT = 16384;
const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

const encoder = new TextEncoder();

/** The key as the bytes Redis receives. */
export function keyBytes(key: string): Uint8Array {
  return encoder.encode(key);
}

/** The byte range [start, end) that is hashed, and whether a hash tag chose it. */
export interface HashedRange {
  readonly start: number;
  readonly end: number;
  readonly tagged: boolean;
}

export function hashedRange(bytes: Uint8Array): HashedRange {
  const whole = { start: 0, end: bytes.length, tagged: false };
  const open = bytes.indexOf(OPEN);
  if (open < 0) return whole;
  const close = bytes.indexOf(CLOSE, open + 1);
  // No `}` after the first `{`, or nothing between them: hash the whole key.
  if (close < 0 || close === open + 1) return whole;
  return { start: open + 1, end: close, tagged: true };
}

export function slotOfBytes(bytes: Uint8Array): number {
  const { start, end } = hashedRange(bytes);
  return crc16(bytes, start, end) & (SLOT_COUNT - 1);
}

/**
 * CLUSTER KEYSLOT <key>. An ASCII key is its own bytes, so it is hashed straight from the string
 * (no encoding, no allocation); any other key goes through its UTF-8 bytes.
 */
export function keySlot(key: string): number {
  const n = key.length;
  let open = -1;
  let close = -1;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c > 0x7f) return slotOfBytes(keyBytes(key));
    if (c === OPEN && open < 0) open = i;
    else if (c === CLOSE && open >= 0 && close < 0) close = i;
  }
  let start = 0;
  let end = n;
  if (open >= 0 && close > open + 1) {
    start = open + 1;
    end = close;
  }
  return crc16String(key, start, end) & (SLOT_COUNT - 1);
}

/**
 * The slot of the key stored in buf[start, end): for many keys packed into one pre-encoded buffer
 * (a benchmark, a bulk import), one pass finds the tag and one CRC runs, with no allocation.
 */
export function slotInBuffer(buf: Uint8Array, start: number, end: number): number {
  let from = start;
  let to = end;
  let i = start;
  while (i < end && buf[i] !== OPEN) i++;
  if (i < end) {
    let j = i + 1;
    while (j < end && buf[j] !== CLOSE) j++;
    if (j < end && j > i + 1) {
      from = i + 1;
      to = j;
    }
  }
  // The table CRC inlined: one lookup per byte, no call.
  let crc = 0;
  for (let k = from; k < to; k++) crc = ((crc << 8) & 0xffff) ^ (CRC16_TABLE[((crc >> 8) ^ (buf[k] as number)) & 0xff] as number);
  return crc & (SLOT_COUNT - 1);
}

/** Keys packed into one UTF-8 buffer with their byte offsets (key i is bytes[offsets[i], offsets[i + 1])). */
export function packKeys(keys: readonly string[]): { readonly bytes: Uint8Array; readonly offsets: Uint32Array } {
  const parts = keys.map(keyBytes);
  const offsets = new Uint32Array(keys.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = (offsets[i] as number) + (parts[i]?.length ?? 0);
  const bytes = new Uint8Array(offsets[keys.length] as number);
  parts.forEach((p, i) => bytes.set(p, offsets[i] as number));
  return { bytes, offsets };
}
