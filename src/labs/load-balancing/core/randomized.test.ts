import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { createP2cBalancer } from './p2c.ts';
import { createRandomBalancer } from './random.ts';
import { createRoundRobinBalancer } from './round-robin.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest, type Balancer } from './types.ts';
import { createWeightedRandomBalancer } from './weighted-random.ts';

function pool(weights: readonly number[]): ServerState[] {
  return createServerStates(weights.map((weight, i) => serverSpec(`s${i}`, { weight })));
}

function counts(b: Balancer, servers: ServerState[], n: number): number[] {
  b.init(servers);
  const req = createRequest();
  const out = servers.map(() => 0);
  for (let i = 0; i < n; i++) {
    resetRequest(req, '', '', 0);
    const p = b.pick(req, servers);
    out[p] = (out[p] ?? 0) + 1;
  }
  return out;
}

describe('round robin, random, weighted random (nginx random), p2c (random two least_conn)', () => {
  it('round robin hits each available server once in any n consecutive picks, ignoring weights', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.nat(20), (downs, offset) => {
        const servers = pool(downs.map((_, i) => i + 1));
        downs.forEach((d, i) => ((servers[i] as ServerState).down = d));
        const up = downs.filter((d) => !d).length;
        const b = createRoundRobinBalancer();
        b.init(servers);
        const req = createRequest();
        const seq: number[] = [];
        for (let i = 0; i < offset + up; i++) {
          resetRequest(req, '', '', 0);
          seq.push(b.pick(req, servers));
        }
        if (up === 0) expect(seq.every((p) => p === -1)).toBe(true);
        else expect(new Set(seq.slice(offset)).size).toBe(up);
      }),
    );
  });

  it('random is uniform whatever the weights', () => {
    const c = counts(createRandomBalancer(createRandom(3)), pool([5, 1, 1]), 30_000);
    for (const x of c) expect(x / 30_000).toBeCloseTo(1 / 3, 1);
  });

  it('weighted random follows the weights (3:2:1) and is deterministic for a seed', () => {
    const c = counts(createWeightedRandomBalancer(createRandom(3)), pool([3, 2, 1]), 60_000);
    expect(c[0]! / 60_000).toBeCloseTo(3 / 6, 1);
    expect(c[1]! / 60_000).toBeCloseTo(2 / 6, 1);
    expect(c[2]! / 60_000).toBeCloseTo(1 / 6, 1);
    expect(counts(createWeightedRandomBalancer(createRandom(3)), pool([3, 2, 1]), 60_000)).toEqual(c);
  });

  it('weighted random re-rolls past a down server', () => {
    const servers = pool([3, 2, 1]);
    (servers[0] as ServerState).down = true;
    const c = counts(createWeightedRandomBalancer(createRandom(5)), servers, 3000);
    expect(c[0]).toBe(0);
    expect(c[1]! + c[2]!).toBe(3000);
  });

  it('p2c never picks the strictly busiest server (per weight) when two are eligible', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 2, maxLength: 8 }), fc.integer(), (conns, seed) => {
        const servers = pool(conns.map(() => 1));
        servers.forEach((s, i) => (s.conns = conns[i] ?? 0));
        const b = createP2cBalancer(createRandom(seed));
        b.init(servers);
        const req = createRequest();
        resetRequest(req, '', '', 0);
        const chosen = b.pick(req, servers);
        const why = b.explain(req, servers, chosen);
        if (why.kind !== 'p2c') return;
        expect(why.a).not.toBe(why.b);
        expect(Math.min(why.connsA, why.connsB)).toBe((servers[chosen] as ServerState).conns);
        const max = Math.max(...conns);
        if (conns.filter((c) => c === max).length === 1) expect((servers[chosen] as ServerState).conns).toBeLessThan(max);
      }),
    );
  });
});
