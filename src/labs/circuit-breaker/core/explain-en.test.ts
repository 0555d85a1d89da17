import { describe, expect, it } from 'vitest';
import { steadyArrivals } from './arrivals-for-tests.ts';
import type { Transition } from './breaker-types.ts';
import { describeHealth, describeRejection, describeRow, describeTransition } from './explain.ts';
import { circuitBreakerPresets } from './presets.ts';
import { simulateBreaker } from './simulate.ts';

const at = (reason: Transition['reason'], from: Transition['from'] = 'CLOSED', to: Transition['to'] = 'OPEN'): Transition => ({ atMs: 0, from, to, reason });
const CJK = /[\u3400-\u9fff]/;

describe('explanations in English', () => {
  it('says which threshold tripped, against which configuration key', () => {
    const tripped = at({ code: 'rates-exceeded', failureRate: 60, slowCallRate: 100, failureRateThreshold: 50, slowCallRateThreshold: 100, calls: 10 });
    expect(describeTransition(tripped, 'resilience4j', 'en')).toBe(
      'Over 10 calls in the window, failure rate 60% ≥ failureRateThreshold 50% and slow-call rate 100% ≥ slowCallRateThreshold 100%: the breaker opens',
    );
    expect(describeTransition(at({ code: 'sentinel-threshold', grade: 'error-count', value: 11, threshold: 10, total: 90 }), 'sentinel', 'en')).toBe(
      '11 errors in the stat window > count 10 (of 90 requests): breaks',
    );
    expect(
      describeTransition(at({ code: 'probe-result', success: false, slow: true, durationMs: 900, decidedBy: 'rt' }, 'HALF_OPEN', 'OPEN'), 'sentinel', 'en'),
    ).toBe("The probe's RT is 900 ms, over the max RT: open again for another timeWindow");
  });

  it('explains rejections and backend health', () => {
    expect(describeRejection('open', 'resilience4j', 'en')).toMatch(/^breaker OPEN: rejected at once \(CallNotPermittedException\)/);
    expect(describeHealth({ kind: 'failing', failureRate: 70, latency: { kind: 'lognormal', p50Ms: 40, p99Ms: 150 } }, 'en')).toBe(
      'Backend failing: failure rate 70%, median latency 40 ms, p99 150 ms',
    );
  });

  it('every row of every preset reads without Chinese', () => {
    for (const preset of Object.values(circuitBreakerPresets)) {
      expect(`${preset.titleEn} ${preset.explanationEn}`).not.toMatch(CJK);
      const run = simulateBreaker(
        {
          breaker: preset.breaker,
          backend: preset.backend,
          arrivals: steadyArrivals(preset.traffic.ratePerSec, preset.durationMs),
          seed: preset.seed,
          durationMs: preset.durationMs,
        },
        { includeWindow: false },
      );
      const bad = run.rows.map((row) => describeRow(row, preset.breaker.model, 'en')).filter((text) => CJK.test(text) || /undefined|NaN/.test(text));
      expect(bad).toEqual([]);
    }
  });
});
