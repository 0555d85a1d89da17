import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeWindow } from './time-window.ts';

describe('time window (SlidingTimeWindowMetrics)', () => {
  it('aggregates the calls of the last N epoch seconds', () => {
    const w = createTimeWindow(3, 0);
    w.record(100, true, false); // second 0
    w.record(1_500, false, true); // second 1
    w.record(2_999, true, true); // second 2
    expect([w.total, w.failed, w.slow]).toEqual([3, 2, 2]);
    w.slideTo(3_000); // second 3: second 0 falls out
    expect([w.total, w.failed, w.slow]).toEqual([2, 1, 2]);
    w.slideTo(10_000); // long idle: everything falls out
    expect([w.total, w.failed, w.slow]).toEqual([0, 0, 0]);
  });

  it('draws its buckets oldest first', () => {
    const w = createTimeWindow(3, 0);
    w.record(0, true, false);
    w.record(2_100, false, false);
    const snap = w.snapshot(2_500);
    expect(snap).toEqual({
      kind: 'buckets',
      bucketMs: 1000,
      buckets: [
        { startMs: 0, calls: 1, failed: 1, slow: 0 },
        { startMs: 1000, calls: 0, failed: 0, slow: 0 },
        { startMs: 2000, calls: 1, failed: 0, slow: 0 },
      ],
    });
  });

  it('always equals a naive recount of the calls in the last N seconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.boolean(), fc.boolean()), { maxLength: 50 }),
        (size, steps) => {
          const w = createTimeWindow(size, 0);
          let t = 0;
          const log: { second: number; f: boolean; s: boolean }[] = [];
          for (const [gap, f, s] of steps) {
            t += gap;
            w.record(t, f, s);
            log.push({ second: Math.floor(t / 1000), f, s });
          }
          const now = Math.floor(t / 1000);
          const live = log.filter((c) => c.second > now - size);
          expect(w.total).toBe(live.length);
          expect(w.failed).toBe(live.filter((c) => c.f).length);
          expect(w.slow).toBe(live.filter((c) => c.s).length);
        },
      ),
    );
  });

  it('keeps snapshots in step with the totals when they are taken between records', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2_500 }), fc.boolean(), fc.boolean(), fc.boolean()), { maxLength: 40 }),
        (size, steps) => {
          const w = createTimeWindow(size, 0);
          let t = 0;
          for (const [gap, f, s, peek] of steps) {
            t += gap;
            if (peek) {
              const a = w.snapshot(t);
              expect(w.snapshot(t)).toBe(a);
            }
            w.record(t, f, s);
            const snap = w.snapshot(t);
            if (snap.kind !== 'buckets') throw new Error('time window draws buckets');
            expect(snap.buckets.reduce((n, b) => n + b.calls, 0)).toBe(w.total);
            expect(snap.buckets.reduce((n, b) => n + b.failed, 0)).toBe(w.failed);
            expect(snap.buckets.reduce((n, b) => n + b.slow, 0)).toBe(w.slow);
          }
        },
      ),
    );
  });
});
