import { describe, expect, it } from 'vitest';
import { drawRing } from './ring.ts';
import { createRingBalancer } from './ring-virtual-nodes.ts';
import { createServerStates, serverSpec } from './servers.ts';
import type { LbRequest } from './types.ts';

const pool = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `10.0.0.${i + 1}:8080`, weight: 1 }));

function spread(shares: Readonly<Record<string, number>>): number {
  const values = Object.values(shares);
  return Math.max(...values) - Math.min(...values);
}

describe('ring drawing', () => {
  it("draws nginx's 160 points per weight with angles from their hash, shares summing to 1", () => {
    const drawing = drawRing(
      'hash-consistent',
      [
        { id: 'a:80', weight: 1 },
        { id: 'b:80', weight: 2 },
      ],
      ['k1', 'k2'],
    );
    expect(drawing.points).toHaveLength(480);
    for (const p of drawing.points) expect(p.angleDeg).toBeCloseTo((p.hash / 2 ** 32) * 360, 9);
    const total = Object.values(drawing.arcShare).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 9);
    expect(drawing.arcShare['b:80']!).toBeGreaterThan(drawing.arcShare['a:80']!);
  });

  it('lands each key on the first point clockwise and names its owner', () => {
    const drawing = drawRing('ring', pool(3), ['user-1', 'user-2', 'user-3'], 10);
    for (const k of drawing.keys) {
      const point = drawing.points[k.pointIndex]!;
      const previous = drawing.points[k.pointIndex - 1];
      const last = drawing.points.at(-1)!;
      if (previous === undefined) expect(k.hash <= point.hash || k.hash > last.hash).toBe(true);
      else expect(previous.hash < k.hash && k.hash <= point.hash).toBe(true);
      expect(k.ownerId).toBe(point.serverId);
      expect(k.landingServerId).toBe(point.serverId);
    }
  });

  it('walks past a down server to the next live one', () => {
    const p = pool(3).map((m, i) => ({ ...m, down: i === 0 }));
    const drawing = drawRing(
      'hash-consistent',
      p,
      Array.from({ length: 200 }, (_, i) => `k${i}`),
    );
    expect(drawing.keys.some((k) => k.landingServerId === '10.0.0.1:8080')).toBe(true);
    expect(drawing.keys.every((k) => k.ownerId !== '10.0.0.1:8080')).toBe(true);
  });

  it('evens out the shares as virtual nodes grow', () => {
    const few = drawRing('ring', pool(5), [], 3);
    const many = drawRing('ring', pool(5), [], 300);
    expect(spread(many.arcShare)).toBeLessThan(spread(few.arcShare));
    expect(spread(many.arcShare)).toBeLessThan(0.08);
  });
});

describe('virtual-node ring pick', () => {
  it('with every server down it answers at once, as the walk past every point would: none, all points skipped', () => {
    const specs = [serverSpec('a:80'), serverSpec('b:80'), serverSpec('c:80')];
    const servers = createServerStates(specs);
    const balancer = createRingBalancer(1000);
    balancer.init(servers);
    const req = { key: 'user-1', ip: '10.0.0.1', nowMs: 0, tried: 0, tries: 0, hash: 0 } as LbRequest;
    expect(balancer.pick(req, servers)).toBeGreaterThanOrEqual(0);
    for (const s of servers) s.down = true;
    expect(balancer.pick(req, servers)).toBe(-1);
    expect(balancer.explain(req, servers, -1)).toMatchObject({ kind: 'ring', skipped: 3000 });
    // One server back: found again, by walking the ring.
    (servers[1] as { down: boolean }).down = false;
    expect(balancer.pick(req, servers)).toBe(1);
  });
});
