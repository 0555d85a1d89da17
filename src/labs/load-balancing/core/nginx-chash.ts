// The points of nginx's `hash $key consistent` ring (ngx_http_upstream_init_chash), compatible
// with Cache::Memcached::Fast / ketama: every server gets 160 points per unit of weight. The
// server's name "host:port" is split at the last ':' followed only by digits (a "unix:" name has
// no port); base = crc32 state after host, one zero byte and port; point j = crc32(base + the 4
// little-endian bytes of point j-1's hash), starting from 0. Down servers keep their points.
import { CRC32_INIT, crc32Final, crc32UpdateString, crc32UpdateUint32LE } from './crc32.ts';
import { cachedRing, ringKey, ringOfServers, type HashRing } from './hash-ring.ts';

export const POINTS_PER_WEIGHT = 160;

/** nginx's host/port split of a server name. */
export function splitServerName(name: string): { host: string; port: string } {
  if (name.length >= 5 && name.slice(0, 5).toLowerCase() === 'unix:') return { host: name.slice(5), port: '' };
  for (let j = 0; j < name.length; j++) {
    const c = name[name.length - j - 1] as string;
    if (c === ':') return { host: name.slice(0, name.length - j - 1), port: name.slice(name.length - j) };
    if (c < '0' || c > '9') break;
  }
  return { host: name, port: '' };
}

/** The hashes of one server's points, in generation order. */
export function chashServerPoints(name: string, weight: number): number[] {
  const { host, port } = splitServerName(name);
  let base = crc32UpdateString(CRC32_INIT, host);
  base = crc32UpdateString(base, '\0');
  base = crc32UpdateString(base, port);
  const points: number[] = [];
  let prev = 0;
  for (let j = 0; j < weight * POINTS_PER_WEIGHT; j++) {
    const hash = crc32Final(crc32UpdateUint32LE(base, prev));
    points.push(hash);
    prev = hash;
  }
  return points;
}

/** The whole ring for servers given as (name, weight), owners indexing that list. */
export function buildNginxChashRing(servers: readonly { id: string; weight: number }[]): HashRing {
  return cachedRing(ringKey('nginx chash', servers), () => ringOfServers(servers.map((s) => chashServerPoints(s.id, s.weight))));
}
