import { describe, expect, it } from 'vitest';
import { createTimeWheel } from './time-wheel.ts';

describe('time wheel', () => {
  it('pops events by millisecond, FIFO within one, including events added while draining', () => {
    const wheel = createTimeWheel<string>(8);
    wheel.schedule(0, 3, 1, 'b');
    wheel.schedule(0, 1, 1, 'a');
    wheel.schedule(0, 3, 2, 'c');
    const seen: string[] = [];
    for (let t = 0; t < 8; t++) {
      wheel.drain(t, (kind, ref) => {
        seen.push(`${t}:${ref}${kind}`);
        if (ref === 'b') wheel.schedule(t, t, 9, 'd');
      });
    }
    expect(seen).toEqual(['1:a1', '3:b1', '3:c2', '3:d9']);
    expect(wheel.pending).toBe(0);
  });

  it('refuses a delay as long as the wheel', () => {
    const wheel = createTimeWheel<number>(8);
    expect(() => wheel.schedule(0, 8, 0, 0)).toThrow(RangeError);
  });
});
