import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSeed, scrambledOrder, seededOrder } from './seeded-shuffle.ts';

const isPermutation = (order: readonly number[], n: number) => [...order].sort((a, b) => a - b).every((x, i) => x === i) && order.length === n;

describe('seededOrder', () => {
  it('is a permutation of 0..n-1, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.string(), (n, seed) => {
        const order = seededOrder(n, seed);
        expect(isPermutation(order, n)).toBe(true);
        expect(seededOrder(n, seed)).toEqual(order);
      }),
    );
  });

  it('puts the written first option in every position about equally often over many items', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 1; i <= 4000; i++) {
      const order = seededOrder(4, `card-${i % 400}#${Math.ceil(i / 400)}`);
      counts[order.indexOf(0)]! += 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('hashes different ids to different seeds', () => {
    expect(hashSeed('circuit-breaking#1')).not.toBe(hashSeed('circuit-breaking#2'));
    expect(hashSeed('')).toBe(0x811c9dc5);
  });
});

describe('scrambledOrder', () => {
  it('never starts in the right order when there is more than one step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.string(), (n, seed) => {
        const order = scrambledOrder(n, seed);
        expect(isPermutation(order, n)).toBe(true);
        expect(order.every((x, i) => x === i)).toBe(false);
      }),
    );
  });
});
