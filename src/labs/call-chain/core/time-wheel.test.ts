import { describe, expect, it } from 'vitest';
import { createTimeWheel } from './time-wheel.ts';

describe('time wheel', () => {
  it('pops events by millisecond, FIFO within one, including events added while draining', () => {
    const wheel = createTimeWheel<string>(8);
    wheel.schedule(0, 3, 'b');
    wheel.schedule(0, 1, 'a');
    wheel.schedule(0, 3, 'c');
    const seen: string[] = [];
    for (let t = 0; t < 16; t++) {
      wheel.drain(t, (ref) => {
        seen.push(`${t}:${ref}`);
        if (ref === 'b') wheel.schedule(t, t, 'd');
        if (ref === 'c') wheel.schedule(t, t + 7, 'e'); // wraps around the 8 slots
      });
    }
    expect(seen).toEqual(['1:a', '3:b', '3:c', '3:d', '10:e']);
    expect(wheel.pending).toBe(0);
  });

  it('refuses a delay as long as the wheel', () => {
    const wheel = createTimeWheel<number>(8);
    expect(() => wheel.schedule(0, 8, 0)).toThrow(RangeError);
  });
});
