import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventQueue } from './event-queue.ts';

describe('createEventQueue', () => {
  it('pops in time order, ties in push order', () => {
    const q = createEventQueue<string>();
    q.push(30, 'c');
    q.push(10, 'a1');
    q.push(20, 'b');
    q.push(10, 'a2');
    expect(q.size).toBe(4);
    expect(q.peekTime()).toBe(10);
    expect(q.toArray().map((e) => e.value)).toEqual(['a1', 'a2', 'b', 'c']);
    expect([q.pop(), q.pop(), q.pop(), q.pop(), q.pop()]).toEqual(['a1', 'a2', 'b', 'c', undefined]);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('popUntil fires every due event with its time', () => {
    const q = createEventQueue<number>();
    [5, 1, 9, 3].forEach((t) => q.push(t, t * 10));
    const seen: [number, number][] = [];
    expect(q.popUntil(5, (v, t) => seen.push([v, t]))).toBe(3);
    expect(seen).toEqual([
      [10, 1],
      [30, 3],
      [50, 5],
    ]);
    expect(q.size).toBe(1);
    q.clear();
    expect(q.size).toBe(0);
  });

  it('property: behaves like a stable sort by time', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean())), (ops) => {
        const q = createEventQueue<number>();
        const model: { t: number; v: number }[] = [];
        const popped: number[] = [];
        const expected: number[] = [];
        ops.forEach(([t, popFirst], v) => {
          if (popFirst && model.length > 0) {
            model.sort((a, b) => a.t - b.t || a.v - b.v);
            expected.push((model.shift() as { v: number }).v);
            popped.push(q.pop() as number);
          }
          q.push(t, v);
          model.push({ t, v });
        });
        model.sort((a, b) => a.t - b.t || a.v - b.v);
        expect(popped).toEqual(expected);
        expect(q.toArray().map((e) => e.value)).toEqual(model.map((m) => m.v));
      }),
    );
  });
});
