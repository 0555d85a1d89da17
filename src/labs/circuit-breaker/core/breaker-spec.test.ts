import { describe, expect, it } from 'vitest';
import { chartThresholds, createBreakerModel } from './breaker-spec.ts';
import { circuitBreakerPresets } from './presets.ts';

describe('breaker spec', () => {
  it('creates the engine each preset names', () => {
    for (const p of Object.values(circuitBreakerPresets)) {
      const model = createBreakerModel(p.breaker);
      expect(model.kind).toBe(p.breaker.model);
      expect(model.state()).toBe('CLOSED');
    }
  });

  it('gives the chart its threshold lines in percent', () => {
    expect(chartThresholds(circuitBreakerPresets['resilience4j-slow-calls'].breaker)).toEqual({ failureRate: 50, slowCallRate: 50, minimumCalls: 10 });
    expect(chartThresholds(circuitBreakerPresets['sentinel-slow-ratio'].breaker)).toEqual({ failureRate: null, slowCallRate: 50, minimumCalls: 5 });
    expect(chartThresholds(circuitBreakerPresets['sentinel-error-ratio'].breaker)).toEqual({ failureRate: 50, slowCallRate: null, minimumCalls: 5 });
    expect(chartThresholds(circuitBreakerPresets['sentinel-error-count'].breaker)).toEqual({ failureRate: null, slowCallRate: null, minimumCalls: 5 });
    expect(chartThresholds(circuitBreakerPresets['hystrix-default'].breaker)).toEqual({ failureRate: 50, slowCallRate: null, minimumCalls: 20 });
  });
});
