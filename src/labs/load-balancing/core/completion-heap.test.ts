import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompletionHeap, payloadSeq, payloadSlot, peekPayload, peekTime, popCompletion, pushCompletion } from './completion-heap.ts';

describe('completion heap', () => {
  it('pops entries in finish-time order and keeps seq and slot with their time', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.nat(2_000_000), fc.nat(63)), { maxLength: 600 }), (entries) => {
        const h = createCompletionHeap(4);
        for (const [t, seq, slot] of entries) pushCompletion(h, t, seq, slot);
        const popped: [number, number, number][] = [];
        while (h.size > 0) {
          const payload = peekPayload(h);
          const seq = payloadSeq(payload);
          popped.push([peekTime(h), seq, payloadSlot(payload, seq)]);
          popCompletion(h);
        }
        expect(popped.map((e) => e[0])).toEqual(entries.map((e) => e[0]).sort((a, b) => a - b));
        const key = (e: readonly [number, number, number]): string => e.join('/');
        expect(popped.map(key).sort()).toEqual(entries.map(key).sort());
        expect(peekTime(h)).toBe(Infinity);
      }),
    );
  });
});
