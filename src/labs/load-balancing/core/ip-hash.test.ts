import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipHashBytes, parseIpv6 } from './ip-address.ts';
import { createIpHashBalancer, ipHashRound } from './ip-hash.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';

function pool(weights: readonly number[]): ServerState[] {
  return createServerStates(weights.map((weight, i) => serverSpec(`10.0.0.${i + 1}:80`, { weight })));
}

function pickFor(ip: string, servers: ServerState[]): number {
  const b = createIpHashBalancer();
  b.init(servers);
  const req = createRequest();
  resetRequest(req, '', ip, 0);
  return b.pick(req, servers);
}

describe('ip_hash (ngx_http_upstream_get_ip_hash_peer)', () => {
  it('hashes the first three octets from 89 with ×113 mod 6271 (worked example 10.1.2.3)', () => {
    // 89 → (89·113+10) % 6271 = 3796 → (3796·113+1) % 6271 = 2521 → (2521·113+2) % 6271 = 2680
    expect(ipHashRound(89, [10, 1, 2])).toBe(2680);
    expect(ipHashBytes('10.1.2.3')).toEqual([10, 1, 2]);
    // 2680 % 3 = 1: the second of three equal servers
    expect(pickFor('10.1.2.3', pool([1, 1, 1]))).toBe(1);
    const b = createIpHashBalancer();
    const servers = pool([1, 1, 1]);
    b.init(servers);
    const req = createRequest();
    resetRequest(req, '', '10.1.2.3', 0);
    const chosen = b.pick(req, servers);
    expect(b.explain(req, servers, chosen)).toEqual({ kind: 'ip-hash', octets: [10, 1, 2], hash: 2680, w: 1, tries: 0 });
  });

  it('sends every address of 10.1.2.x to one server', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 8 }), (weights) => {
        const servers = pool(weights);
        const first = pickFor('10.1.2.0', servers);
        for (let x = 1; x < 256; x++) expect(pickFor(`10.1.2.${x}`, servers)).toBe(first);
      }),
      { numRuns: 30 },
    );
  });

  it('re-hashes from the current hash when the server is down, moving only its clients', () => {
    const servers = pool([1, 1, 1]);
    const before = pickFor('10.1.2.3', servers);
    (servers[before] as ServerState).down = true;
    const after = pickFor('10.1.2.3', servers);
    expect(after).not.toBe(before);
    // the next rounds continue from 2680 (not from 89) until they hit another server
    let hash = 2680;
    let expected = before;
    while (expected === before) {
      hash = ipHashRound(hash, [10, 1, 2]);
      expected = hash % 3;
    }
    expect(after).toBe(expected);
    // a client whose server stays up is not moved
    for (let x = 0; x < 50; x++) {
      const ip = `172.16.${x}.9`;
      const fresh = pool([1, 1, 1]);
      const owner = pickFor(ip, fresh);
      if (owner === before) continue;
      (fresh[before] as ServerState).down = true;
      expect(pickFor(ip, fresh)).toBe(owner);
    }
  });

  it('uses all 16 bytes of an IPv6 address, and a 3-byte pseudo address otherwise', () => {
    expect(ipHashBytes('2001:db8::1')).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:10.1.2.3')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 1, 2, 3]);
    expect(ipHashBytes('unix:')).toEqual([0, 0, 0]);
    expect(ipHashBytes('300.1.1.1')).toEqual([0, 0, 0]);
    // two IPv6 clients in the same /64 can land on different servers: nothing is truncated
    const servers = pool([1, 1, 1, 1, 1]);
    const owners = new Set(Array.from({ length: 20 }, (_, i) => pickFor(`2001:db8::${i + 1}`, servers)));
    expect(owners.size).toBeGreaterThan(1);
  });

  it('falls back to round robin after 20 re-hashes', () => {
    const servers = pool([1, 1]);
    const b = createIpHashBalancer();
    b.init(servers);
    const req = createRequest();
    resetRequest(req, '', '10.1.2.3', 0);
    const owner = b.pick(req, servers);
    resetRequest(req, '', '10.1.2.3', 0);
    req.tried = 1 << owner; // as on a retry: the first server already failed
    const other = b.pick(req, servers);
    expect(other).toBe(1 - owner);
    expect(req.tries).toBeGreaterThanOrEqual(1);
  });
});
