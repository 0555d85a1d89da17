// CRC16, the XMODEM variant Redis Cluster uses for key → slot (src/crc16.c in Redis: polynomial
// 0x1021, initial value 0, no reflection, no final xor). Check value: "123456789" → 0x31C3.
// Table driven, one lookup per byte, so a key costs a few nanoseconds (bench/redis-keyslot).

/** CRC16/XMODEM of each byte value, for byte-at-a-time loops (key-slot.ts inlines one). */
export const CRC16_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[i] = crc;
  }
  return table;
})();

/** CRC16/XMODEM of bytes[start, end). */
export function crc16(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = ((crc << 8) & 0xffff) ^ (CRC16_TABLE[((crc >> 8) ^ (bytes[i] as number)) & 0xff] as number);
  return crc;
}

/** CRC16/XMODEM of an ASCII string's chars [start, end) (each char is one byte). */
export function crc16String(ascii: string, start = 0, end = ascii.length): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = ((crc << 8) & 0xffff) ^ (CRC16_TABLE[((crc >> 8) ^ ascii.charCodeAt(i)) & 0xff] as number);
  return crc;
}
