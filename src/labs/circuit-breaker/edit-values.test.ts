import { describe, expect, it } from 'vitest';
import { parseCircuitBreakerParams, presetParams, toCircuitBreakerSearch } from './core/params.ts';
import { addAction, addSend, patchResilience4j, switchGrade, switchModel } from './edit-values.ts';

const roundTrip = (v: ReturnType<typeof presetParams>) => parseCircuitBreakerParams(toCircuitBreakerSearch(v));

describe('form edits of the URL values', () => {
  it('switches model to that model’s starting values and drops manual actions outside Resilience4j', () => {
    const withAction = addAction(presetParams('resilience4j-default'), 12_345.4, 'FORCED_OPEN');
    expect(withAction.actions).toEqual([{ atMs: 12_345, target: 'FORCED_OPEN' }]);
    const sentinel = switchModel(withAction, 'sentinel');
    expect(sentinel.breaker.model).toBe('sentinel');
    expect(sentinel.actions).toEqual([]);
    expect(roundTrip(sentinel)).toEqual({ values: sentinel, errors: {} });
    expect(switchModel(presetParams('hystrix-default'), 'hystrix')).toEqual(presetParams('hystrix-default'));
  });

  it('switches Sentinel grade with a count that fits the grade', () => {
    const ratio = switchGrade(presetParams('sentinel-slow-ratio'), 'error-ratio');
    expect(ratio.breaker).toMatchObject({ rule: { grade: 'error-ratio', count: 0.5, timeWindow: 10 } });
    expect(roundTrip(ratio).errors).toEqual({});
  });

  it('keeps one action per moment and target, and sends in time order', () => {
    const v = addAction(addAction(presetParams('resilience4j-default'), 1_000, 'DISABLED'), 1_000.2, 'DISABLED');
    expect(v.actions).toHaveLength(1);
    expect(addSend(addSend(v, 9_000), 2_000).sends).toEqual([2_000, 9_000]);
    expect(roundTrip(patchResilience4j(v, { failureRateThreshold: 30 })).values.breaker).toMatchObject({ config: { failureRateThreshold: 30 } });
  });
});
