import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { createPeakEwmaBalancer, PEAK_EWMA_PENALTY } from './peak-ewma.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest } from './types.ts';

describe('peak EWMA (Finagle PeakEwma.scala)', () => {
  it('jumps to a slower response, decays with exp(-elapsed/tau), and multiplies by pending + 1', () => {
    const b = createPeakEwmaBalancer(createRandom(1), 1000);
    const [s] = createServerStates([serverSpec('a')]) as [ServerState];
    b.init([s]);
    expect(b.loadOf(s, 0)).toBe(0);
    s.conns = 1; // a request in flight, no history yet: the probe penalty
    expect(b.loadOf(s, 100)).toBe(PEAK_EWMA_PENALTY + 1);
    s.conns = 0;
    b.onFinish?.(s, 200, 300); // rtt 200 > cost 0: cost = 200 (the peak)
    expect(b.loadOf(s, 300)).toBe(200);
    // one tau later, the reads have decayed it towards 0: 200·e^-1
    expect(b.loadOf(s, 1300)).toBeCloseTo(200 * Math.exp(-1), 9);
    // a faster response is blended in by how much time passed since the last observation
    b.onFinish?.(s, 50, 1800);
    const decayed = 200 * Math.exp(-1);
    const w = Math.exp(-0.5);
    expect(b.costOf(s.slot)).toBeCloseTo(decayed * w + 50 * (1 - w), 9);
    s.conns = 2;
    expect(b.loadOf(s, 1800)).toBeCloseTo(b.costOf(s.slot) * 3, 9);
  });

  it('of two candidates picks the lower load, and avoids a server right after one slow response', () => {
    const servers = createServerStates([serverSpec('a'), serverSpec('b')]);
    const b = createPeakEwmaBalancer(createRandom(7));
    b.init(servers);
    b.onFinish?.(servers[0] as ServerState, 20, 1000);
    b.onFinish?.(servers[1] as ServerState, 500, 1000); // b had one slow response
    const req = createRequest();
    for (let i = 0; i < 20; i++) {
      resetRequest(req, '', '', 1000 + i);
      expect(b.pick(req, servers)).toBe(0);
    }
    expect(b.explain(req, servers, 0)).toMatchObject({ kind: 'peak-ewma' });
  });
});
