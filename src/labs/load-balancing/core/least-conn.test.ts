import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeastConnBalancer } from './least-conn.ts';
import { createServerStates, isAvailable, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';

function setup(weights: readonly number[], conns: readonly number[]): ServerState[] {
  const servers = createServerStates(weights.map((weight, i) => serverSpec(`s${i}`, { weight })));
  servers.forEach((s, i) => (s.conns = conns[i] ?? 0));
  return servers;
}

describe('least_conn (ngx_http_upstream_get_least_conn_peer)', () => {
  it('compares conns per weight: 3 conns at weight 3 beats 2 conns at weight 1', () => {
    const servers = setup([1, 3], [2, 3]);
    const b = createLeastConnBalancer();
    const req = createRequest();
    resetRequest(req, '', '', 0);
    expect(b.pick(req, servers)).toBe(1);
  });

  it('breaks ties by weighted round robin among the tied servers only', () => {
    // s0 and s2 tie at 0 conns, s1 is busier. The tie goes round robin: s0, s2, s0, s2.
    const servers = setup([1, 1, 1], [0, 5, 0]);
    const b = createLeastConnBalancer();
    const req = createRequest();
    const seq: number[] = [];
    for (let i = 0; i < 4; i++) {
      resetRequest(req, '', '', 0);
      seq.push(b.pick(req, servers));
    }
    expect(seq).toEqual([0, 2, 0, 2]);
    expect(b.explain(req, servers, 2)).toMatchObject({ kind: 'least-conn', conns: [0, 5, 0], tied: [0, 2] });
  });

  it('never picks a server with more conns per weight than another eligible one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 10 }), conns: fc.nat(30), down: fc.boolean(), tried: fc.boolean() }), {
          minLength: 1,
          maxLength: 10,
        }),
        (rows) => {
          const servers = setup(
            rows.map((r) => r.weight),
            rows.map((r) => r.conns),
          );
          rows.forEach((r, i) => ((servers[i] as ServerState).down = r.down));
          const req = createRequest();
          resetRequest(req, '', '', 0);
          req.tried = rows.reduce((bits, r, i) => (r.tried ? bits | (1 << i) : bits), 0);
          const chosen = createLeastConnBalancer().pick(req, servers);
          const eligible = servers.filter((s, i) => !(req.tried & (1 << i)) && isAvailable(s, 0));
          if (servers.length === 1) return; // single peer: nginx uses round robin
          if (eligible.length === 0) {
            expect(chosen).toBe(-1);
            return;
          }
          const c = servers[chosen] as ServerState;
          expect(eligible).toContain(c);
          for (const s of eligible) expect(c.conns * s.weight).toBeLessThanOrEqual(s.conns * c.weight);
        },
      ),
    );
  });
});
