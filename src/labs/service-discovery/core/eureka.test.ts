import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worstCaseEureka } from './eureka.ts';
import { presets } from './presets.ts';
import { DEFAULT_TIMINGS, type Scenario } from './scenario.ts';
import { simulate } from './simulate.ts';

const eureka: Scenario = presets['eureka-defaults'];

describe('Eureka worked examples (defaults)', () => {
  it('worst case from a crash to the last call: 2 × 90 + 60 + 30 + 30 + 30 = 330 s', () => {
    const terms = worstCaseEureka(DEFAULT_TIMINGS);
    expect(terms.map((t) => [t.term, t.seconds])).toEqual([
      ['lease', 180],
      ['eviction', 60],
      ['responseCache', 30],
      ['fetch', 30],
      ['ribbon', 30],
    ]);
    expect(terms.reduce((s, t) => s + t.seconds, 0)).toBe(330);
  });

  it('evicts a crashed instance only 2 × leaseExpirationDurationInSeconds after its last renewal (Lease.isExpired)', () => {
    const run = simulate(eureka);
    const evicted = run.rows.find((r) => r.code === 'evicted');
    expect(evicted?.args['provider']).toBe('p3');
    const lastRenew = Number(evicted?.args['lastRenew']);
    expect(Number(evicted?.args['expiredAt'])).toBe(lastRenew + 180);
    expect(lastRenew).toBeLessThanOrEqual(25);
    expect(evicted!.timeMs / 1000).toBeGreaterThan(lastRenew + 180);
    expect(evicted!.timeMs / 1000).toBeLessThanOrEqual(lastRenew + 240);
  });

  it('never lets consumers call a dead instance longer than the worst case, whatever the phases', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 5, max: 60 }), (seed, crashAt) => {
        const run = simulate({ ...eureka, seed, crashAtMs: crashAt * 1000 }, { record: false });
        const w = run.main.windows[0];
        expect(w?.clearedAtMs).not.toBeNull();
        expect(((w?.clearedAtMs ?? 0) - (w?.stoppedAtMs ?? 0)) / 1000).toBeLessThanOrEqual(330);
      }),
      { numRuns: 40 },
    );
  });

  it('self-preservation: renewals below 85 % of expected stop all evictions', () => {
    const run = simulate(presets['eureka-self-preservation']);
    const sp = run.rows.find((r) => r.code === 'self-preservation');
    expect(sp?.args['threshold']).toBe(13); // (int)(8 × 2 × 0.85)
    expect(Number(sp?.args['renews'])).toBeLessThanOrEqual(13);
    expect(run.rows.some((r) => r.code === 'evicted')).toBe(false);
    expect(run.main.windows[0]?.clearedAtMs).toBeNull();
  });
});
