// Which engine a run uses, with its configuration, as plain data (presets and the URL hold it).
// The three engines share the CircuitBreakerModel interface; this is the one place that picks one.
import type { CircuitBreakerModel } from './breaker-types.ts';
import { createCircuitBreaker } from './breaker.ts';
import { createHystrixBreaker, type HystrixConfig } from './hystrix.ts';
import type { Resilience4jConfig } from './resilience4j-config.ts';
import { createSentinelBreaker, type SentinelDegradeRule } from './sentinel.ts';

export type BreakerSpec =
  | { readonly model: 'resilience4j'; readonly config: Resilience4jConfig }
  | { readonly model: 'sentinel'; readonly rule: SentinelDegradeRule }
  | { readonly model: 'hystrix'; readonly config: HystrixConfig };

export function createBreakerModel(spec: BreakerSpec, startMs = 0): CircuitBreakerModel {
  switch (spec.model) {
    case 'resilience4j':
      return createCircuitBreaker(spec.config, startMs);
    case 'sentinel':
      return createSentinelBreaker(spec.rule);
    case 'hystrix':
      return createHystrixBreaker(spec.config, startMs);
  }
}

/** Threshold lines for the rate chart, in percent; null where the rule has no such rate. */
export interface ChartThresholds {
  readonly failureRate: number | null;
  readonly slowCallRate: number | null;
  /** Calls needed in the window before a decision (drawn as "not enough calls yet"). */
  readonly minimumCalls: number;
}

export function chartThresholds(spec: BreakerSpec): ChartThresholds {
  switch (spec.model) {
    case 'resilience4j':
      return {
        failureRate: spec.config.failureRateThreshold,
        slowCallRate: spec.config.slowCallRateThreshold,
        minimumCalls: spec.config.minimumNumberOfCalls,
      };
    case 'sentinel': {
      const { grade, count, slowRatioThreshold, minRequestAmount } = spec.rule;
      return {
        failureRate: grade === 'error-ratio' ? count * 100 : null, // error-count is a count, not a rate
        slowCallRate: grade === 'slow-ratio' ? slowRatioThreshold * 100 : null,
        minimumCalls: minRequestAmount,
      };
    }
    case 'hystrix':
      return { failureRate: spec.config.errorThresholdPercentage, slowCallRate: null, minimumCalls: spec.config.requestVolumeThreshold };
  }
}
