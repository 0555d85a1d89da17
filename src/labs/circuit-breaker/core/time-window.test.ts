import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_BUCKETS, windowCounts } from './breaker-types.ts';
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
        fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 55, max: 90 })),
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
            expect(windowCounts(snap)).toEqual({ calls: w.total, failed: w.failed, slow: w.slow });
            expect(snap.buckets.length).toBe(Math.min(size, SNAPSHOT_BUCKETS));
          }
        },
      ),
    );
  });

  it('snapshots only the newest SNAPSHOT_BUCKETS seconds of a large window, and counts the rest as earlier', () => {
    const w = createTimeWindow(10_000, 0);
    for (let second = 0; second < 100; second++) w.record(second * 1000 + 1, second % 2 === 0, second % 5 === 0);
    const snap = w.snapshot(99_500);
    if (snap.kind !== 'buckets') throw new Error('time window draws buckets');
    expect(snap.buckets).toHaveLength(SNAPSHOT_BUCKETS);
    expect(snap.buckets[0]?.startMs).toBe(40_000);
    expect(snap.buckets.at(-1)?.startMs).toBe(99_000);
    // Seconds 0–39 are left out: 40 calls, the 20 even seconds failed, seconds 0,5,…,35 slow.
    expect(snap.earlier).toEqual({ calls: 40, failed: 20, slow: 8 });
    expect(windowCounts(snap)).toEqual({ calls: w.total, failed: w.failed, slow: w.slow });
  });
});
