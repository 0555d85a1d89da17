// Is the first field of a log line an IP address? Byte-level ports of inet_pton(3):
//  - IPv4 follows glibc's inet_pton4: exactly four dotted decimal octets 0–255, and no leading
//    zeros ("01.2.3.4" is rejected: BSD libcs would read 010 as octal 8, so glibc refuses it);
//  - IPv6 follows the BIND/glibc inet_pton6: up to eight groups of 1–4 hex digits, at most one
//    "::" standing for at least one zero group, an optional dotted IPv4 tail taking two groups.
// No zone ids ("fe80::1%eth0"): nginx's $remote_addr never prints one.
// They work on a byte range so the counter can validate without creating a string per line.

const isDigit = (b: number): boolean => b >= 48 && b <= 57;

function hexValue(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 97 && b <= 102) return b - 87;
  if (b >= 65 && b <= 70) return b - 55;
  return -1;
}

export function isIpv4Bytes(buf: Uint8Array, start: number, end: number): boolean {
  let octets = 0;
  let sawDigit = false;
  let value = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    if (isDigit(b)) {
      if (sawDigit && value === 0) return false; // leading zero
      value = value * 10 + (b - 48);
      if (value > 255) return false;
      if (!sawDigit) {
        if (++octets > 4) return false;
        sawDigit = true;
      }
    } else if (b === 46 && sawDigit) {
      if (octets === 4) return false;
      sawDigit = false;
      value = 0;
    } else {
      return false;
    }
  }
  return octets === 4 && sawDigit;
}

export function isIpv6Bytes(buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (i < end && buf[i] === 58) {
    if (buf[i + 1] !== 58 || i + 1 >= end) return false; // a leading ':' must be '::'
    i++;
  }
  let written = 0; // bytes of the 16-byte address filled so far
  let gap = -1; // where '::' was, in bytes
  let curtok = i;
  let sawHex = false;
  let digits = 0;
  while (i < end) {
    const b = buf[i++] as number;
    if (hexValue(b) >= 0) {
      if (++digits > 4) return false;
      sawHex = true;
      continue;
    }
    if (b === 58) {
      curtok = i;
      if (!sawHex) {
        if (gap !== -1) return false; // a second '::'
        gap = written;
        continue;
      }
      if (i >= end) return false; // ends in a single ':'
      if (written + 2 > 16) return false;
      written += 2;
      sawHex = false;
      digits = 0;
      continue;
    }
    if (b === 46 && written + 4 <= 16 && isIpv4Bytes(buf, curtok, end)) {
      written += 4;
      sawHex = false;
      i = end;
      break;
    }
    return false;
  }
  if (sawHex) {
    if (written + 2 > 16) return false;
    written += 2;
  }
  if (gap !== -1) {
    if (written === 16) return false; // '::' must stand for at least one group
    written = 16;
  }
  return written === 16;
}

/** IPv4 or IPv6, on a byte range. */
export function isIpBytes(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === 58) return isIpv6Bytes(buf, start, end);
  return isIpv4Bytes(buf, start, end);
}

/** The same check on a string (ASCII only; anything else is not an IP). */
export function isValidIp(text: string): boolean {
  if (text.length > 64) return false;
  const buf = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return false;
    buf[i] = c;
  }
  return isIpBytes(buf, 0, buf.length);
}
