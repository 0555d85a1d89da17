// What the picture and the counters need to know about a configuration, by model: the names of
// its keys, its wait, how many probes HALF_OPEN allows and whether a threshold is ≥ or >.
import { chartThresholds, type BreakerSpec, type ChartThresholds } from './core/breaker-spec.ts';

export interface SpecInfo extends ChartThresholds {
  readonly waitMs: number;
  readonly waitKey: string;
  readonly failureKey: string | null;
  readonly slowKey: string | null;
  readonly minimumKey: string;
  /** Calls HALF_OPEN lets through. */
  readonly probes: number;
  readonly probesKey: string | null;
  /** Sentinel opens when the value is strictly above its threshold; the others at ≥. */
  readonly strict: boolean;
  /** Sentinel's exception-count rule: the count that must be exceeded. */
  readonly errorCount: number | null;
  /** OPEN → HALF_OPEN by a timer rather than by the next call. */
  readonly automatic: boolean;
}

export function specInfo(spec: BreakerSpec): SpecInfo {
  const thresholds = chartThresholds(spec);
  switch (spec.model) {
    case 'resilience4j': {
      const c = spec.config;
      return {
        ...thresholds,
        waitMs: c.waitDurationInOpenState,
        waitKey: 'waitDurationInOpenState',
        failureKey: 'failureRateThreshold',
        slowKey: 'slowCallRateThreshold',
        minimumKey: 'minimumNumberOfCalls',
        probes: c.permittedNumberOfCallsInHalfOpenState,
        probesKey: 'permittedNumberOfCallsInHalfOpenState',
        strict: false,
        errorCount: null,
        automatic: c.automaticTransitionFromOpenToHalfOpenEnabled,
      };
    }
    case 'sentinel': {
      const r = spec.rule;
      return {
        ...thresholds,
        waitMs: r.timeWindow * 1000,
        waitKey: 'timeWindow',
        failureKey: r.grade === 'error-ratio' ? 'count' : null,
        slowKey: r.grade === 'slow-ratio' ? 'slowRatioThreshold' : null,
        minimumKey: 'minRequestAmount',
        probes: 1,
        probesKey: null,
        strict: true,
        errorCount: r.grade === 'error-count' ? r.count : null,
        automatic: false,
      };
    }
    case 'hystrix':
      return {
        ...thresholds,
        waitMs: spec.config.sleepWindowInMilliseconds,
        waitKey: 'sleepWindowInMilliseconds',
        failureKey: 'errorThresholdPercentage',
        slowKey: null,
        minimumKey: 'requestVolumeThreshold',
        probes: 1,
        probesKey: null,
        strict: false,
        errorCount: null,
        automatic: false,
      };
  }
}
