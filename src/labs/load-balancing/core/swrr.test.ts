import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServerStates, noteFailed, serverSpec, type ServerState } from './servers.ts';
import { createSwrrBalancer, explainSwrr, swrrSelect } from './swrr.ts';
import { createRequest, resetRequest } from './types.ts';

function pool(weights: readonly number[]): ServerState[] {
  return createServerStates(weights.map((weight, i) => serverSpec(String.fromCharCode(97 + i), { weight })));
}

function picks(servers: ServerState[], count: number, nowMs = 0): number[] {
  const balancer = createSwrrBalancer();
  balancer.init(servers);
  const req = createRequest();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    resetRequest(req, '', '', nowMs);
    out.push(balancer.pick(req, servers));
  }
  return out;
}

describe('smooth weighted round robin (ngx_http_upstream_get_peer)', () => {
  it("gives nginx's sequence for weights 5,1,1: a a b a c a a", () => {
    const servers = pool([5, 1, 1]);
    const names = picks(servers, 14)
      .map((i) => servers[i]?.id)
      .join(' ');
    expect(names).toBe('a a b a c a a a a b a c a a');
  });

  it("shows the current weights of nginx's worked example", () => {
    const servers = pool([5, 1, 1]);
    const req = createRequest();
    resetRequest(req, '', '', 0);
    const chosen = swrrSelect(req, servers);
    expect(explainSwrr(servers, chosen)).toEqual({ kind: 'swrr', added: [5, 1, 1], after: [-2, 1, 1], total: 7 });
    resetRequest(req, '', '', 0);
    const second = swrrSelect(req, servers);
    expect(second).toBe(0);
    expect(explainSwrr(servers, second)).toEqual({ kind: 'swrr', added: [3, 2, 2], after: [-4, 2, 2], total: 7 });
  });

  it('gives each server exactly its weight in any window of sum(weights) picks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }), fc.nat(50), (weights, offset) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const seq = picks(pool(weights), offset + total);
        const counts = weights.map(() => 0);
        for (const i of seq.slice(offset)) counts[i] = (counts[i] ?? 0) + 1;
        expect(counts).toEqual(weights);
      }),
    );
  });

  it('keeps the current weights summing to zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 6 }), fc.nat(40), (weights, n) => {
        const servers = pool(weights);
        picks(servers, n);
        expect(servers.reduce((sum, s) => sum + s.currentWeight, 0)).toBe(0);
      }),
    );
  });

  it('skips down servers and tried servers', () => {
    const servers = pool([5, 1, 1]);
    (servers[0] as ServerState).down = true;
    expect(new Set(picks(servers, 10))).toEqual(new Set([1, 2]));
    const req = createRequest();
    resetRequest(req, '', '', 0);
    req.tried = 0b110;
    (servers[0] as ServerState).down = false;
    expect(swrrSelect(req, servers)).toBe(0);
    req.tried = 0b111;
    expect(swrrSelect(req, servers)).toBe(-1);
  });

  it('eases a failed server back in: effective_weight drops by weight/max_fails and climbs by one per pick', () => {
    const servers = createServerStates([serverSpec('a', { weight: 4, maxFails: 2 }), serverSpec('b', { weight: 4, maxFails: 2 })]);
    const a = servers[0] as ServerState;
    a.conns = 1;
    noteFailed(a, 0);
    expect(a.effectiveWeight).toBe(2);
    expect(a.fails).toBe(1);
    // One failure out of max_fails=2: still eligible, but at effective weight 2 it loses the first
    // pick to b (a tie would go to a); 2 → 3 → 4 over its next picks.
    const seq = picks(servers, 4, 1);
    expect(seq).toEqual([1, 0, 1, 0]);
    expect(a.effectiveWeight).toBe(4);
  });

  it('uses a single server as is, even after failures (nginx peers->single)', () => {
    const servers = pool([1]);
    const only = servers[0] as ServerState;
    only.conns = 1;
    noteFailed(only, 0);
    expect(picks(servers, 3)).toEqual([0, 0, 0]);
    only.down = true;
    expect(picks(servers, 1)).toEqual([-1]);
  });
});
