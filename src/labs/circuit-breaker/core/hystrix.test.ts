import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHystrixBreaker, HYSTRIX_DEFAULTS } from './hystrix.ts';
import type { CircuitBreakerModel, Transition } from './breaker-types.ts';

function call(cb: CircuitBreakerModel, t: number, success: boolean, ms = 10): Transition[] {
  const fired = [...cb.advance(t)];
  const d = cb.tryAcquire(t);
  if (d.transition) fired.push(d.transition);
  if (d.permitted) {
    const r = cb.onResult(t, ms, success);
    if (r) fired.push(r);
  }
  return fired;
}

describe('Hystrix circuit breaker', () => {
  it('uses the HystrixCommandProperties defaults', () => {
    expect(HYSTRIX_DEFAULTS).toEqual({
      requestVolumeThreshold: 20,
      errorThresholdPercentage: 50,
      sleepWindowInMilliseconds: 5000,
      metricsRollingStatsTimeInMilliseconds: 10_000,
      metricsHealthSnapshotIntervalInMilliseconds: 500,
      executionTimeoutInMilliseconds: 1000,
    });
  });

  it('does not open below requestVolumeThreshold, even at 100 % errors', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 19; i++) call(cb, i * 10, false);
    cb.advance(5_000);
    expect(cb.state()).toBe('CLOSED');
  });

  it('opens at the next health snapshot, not at the failing call', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 20; i++) call(cb, 100 + i, false);
    expect(cb.state()).toBe('CLOSED'); // the bucket [0, 500) has not been emitted yet
    const fired = cb.advance(500);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      atMs: 500,
      from: 'CLOSED',
      to: 'OPEN',
      reason: { code: 'error-percentage', errorPercentage: 100, requests: 20, threshold: 50 },
    });
  });

  it('truncates the error percentage like (int) (errors / total * 100): 49.9 % stays closed at 50', () => {
    const cb = createHystrixBreaker({ ...HYSTRIX_DEFAULTS, requestVolumeThreshold: 1 });
    for (let i = 0; i < 501; i++) call(cb, 0, true);
    for (let i = 0; i < 499; i++) call(cb, 0, false);
    cb.advance(500);
    expect(cb.metrics(500).failureRate).toBe(49);
    expect(cb.state()).toBe('CLOSED');
  });

  it('only the first call strictly after the sleep window goes through, and it decides alone', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 20; i++) call(cb, 0, false);
    cb.advance(500); // opened at 500
    expect(cb.tryAcquire(5_500)).toMatchObject({ permitted: false, rejection: 'open' });
    const test = cb.tryAcquire(5_501);
    expect(test.transition).toMatchObject({ from: 'OPEN', to: 'HALF_OPEN' });
    expect(cb.tryAcquire(5_502)).toMatchObject({ permitted: false, rejection: 'half-open-full' });
    expect(cb.onResult(5_520, 19, true)).toMatchObject({ from: 'HALF_OPEN', to: 'CLOSED', reason: { code: 'probe-result', success: true } });
    expect(cb.metrics(5_520).bufferedCalls).toBe(0); // resetStream
  });

  it('a failed test request reopens for a new sleep window', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 20; i++) call(cb, 0, false);
    cb.advance(500);
    cb.tryAcquire(5_501);
    expect(cb.onResult(6_501, 1000, false)).toMatchObject({ to: 'OPEN', reason: { slow: true } }); // a timeout
    expect(cb.tryAcquire(11_501).permitted).toBe(false);
    expect(cb.tryAcquire(11_502).permitted).toBe(true);
  });

  it('forgets results older than the rolling window', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 15; i++) call(cb, 0, false);
    for (let i = 0; i < 15; i++) call(cb, 10_600, false); // the first 15 left the 10 s window
    cb.advance(11_000);
    expect(cb.metrics(11_000).bufferedCalls).toBe(15);
    expect(cb.state()).toBe('CLOSED');
  });

  it('restarts its buckets at the close, aligned to the close time', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    for (let i = 0; i < 20; i++) call(cb, 0, false);
    cb.advance(500);
    cb.tryAcquire(5_501);
    cb.onResult(5_600, 99, true); // closed at 5 600: buckets now end at 6 100, 6 600…
    for (let i = 0; i < 20; i++) call(cb, 5_700, false);
    expect(cb.advance(6_099)).toEqual([]);
    expect(cb.advance(6_100)[0]).toMatchObject({ atMs: 6_100, to: 'OPEN' });
  });

  it('shares its window snapshot between events that do not change it, and agrees with the health counts', () => {
    const cb = createHystrixBreaker(HYSTRIX_DEFAULTS);
    const sum = (t: number) => {
      const w = cb.window(t);
      return w.kind === 'buckets' ? w.buckets.reduce((n, b) => n + b.calls, 0) : -1;
    };
    for (let i = 0; i < 5; i++) call(cb, 100, false);
    cb.advance(500);
    const first = cb.window(500);
    expect(cb.window(600)).toBe(first);
    expect(sum(600)).toBe(cb.metrics(600).bufferedCalls);
    call(cb, 700, true); // recorded in the bucket in progress: not in the snapshot yet, but a new object
    expect(cb.window(700)).not.toBe(first);
    cb.advance(1_000);
    expect([sum(1_000), cb.metrics(1_000).bufferedCalls]).toEqual([6, 6]);
  });

  it('keeps the health counts equal to a recount of the last n emitted buckets (running sums, idle gaps)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 5, max: 200 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.boolean()), { maxLength: 120 }),
        (n, bucketMs, steps) => {
          // A threshold it never reaches: the breaker stays CLOSED and the stream is never reset.
          const cb = createHystrixBreaker({
            ...HYSTRIX_DEFAULTS,
            requestVolumeThreshold: 100_000,
            metricsHealthSnapshotIntervalInMilliseconds: bucketMs,
            metricsRollingStatsTimeInMilliseconds: n * bucketMs,
          });
          const recorded: { bucket: number; error: boolean }[] = [];
          let t = 0;
          for (const [gap, success] of steps) {
            t += gap;
            call(cb, t, success);
            recorded.push({ bucket: Math.floor(t / bucketMs), error: !success });
            const emitted = Math.floor(t / bucketMs) - 1;
            const inWindow = recorded.filter((r) => r.bucket > emitted - n && r.bucket <= emitted);
            const m = cb.metrics(t);
            expect([m.bufferedCalls, m.failedCalls]).toEqual([inWindow.length, inWindow.filter((r) => r.error).length]);
          }
        },
      ),
    );
  });
});
