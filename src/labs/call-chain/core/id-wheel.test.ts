import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdWheel } from './id-wheel.ts';
import { createTimeWheel } from './time-wheel.ts';

describe('id wheel', () => {
  it('pops events by millisecond, FIFO within one, including events added while draining', () => {
    const wheel = new IdWheel(8);
    wheel.schedule(0, 3, 2);
    wheel.schedule(0, 1, 1);
    wheel.schedule(0, 3, 3);
    const seen: string[] = [];
    for (let t = 0; t < 16; t++) {
      wheel.drain(t, (id) => {
        seen.push(`${t}:${id}`);
        if (id === 2) wheel.schedule(t, t, 4);
        if (id === 3) wheel.schedule(t, t + 7, 5); // wraps around the 8 slots
      });
    }
    expect(seen).toEqual(['1:1', '3:2', '3:3', '3:4', '10:5']);
    expect(wheel.pending).toBe(0);
  });

  it('cancelling takes one event out (head, middle, tail, also while its millisecond is drained)', () => {
    const wheel = new IdWheel(8);
    for (const id of [1, 2, 3, 4, 5]) wheel.schedule(0, 2, id);
    wheel.cancel(1);
    wheel.cancel(3);
    wheel.cancel(5);
    const seen: number[] = [];
    wheel.drain(2, (id) => {
      seen.push(id);
      if (id === 2) wheel.cancel(4); // due in this very millisecond, not yet run
      if (id === 2) wheel.schedule(2, 2, 6);
    });
    expect(seen).toEqual([2, 6]);
    expect(wheel.pending).toBe(0);
    wheel.schedule(2, 3, 1); // a cancelled id can be scheduled again
    wheel.drain(3, (id) => seen.push(id));
    expect(seen).toEqual([2, 6, 1]);
  });

  it('refuses a delay as long as the wheel', () => {
    expect(() => new IdWheel(8).schedule(0, 8, 0)).toThrow(RangeError);
  });

  it('property: the same order as the object time wheel for any schedule (each id pending once)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 })), { maxLength: 300 }), (plan) => {
        const ids = new IdWheel(32);
        const objects = createTimeWheel<number>(32);
        const a: number[] = [];
        const b: number[] = [];
        // Event i is scheduled at time plan[i][0] (for plan[i][0] + plan[i][1]), ids never reused.
        for (let t = 0; t <= 80; t++) {
          plan.forEach(([at, delay], i) => {
            if (at === t) {
              ids.schedule(t, t + delay, i);
              objects.schedule(t, t + delay, i);
            }
          });
          ids.drain(t, (id) => a.push(id));
          objects.drain(t, (id) => b.push(id));
        }
        expect(a).toEqual(b);
        expect(a.length).toBe(plan.length);
      }),
    );
  });
});
