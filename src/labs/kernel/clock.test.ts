import { describe, expect, it } from 'vitest';
import { createVirtualClock } from './clock.ts';

describe('createVirtualClock', () => {
  it('fires due events in order, reading each event time, then lands on the target', () => {
    const clock = createVirtualClock<string>();
    clock.schedule(300, 'late');
    clock.schedule(100, 'early');
    const seen: string[] = [];
    clock.advanceTo(200, (e, at) => seen.push(`${e}@${at}/${clock.now()}`));
    expect(seen).toEqual(['early@100/100']);
    expect(clock.now()).toBe(200);
    expect(clock.pending).toBe(1);
    expect(clock.nextEventTime()).toBe(300);
  });

  it('handlers may schedule follow-up events inside the same advance', () => {
    const clock = createVirtualClock<number>();
    clock.schedule(0, 0);
    const seen: number[] = [];
    clock.advanceTo(1000, (n, at) => {
      seen.push(at);
      if (n < 5) clock.schedule(at + 250, n + 1);
    });
    expect(seen).toEqual([0, 250, 500, 750, 1000]);
    expect(clock.pending).toBe(1);
  });

  it('refuses to go backwards', () => {
    const clock = createVirtualClock<number>(500);
    clock.advanceTo(100, () => undefined);
    expect(clock.now()).toBe(500);
  });
});
