// Client address bytes as ip_hash reads them from the socket address: the 4 bytes of an IPv4
// address, the 16 bytes of an IPv6 address. Anything else (a unix socket, garbage) is nginx's
// "pseudo address" of three zero bytes, so all such clients share one server.

export type IpBytes = readonly number[];

const PSEUDO: IpBytes = [0, 0, 0];

export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

export function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  let hex = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    // An embedded IPv4 tail (::ffff:10.1.2.3) becomes two hex groups.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    hex = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = hex.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  const bytes: number[] = [];
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    const v = parseInt(g, 16);
    bytes.push(v >> 8, v & 0xff);
  }
  return bytes;
}

/** The bytes ip_hash hashes: the first 3 of IPv4, all 16 of IPv6, or the 3-byte pseudo address. */
export function ipHashBytes(ip: string): IpBytes {
  const v4 = parseIpv4(ip);
  if (v4 !== null) return v4.slice(0, 3);
  if (ip.includes(':')) {
    const v6 = parseIpv6(ip);
    if (v6 !== null && v6.length === 16) return v6;
  }
  return PSEUDO;
}
