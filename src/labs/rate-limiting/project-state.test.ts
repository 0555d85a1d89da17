import { describe, expect, it } from 'vitest';
import { createLimiter, defaultParams } from './core/algorithms.ts';
import type { AlgorithmId, StateOf } from './core/limiter.ts';
import type { RunEntry } from './core/simulate.ts';
import { excessAt, fixedWindowAt, gcraTiming, queueAt, slidingCounterAt, tokensAt, waterAt } from './project-state.ts';

const entry = (algorithm: AlgorithmId, params: Record<string, number | string | boolean> = {}): RunEntry => ({
  algorithm,
  params: { ...defaultParams(algorithm), ...params },
});

// The picture's aging between requests must agree with what the engine itself computes next.
describe('state between requests', () => {
  it('token bucket refills like the engine', () => {
    const e = entry('token-bucket', { rate: 5, capacity: 10, initial: 0 });
    const limiter = createLimiter(e.algorithm, e.params);
    limiter.decide(0);
    const state = limiter.snapshot() as StateOf<'token-bucket'>;
    expect(tokensAt(state, e, 700)).toBeCloseTo(3.5);
    expect(tokensAt(state, e, 60_000)).toBe(10);
    const d = limiter.decide(700);
    expect(d.measured).toBeCloseTo(tokensAt(state, e, 700));
  });

  it('meter leaks, nginx excess drains in its integer units', () => {
    const meter = entry('leaky-meter', { rate: 2, capacity: 10 });
    expect(waterAt({ algorithm: 'leaky-meter', water: 4, lastMs: 1000 }, meter, 2000)).toBe(2);
    const nginx = entry('nginx', { rate: 30, unit: 'r/m', burst: 5 });
    // 30r/m is 500 per 1000 s in nginx units: 2 s drain one request.
    expect(excessAt({ algorithm: 'nginx', excess: 3000, lastMs: 0 }, nginx, 2000)).toBe(2);
    expect(excessAt({ algorithm: 'nginx', excess: 0, lastMs: null }, nginx, 2000)).toBe(0);
  });

  it('queued requests leave at their times; windows roll over', () => {
    expect(queueAt({ algorithm: 'leaky-queue', waiting: 3, leaveTimesMs: [200, 400, 600], lastLeaveMs: 600 }, 450)).toEqual({
      leaveTimesMs: [600],
      waiting: 1,
    });
    const fw = entry('fixed-window', { limit: 10, window: 1 });
    expect(fixedWindowAt({ algorithm: 'fixed-window', windowStartMs: 1000, count: 7 }, fw, 1500)).toEqual({ startMs: 1000, count: 7 });
    expect(fixedWindowAt({ algorithm: 'fixed-window', windowStartMs: 1000, count: 7 }, fw, 2100)).toEqual({ startMs: 2000, count: 0 });
    const sc = entry('sliding-counter', { limit: 10, window: 1 });
    const state: StateOf<'sliding-counter'> = { algorithm: 'sliding-counter', windowStartMs: 1000, previousCount: 8, currentCount: 4, estimate: 0 };
    expect(slidingCounterAt(state, sc, 1250)).toMatchObject({ previous: 8, current: 4, estimate: 8 * 0.75 + 4 });
    expect(slidingCounterAt(state, sc, 2500)).toMatchObject({ previous: 4, current: 0, estimate: 2 });
    expect(slidingCounterAt(state, sc, 3500)).toMatchObject({ previous: 0, current: 0 });
  });

  it('GCRA timing follows redis-cell (15 30 60: T = 2 s, τ = 32 s)', () => {
    expect(gcraTiming(entry('gcra', { max_burst: 15, count: 30, period: 60 }))).toEqual({ emissionMs: 2000, toleranceMs: 32_000, limit: 16 });
  });
});
