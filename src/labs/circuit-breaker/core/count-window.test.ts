import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCountWindow } from './count-window.ts';

describe('count window (FixedSizeSlidingWindowMetrics)', () => {
  it('keeps the last N outcomes and subtracts what it evicts', () => {
    const w = createCountWindow(3);
    w.record(0, true, false);
    w.record(0, true, true);
    w.record(0, false, true);
    expect([w.total, w.failed, w.slow]).toEqual([3, 2, 2]);
    w.record(0, false, false); // evicts the first failure
    expect([w.total, w.failed, w.slow]).toEqual([3, 1, 2]);
    expect(w.snapshot(0)).toEqual({ kind: 'count', size: 3, outcomes: 'Xs+' });
  });

  it('ignores time', () => {
    const w = createCountWindow(2);
    w.record(0, true, false);
    w.slideTo(1e9);
    expect(w.total).toBe(1);
  });

  it('always equals a naive recount of the last N outcomes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 60 }), (size, calls) => {
        const w = createCountWindow(size);
        for (const [f, s] of calls) w.record(0, f, s);
        const last = calls.slice(-size);
        expect(w.total).toBe(last.length);
        expect(w.failed).toBe(last.filter(([f]) => f).length);
        expect(w.slow).toBe(last.filter(([, s]) => s).length);
        const snap = w.snapshot(0);
        expect(snap.kind === 'count' && snap.outcomes.length).toBe(last.length);
      }),
    );
  });

  it('hands back the same snapshot until a call is recorded, and a fresh one after', () => {
    const symbols = (f: boolean, s: boolean) => (s ? (f ? 'X' : 's') : f ? 'x' : '+');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 30 }), (size, calls) => {
        const w = createCountWindow(size);
        const seen: string[] = [];
        for (const [f, s] of calls) {
          const before = w.snapshot(0);
          expect(w.snapshot(0)).toBe(before);
          w.record(0, f, s);
          seen.push(symbols(f, s));
          expect(w.snapshot(0)).toEqual({ kind: 'count', size, outcomes: seen.slice(-size).join('') });
        }
      }),
    );
  });
});
