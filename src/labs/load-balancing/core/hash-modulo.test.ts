import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHashModuloBalancer, memcachedHashRound } from './hash-modulo.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';

function pool(weights: readonly number[]): ServerState[] {
  return createServerStates(weights.map((weight, i) => serverSpec(`10.0.0.${i + 1}:80`, { weight })));
}

function pickFor(key: string, servers: ServerState[]): number {
  const b = createHashModuloBalancer();
  b.init(servers);
  const req = createRequest();
  resetRequest(req, key, '', 0);
  return b.pick(req, servers);
}

describe('hash $key (ngx_http_upstream_get_hash_peer)', () => {
  it('takes bits 16–30 of crc32(key), and prepends the rehash count from round two on', () => {
    expect(memcachedHashRound('/index.html', 0)).toBe((zlibCrc32('/index.html') >>> 16) & 0x7fff);
    expect(memcachedHashRound('/index.html', 1)).toBe((zlibCrc32('1/index.html') >>> 16) & 0x7fff);
    expect(memcachedHashRound('/index.html', 12)).toBe((zlibCrc32('12/index.html') >>> 16) & 0x7fff);
  });

  it('picks hash % total_weight by walking the weights (worked example)', () => {
    const key = '/api/items/k1042';
    const h = memcachedHashRound(key, 0);
    // weights 2,1,3: slices [0,2) → s0, [2,3) → s1, [3,6) → s2
    const w = h % 6;
    const expected = w < 2 ? 0 : w < 3 ? 1 : 2;
    expect(pickFor(key, pool([2, 1, 3]))).toBe(expected);
  });

  it('re-hashes a key whose server is down; keys of other servers stay put', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 }), fc.nat(3), (keys, downIndex) => {
        const servers = pool([1, 1, 1, 1]);
        const before = keys.map((k) => pickFor(k, servers));
        (servers[downIndex] as ServerState).down = true;
        keys.forEach((k, i) => {
          const after = pickFor(k, servers);
          expect(after).not.toBe(downIndex);
          if (before[i] !== downIndex) expect(after).toBe(before[i]);
        });
      }),
    );
  });

  it('continues the running hash: round two adds to round one', () => {
    const servers = pool([1, 1]);
    const key = 'user-7';
    const first = pickFor(key, servers);
    (servers[first] as ServerState).down = true;
    const b = createHashModuloBalancer();
    b.init(servers);
    const req = createRequest();
    resetRequest(req, key, '', 0);
    b.pick(req, servers);
    let hash = memcachedHashRound(key, 0);
    let rehash = 1;
    while (hash % 2 === first) hash += memcachedHashRound(key, rehash++);
    expect(req.hash).toBe(hash);
    expect(req.rehash).toBe(rehash);
  });

  it('falls back to round robin for an empty key', () => {
    const servers = pool([1, 1, 1]);
    const b = createHashModuloBalancer();
    b.init(servers);
    const req = createRequest();
    resetRequest(req, '', '', 0);
    const chosen = b.pick(req, servers);
    expect(b.explain(req, servers, chosen)).toMatchObject({ kind: 'fallback-rr', reason: 'empty-key' });
  });
});
