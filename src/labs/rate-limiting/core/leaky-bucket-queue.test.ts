import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeakyQueue } from './leaky-bucket-queue.ts';

describe('leaky bucket as a queue', () => {
  it('a batch of 7 at 1 r/s with 5 places: 1 served, 5 wait 1 s … 5 s, 1 rejected', () => {
    const q = createLeakyQueue({ ratePerSec: 1, queueSize: 5 });
    const seen = Array.from({ length: 7 }, () => {
      const d = q.decide(0);
      return [d.outcome, d.delayMs];
    });
    expect(seen).toEqual([
      ['admit', 0],
      ['delay', 1000],
      ['delay', 2000],
      ['delay', 3000],
      ['delay', 4000],
      ['delay', 5000],
      ['reject', 0],
    ]);
    expect(q.snapshot()).toEqual({ algorithm: 'leaky-queue', waiting: 5, leaveTimesMs: [1000, 2000, 3000, 4000, 5000], lastLeaveMs: 5000 });
    // At 2.5 s two have left: three still wait, so there is room again.
    expect(q.decide(2500)).toMatchObject({ outcome: 'delay', delayMs: 3500, measured: 3 });
  });

  it('an idle bucket serves at once; within the leak interval a request waits for its slot', () => {
    const q = createLeakyQueue({ ratePerSec: 10, queueSize: 2 });
    expect(q.decide(0).reason).toBe('queue-idle');
    expect(q.decide(40)).toMatchObject({ outcome: 'delay', reason: 'queue-wait', delayMs: 60 });
    expect(q.decide(500).reason).toBe('queue-idle');
  });

  it('queue size 0 makes a strict pacer', () => {
    const q = createLeakyQueue({ ratePerSec: 10, queueSize: 0 });
    expect([0, 50, 100, 150, 200].map((t) => q.decide(t).outcome)).toEqual(['admit', 'reject', 'admit', 'reject', 'admit']);
  });

  it('property: served times are 1/rate apart, at most queueSize wait, no wait exceeds queueSize/rate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 300 }),
        fc.constantFrom(1, 2, 4, 5, 10, 20, 50),
        fc.integer({ min: 0, max: 12 }),
        (raw, rate, queueSize) => {
          const times = [...raw].sort((a, b) => a - b);
          const q = createLeakyQueue({ ratePerSec: rate, queueSize });
          const served: number[] = [];
          for (const t of times) {
            const d = q.decide(t);
            if (d.outcome !== 'reject') served.push(t + d.delayMs);
            expect(q.level()).toBeLessThanOrEqual(queueSize);
            expect(d.delayMs).toBeLessThanOrEqual((queueSize * 1000) / rate);
          }
          for (let i = 1; i < served.length; i++) expect((served[i] as number) - (served[i - 1] as number)).toBeGreaterThanOrEqual(1000 / rate);
        },
      ),
    );
  });
});
