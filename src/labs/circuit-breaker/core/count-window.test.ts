import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CELLS, windowCounts } from './breaker-types.ts';
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

  it('snapshots only the newest SNAPSHOT_CELLS calls of a large window, and counts the rest as earlier', () => {
    const w = createCountWindow(10_000);
    // 12,000 calls: the window holds the last 10,000; every third call failed, every seventh was slow.
    for (let i = 0; i < 12_000; i++) w.record(0, i % 3 === 0, i % 7 === 0);
    const snap = w.snapshot(0);
    if (snap.kind !== 'count') throw new Error('count window draws cells');
    expect(snap.outcomes).toHaveLength(SNAPSHOT_CELLS);
    // The last cell is call 11,999: 11,999 % 3 = 2 (success), 11,999 % 7 = 1 (not slow).
    expect(snap.outcomes.at(-1)).toBe('+');
    // Call 11,991 (= 7 × 1,713, and 3 × 3,997) was a slow failure: 9th from the end.
    expect(snap.outcomes.at(-9)).toBe('X');
    expect(windowCounts(snap)).toEqual({ calls: w.total, failed: w.failed, slow: w.slow });
    expect(snap.earlier?.calls).toBe(10_000 - SNAPSHOT_CELLS);
  });

  it('equals a naive recount in a window larger than a snapshot, after wrapping around', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: SNAPSHOT_CELLS + 1, max: SNAPSHOT_CELLS + 40 }),
        fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 150, maxLength: 400 }),
        (size, calls) => {
          const symbols = (f: boolean, s: boolean) => (s ? (f ? 'X' : 's') : f ? 'x' : '+');
          const w = createCountWindow(size);
          for (const [f, s] of calls) w.record(0, f, s);
          const snap = w.snapshot(0);
          if (snap.kind !== 'count') throw new Error('count window draws cells');
          expect(snap.outcomes).toBe(
            calls
              .slice(-size)
              .slice(-SNAPSHOT_CELLS)
              .map(([f, s]) => symbols(f, s))
              .join(''),
          );
          expect(windowCounts(snap)).toEqual({ calls: w.total, failed: w.failed, slow: w.slow });
        },
      ),
    );
  });
});
