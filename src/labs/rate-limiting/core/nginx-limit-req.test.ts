import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeakyQueue } from './leaky-bucket-queue.ts';
import { createNginxLimitReq, toNginxUnits, type NginxLimitReqConfig } from './nginx-limit-req.ts';

const config = (over: Partial<NginxLimitReqConfig>): NginxLimitReqConfig => ({ rate: 1, unit: 'r/s', burst: 0, delay: 0, nodelay: false, ...over });

const batch = (c: NginxLimitReqConfig, n: number, at = 0): [string, number, number][] => {
  const lim = createNginxLimitReq(c);
  return Array.from({ length: n }, () => {
    const d = lim.decide(at);
    return [d.outcome, d.delayMs, d.measured];
  });
};

describe('nginx limit_req (ngx_http_limit_req_module.c)', () => {
  it('units: rate in requests per 1000 s with integer division, burst and delay ×1000', () => {
    expect(toNginxUnits(config({ rate: 10 }))).toEqual({ rate: 10_000, burst: 0, delay: 0 });
    expect(toNginxUnits(config({ rate: 30, unit: 'r/m', burst: 5, delay: 3 }))).toEqual({ rate: 500, burst: 5000, delay: 3000 });
    expect(toNginxUnits(config({ rate: 10, unit: 'r/m' })).rate).toBe(166); // 10000 / 60, truncated
  });

  it('rate=1r/s burst=5, a batch of 7: 1 served, 5 delayed 1 s … 5 s, the 7th gets 503', () => {
    expect(batch(config({ burst: 5 }), 7)).toEqual([
      ['admit', 0, 0],
      ['delay', 1000, 1],
      ['delay', 2000, 2],
      ['delay', 3000, 3],
      ['delay', 4000, 4],
      ['delay', 5000, 5],
      ['reject', 0, 6],
    ]);
  });

  it('burst=5 nodelay: the 6 within the burst are served at once, the 7th rejected', () => {
    expect(batch(config({ burst: 5, nodelay: true }), 7).map((x) => x[0])).toEqual(['admit', 'admit', 'admit', 'admit', 'admit', 'admit', 'reject']);
  });

  it('burst=5 delay=3: excess up to 3 passes at once, then (excess − 3) / rate', () => {
    expect(batch(config({ burst: 5, delay: 3 }), 7).map((x) => [x[0], x[1]])).toEqual([
      ['admit', 0],
      ['admit', 0],
      ['admit', 0],
      ['admit', 0],
      ['delay', 1000],
      ['delay', 2000],
      ['reject', 0],
    ]);
  });

  it('rate=10r/s burst=5: the excess drains 1 request per 100 ms; a rejection changes nothing', () => {
    const lim = createNginxLimitReq(config({ rate: 10, burst: 5 }));
    for (let i = 0; i < 6; i++) lim.decide(0);
    expect(lim.snapshot()).toEqual({ algorithm: 'nginx', excess: 5000, lastMs: 0 });
    expect(lim.decide(50)).toMatchObject({ outcome: 'reject', reason: 'nginx-reject', measured: 5.5, threshold: 5 });
    expect(lim.snapshot()).toEqual({ algorithm: 'nginx', excess: 5000, lastMs: 0 });
    // 100 ms later: 5000 − 10000·100/1000 + 1000 = 5000 → delayed (5000 · 1000 / 10000) = 500 ms.
    expect(lim.decide(100)).toMatchObject({ outcome: 'delay', delayMs: 500, reason: 'nginx-delay' });
  });

  it('without burst, a request sooner than 1/rate is rejected (rate=10r/s, 99 ms apart)', () => {
    const lim = createNginxLimitReq(config({ rate: 10 }));
    expect(lim.decide(0).outcome).toBe('admit');
    expect(lim.decide(99)).toMatchObject({ outcome: 'reject', measured: 0.01 });
    expect(lim.decide(100).outcome).toBe('admit');
  });

  it('r/m truncation: rate=10r/m drains 166 per second, so 6 s later 4 units remain', () => {
    const lim = createNginxLimitReq(config({ rate: 10, unit: 'r/m', burst: 2 }));
    lim.decide(0);
    lim.decide(0); // excess 1000
    expect(lim.decide(6000)).toMatchObject({ outcome: 'delay', measured: 1.004, delayMs: Math.floor((1004 * 1000) / 166) });
  });

  it('works in whole milliseconds like ngx_current_msec', () => {
    const lim = createNginxLimitReq(config({ rate: 10 }));
    lim.decide(0.2);
    expect(lim.decide(99.9).outcome).toBe('reject');
    expect(lim.decide(100.7).outcome).toBe('admit');
    expect(lim.snapshot().lastMs).toBe(100);
  });

  const arrivals = fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 300 }).map((a) => [...a].sort((x, y) => x - y));

  it('property: excess never exceeds burst', () => {
    fc.assert(
      fc.property(
        arrivals,
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom<'r/s' | 'r/m'>('r/s', 'r/m'),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        (times, rate, unit, burst, nodelay) => {
          const lim = createNginxLimitReq(config({ rate, unit, burst, nodelay }));
          for (const t of times) {
            lim.decide(t);
            expect(lim.snapshot().excess).toBeLessThanOrEqual(burst * 1000);
            expect(lim.snapshot().excess).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('without burst, jittery arrivals under-admit: 26 r/s offered 52 r/s passes about 101 in 5 s, not 130', () => {
    // Arrivals 19.23 ms apart land 38 ms after an admission half the time: 26 × 38 = 988 < 1000,
    // so the excess is 12 > burst 0 and the request is refused. A burst of 1 absorbs that jitter.
    const count = (burst: number): number => {
      const lim = createNginxLimitReq(config({ rate: 26, burst }));
      let passed = 0;
      for (let t = 0; t < 5000; t += 1000 / 52) if (lim.decide(t).outcome !== 'reject') passed++;
      return passed;
    };
    expect(count(0)).toBe(101);
    expect(count(1)).toBeGreaterThanOrEqual(129);
  });

  it('property: in the long run it admits at the configured rate (≤ 1 + burst + r·T, and ≥ r·T − slack under overload with burst ≥ 1)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 2, max: 6 }),
        (rate, burst, nodelay, seconds, overload) => {
          const lim = createNginxLimitReq(config({ rate, burst, nodelay }));
          const gap = 1000 / (rate * overload);
          let passed = 0;
          for (let t = 0; t < seconds * 1000; t += gap) if (lim.decide(t).outcome !== 'reject') passed++;
          expect(passed).toBeLessThanOrEqual(1 + burst + rate * seconds);
          // Slack: the last interval in progress, whole-ms arrival rounding, and the 1/1000 truncations.
          expect(passed).toBeGreaterThanOrEqual(rate * seconds * 0.99 - 2);
        },
      ),
    );
  });

  it('property: without nodelay/delay it is the leaky bucket as a queue (queue = burst) for r dividing 1000', () => {
    fc.assert(
      fc.property(arrivals, fc.constantFrom(1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100), fc.integer({ min: 0, max: 10 }), (times, rate, burst) => {
        const lim = createNginxLimitReq(config({ rate, burst }));
        const q = createLeakyQueue({ ratePerSec: rate, queueSize: burst });
        for (const t of times) {
          const a = lim.decide(t);
          const b = q.decide(t);
          expect([a.outcome, a.delayMs]).toEqual([b.outcome, b.delayMs]);
        }
      }),
    );
  });
});
