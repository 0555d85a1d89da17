import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFixedWindow } from './fixed-window.ts';

const outcomes = (times: number[], limit: number, windowMs: number): string[] => {
  const fw = createFixedWindow({ limit, windowMs });
  return times.map((t) => fw.decide(t).outcome);
};

describe('fixed window', () => {
  it('counts per aligned window and resets at the boundary', () => {
    const fw = createFixedWindow({ limit: 3, windowMs: 1000 });
    expect([0, 100, 200, 300].map((t) => fw.decide(t).outcome)).toEqual(['admit', 'admit', 'admit', 'reject']);
    expect(fw.decide(300)).toMatchObject({ reason: 'window-full', measured: 4, threshold: 3 });
    expect(fw.decide(1000)).toMatchObject({ outcome: 'admit', reason: 'window-has-room', measured: 1 });
    expect(fw.snapshot()).toEqual({ algorithm: 'fixed-window', windowStartMs: 1000, count: 1 });
  });

  it('lets 2 × limit through across a boundary (the flaw)', () => {
    const late = Array.from({ length: 10 }, (_, i) => 900 + i * 10);
    const early = Array.from({ length: 10 }, (_, i) => 1000 + i * 10);
    expect(outcomes([...late, ...early], 10, 1000).filter((o) => o === 'admit')).toHaveLength(20);
  });

  it('GitHub-style 5,000 per hour: the 5,001st request in the hour is refused until the reset', () => {
    const times = Array.from({ length: 6000 }, (_, i) => i * 500); // 2 r/s for 50 minutes
    const o = outcomes([...times, 3_600_000], 5000, 3_600_000);
    expect(o.slice(0, 5000).every((x) => x === 'admit')).toBe(true);
    expect(o.slice(5000, 6000).every((x) => x === 'reject')).toBe(true);
    expect(o[6000]).toBe('admit');
  });

  it('a cost larger than what is left is refused and counts nothing', () => {
    const fw = createFixedWindow({ limit: 5, windowMs: 1000 });
    expect(fw.decide(0, 4).outcome).toBe('admit');
    expect(fw.decide(1, 2).outcome).toBe('reject');
    expect(fw.decide(2, 1).outcome).toBe('admit');
    expect(fw.level()).toBe(5);
  });

  it('property: admitted cost in every aligned window <= limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 3000 }),
        (raw, limit, windowMs) => {
          const times = [...raw].sort((a, b) => a - b);
          const fw = createFixedWindow({ limit, windowMs });
          const perWindow = new Map<number, number>();
          for (const t of times) {
            if (fw.decide(t).outcome === 'admit') {
              const k = Math.floor(t / windowMs);
              perWindow.set(k, (perWindow.get(k) ?? 0) + 1);
            }
          }
          for (const n of perWindow.values()) expect(n).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });
});
