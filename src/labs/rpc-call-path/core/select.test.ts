import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../kernel/random.ts';
import { createBalancer, select, type Candidate } from './select.ts';

const three = (weights = [100, 100, 100]): Candidate[] => weights.map((weight, index) => ({ index, weight, available: true }));

describe('load balancers', () => {
  it('smooth weighted round robin spreads 5,1,1 as a a b a c a a', () => {
    const rr = createBalancer('roundrobin', createRandom(1));
    const list = three([5, 1, 1]);
    expect(Array.from({ length: 7 }, () => 'abc'[rr.pick(list).index]).join(' ')).toBe('a a b a c a a');
  });

  it('weighted random picks in proportion to weight', () => {
    const random = createBalancer('random', createRandom(3));
    const list = three([300, 100, 100]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 50_000; i++) counts[random.pick(list).index]! += 1;
    expect(counts[0]! / 50_000).toBeCloseTo(0.6, 1);
    expect(counts[1]! / 50_000).toBeCloseTo(0.2, 1);
  });
});

describe('select (AbstractClusterInvoker.doSelect / reselect)', () => {
  it('never returns an invoked provider while a fresh available one exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 63 }), (seed, n, mask) => {
        const list = three(Array.from({ length: n }, () => 100));
        const invoked = new Set(list.map((c) => c.index).filter((i) => (mask >> i) & 1));
        const s = select(createBalancer('random', createRandom(seed)), list, invoked);
        if (invoked.size < n) expect(invoked.has(s.index)).toBe(false);
      }),
    );
  });

  it('skips a provider whose connection is gone', () => {
    const list = three().map((c) => (c.index === 0 ? { ...c, available: false } : c));
    for (let seed = 0; seed < 50; seed++) expect(select(createBalancer('random', createRandom(seed)), list, new Set()).index).not.toBe(0);
  });

  it('goes back to invoked providers when all have been tried, and takes a lone provider as is', () => {
    const s = select(createBalancer('roundrobin', createRandom(1)), three(), new Set([0, 1, 2]));
    expect([0, 1, 2]).toContain(s.index);
    expect(select(createBalancer('random', createRandom(1)), [{ index: 4, weight: 100, available: false }], new Set([4])).index).toBe(4);
  });
});
