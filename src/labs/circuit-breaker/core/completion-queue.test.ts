import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompletionQueue } from './completion-queue.ts';

describe('completion queue', () => {
  it('pops by finish time, then by call id', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 80 }), (times) => {
        const q = createCompletionQueue();
        times.forEach((t, id) => q.push(t, id));
        const popped: [number, number][] = [];
        while (q.size > 0) {
          const t = q.peekTime();
          popped.push([t, q.pop()]);
        }
        const expected = times.map((t, id) => [t, id] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(popped).toEqual(expected);
        expect(q.peekTime()).toBe(Infinity);
      }),
    );
  });
});
