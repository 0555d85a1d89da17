import { describe, expect, it } from 'vitest';
import { steadyArrivals } from './arrivals-for-tests.ts';
import type { Transition } from './breaker-types.ts';
import { describeHealth, describeRejection, describeRow, describeTransition, formatDuration, formatPercent } from './explain.ts';
import { circuitBreakerPresets } from './presets.ts';
import { simulateBreaker } from './simulate.ts';

const at = (reason: Transition['reason'], from: Transition['from'] = 'CLOSED', to: Transition['to'] = 'OPEN'): Transition => ({ atMs: 0, from, to, reason });

describe('explanations', () => {
  it('formats numbers the way the sentences need them', () => {
    expect([formatPercent(50), formatPercent(100 / 3), formatDuration(60_000), formatDuration(1_500), formatDuration(800)]).toEqual([
      '50',
      '33.3',
      '60 s',
      '1.5 s',
      '800 ms',
    ]);
  });

  it('says which threshold tripped, against which configuration key', () => {
    const tripped = at({ code: 'rates-exceeded', failureRate: 60, slowCallRate: 100, failureRateThreshold: 50, slowCallRateThreshold: 100, calls: 10 });
    expect(describeTransition(tripped, 'resilience4j')).toBe(
      '窗口内 10 次调用失败率 60% ≥ failureRateThreshold 50%，且慢调用比例 100% ≥ slowCallRateThreshold 100%：熔断器打开',
    );
    expect(describeTransition(at({ code: 'sentinel-threshold', grade: 'error-count', value: 11, threshold: 10, total: 90 }), 'sentinel')).toBe(
      '统计窗口内异常数 11 > count 10（共 90 个请求）：熔断',
    );
    expect(describeTransition(at({ code: 'error-percentage', errorPercentage: 55, threshold: 50, requests: 70 }), 'hystrix')).toMatch(
      /errorThresholdPercentage 50%/,
    );
    expect(describeTransition(at({ code: 'wait-elapsed', waitMs: 60_000, automatic: false }, 'OPEN', 'HALF_OPEN'), 'resilience4j')).toMatch(
      /waitDurationInOpenState 60 s/,
    );
    expect(
      describeTransition(at({ code: 'probe-result', success: false, slow: true, durationMs: 900, decidedBy: 'rt' }, 'HALF_OPEN', 'OPEN'), 'sentinel'),
    ).toMatch(/RT 900 ms，超过最大 RT：重新打开/);
  });

  it('explains rejections in each engine’s terms', () => {
    expect(describeRejection('open', 'resilience4j')).toMatch(/CallNotPermittedException/);
    expect(describeRejection('half-open-full', 'sentinel')).toMatch(/只放行一个探测请求/);
    expect(describeHealth(circuitBreakerPresets['resilience4j-default'].backend.phases[1] as never)).toBe('后端故障：失败率 70%，延迟中位 40 ms、p99 150 ms');
  });

  it('has a Chinese sentence for every row of every preset', () => {
    for (const p of Object.values(circuitBreakerPresets)) {
      const run = simulateBreaker(
        { breaker: p.breaker, backend: p.backend, arrivals: steadyArrivals(p.traffic.ratePerSec, p.durationMs), seed: p.seed, durationMs: p.durationMs },
        { includeWindow: false },
      );
      const bad = run.rows.map((row) => describeRow(row, p.breaker.model)).filter((text) => !/[\u4e00-\u9fff]/.test(text) || /undefined|NaN/.test(text));
      expect(bad).toEqual([]);
    }
  });
});
