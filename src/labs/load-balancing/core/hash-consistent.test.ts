import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createHashConsistentBalancer } from './hash-consistent.ts';
import { findPoint } from './hash-ring.ts';
import { buildNginxChashRing, chashServerPoints, POINTS_PER_WEIGHT, splitServerName } from './nginx-chash.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';

const le = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

describe('hash $key consistent (ngx_http_upstream_init_chash / get_chash_peer)', () => {
  it('splits "host:port" at the last colon followed by digits only', () => {
    expect(splitServerName('10.0.0.1:8080')).toEqual({ host: '10.0.0.1', port: '8080' });
    expect(splitServerName('backend.local')).toEqual({ host: 'backend.local', port: '' });
    expect(splitServerName('unix:/tmp/app.sock')).toEqual({ host: '/tmp/app.sock', port: '' });
    expect(splitServerName('[::1]:80')).toEqual({ host: '[::1]', port: '80' });
  });

  it('builds each point as crc32(host \\0 port + previous point, little-endian), from 0', () => {
    const points = chashServerPoints('10.0.0.1:8080', 1);
    expect(points).toHaveLength(POINTS_PER_WEIGHT);
    const prefix = Buffer.from('10.0.0.1\u00008080', 'latin1');
    expect(points[0]).toBe(zlibCrc32(Buffer.concat([prefix, le(0)])));
    expect(points[1]).toBe(zlibCrc32(Buffer.concat([prefix, le(points[0] as number)])));
    expect(points[159]).toBe(zlibCrc32(Buffer.concat([prefix, le(points[158] as number)])));
    expect(chashServerPoints('10.0.0.1:8080', 3)).toHaveLength(480);
  });

  it('sorts the points and finds the first one at or after the key hash, wrapping around', () => {
    const ring = buildNginxChashRing([
      { id: 'a:1', weight: 1 },
      { id: 'b:1', weight: 2 },
    ]);
    expect(ring.count).toBe(480);
    for (let i = 1; i < ring.count; i++) expect(ring.hashes[i] as number).toBeGreaterThan(ring.hashes[i - 1] as number);
    const p = ring.hashes[10] as number;
    expect(findPoint(ring, p)).toBe(10);
    expect(findPoint(ring, p - 1)).toBe(10);
    expect(findPoint(ring, 0xffffffff)).toBe(ring.count); // past the last point: wraps to 0 via % count
  });

  it('sends a key to the owner of its point, and walks on past a down server', () => {
    const servers = createServerStates([1, 2, 3].map((i) => serverSpec(`10.0.0.${i}:80`)));
    const b = createHashConsistentBalancer();
    b.init(servers);
    const ring = b.ring();
    const req = createRequest();
    const key = '/api/items/k1042';
    resetRequest(req, key, '', 0);
    const chosen = b.pick(req, servers);
    const point = findPoint(ring, zlibCrc32(key)) % ring.count;
    expect(chosen).toBe(ring.owners[point]);
    expect(b.explain(req, servers, chosen)).toMatchObject({ kind: 'chash', keyHash: zlibCrc32(key), pointIndex: point, skipped: 0 });

    (servers[chosen] as ServerState).down = true;
    resetRequest(req, key, '', 0);
    const next = b.pick(req, servers);
    let idx = point;
    while (ring.owners[idx % ring.count] === chosen) idx++;
    expect(next).toBe(ring.owners[idx % ring.count]);
  });
});
