// Resilience4j CircuitBreakerConfig, the keys a Spring Boot application.yml uses under
// resilience4j.circuitbreaker.instances.<name>. Durations are in milliseconds here (the YAML takes
// "60s"). Defaults are CircuitBreakerConfig's DEFAULT_* constants (resilience4j-circuitbreaker,
// CircuitBreakerConfig.java): failureRateThreshold 50, slowCallRateThreshold 100,
// slowCallDurationThreshold 60 s, COUNT_BASED window of 100, minimumNumberOfCalls 100,
// waitDurationInOpenState 60 s, permittedNumberOfCallsInHalfOpenState 10, automatic transition off,
// maxWaitDurationInHalfOpenState 0 (wait for the probes as long as it takes).

export type SlidingWindowType = 'COUNT_BASED' | 'TIME_BASED';

export interface Resilience4jConfig {
  /** Percent in (0, 100]; the breaker opens when the failure rate is ≥ it. */
  readonly failureRateThreshold: number;
  /** Percent in (0, 100]; opens when the share of slow calls is ≥ it. */
  readonly slowCallRateThreshold: number;
  /** ms; a call is slow when its duration is strictly greater. */
  readonly slowCallDurationThreshold: number;
  readonly slidingWindowType: SlidingWindowType;
  /** Calls (COUNT_BASED) or seconds (TIME_BASED). */
  readonly slidingWindowSize: number;
  /** No decision before this many calls are recorded (capped at the window size when COUNT_BASED). */
  readonly minimumNumberOfCalls: number;
  /** ms spent OPEN before probing. */
  readonly waitDurationInOpenState: number;
  readonly permittedNumberOfCallsInHalfOpenState: number;
  /** true: a timer moves OPEN → HALF_OPEN; false: the first call after the wait does. */
  readonly automaticTransitionFromOpenToHalfOpenEnabled: boolean;
  /** ms; 0 means HALF_OPEN lasts until the probes decide. */
  readonly maxWaitDurationInHalfOpenState: number;
  /** Where HALF_OPEN goes when maxWaitDurationInHalfOpenState runs out. */
  readonly transitionToStateAfterWaitDuration: 'OPEN' | 'CLOSED';
}

export const RESILIENCE4J_DEFAULTS: Resilience4jConfig = Object.freeze({
  failureRateThreshold: 50,
  slowCallRateThreshold: 100,
  slowCallDurationThreshold: 60_000,
  slidingWindowType: 'COUNT_BASED',
  slidingWindowSize: 100,
  minimumNumberOfCalls: 100,
  waitDurationInOpenState: 60_000,
  permittedNumberOfCallsInHalfOpenState: 10,
  automaticTransitionFromOpenToHalfOpenEnabled: false,
  maxWaitDurationInHalfOpenState: 0,
  transitionToStateAfterWaitDuration: 'OPEN',
});

/** The builder's checks (CircuitBreakerConfig.Builder); throws RangeError like it throws IllegalArgumentException. */
export function validateResilience4jConfig(config: Resilience4jConfig): void {
  const fail = (message: string): never => {
    throw new RangeError(message);
  };
  if (!(config.failureRateThreshold > 0 && config.failureRateThreshold <= 100)) fail('failureRateThreshold must be in (0, 100]');
  if (!(config.slowCallRateThreshold > 0 && config.slowCallRateThreshold <= 100)) fail('slowCallRateThreshold must be in (0, 100]');
  if (!(config.slowCallDurationThreshold >= 1)) fail('slowCallDurationThreshold must be ≥ 1 ms');
  if (!(Number.isInteger(config.slidingWindowSize) && config.slidingWindowSize >= 1)) fail('slidingWindowSize must be ≥ 1');
  if (!(Number.isInteger(config.minimumNumberOfCalls) && config.minimumNumberOfCalls >= 1)) fail('minimumNumberOfCalls must be ≥ 1');
  if (!(config.waitDurationInOpenState >= 1)) fail('waitDurationInOpenState must be ≥ 1 ms');
  if (!(Number.isInteger(config.permittedNumberOfCallsInHalfOpenState) && config.permittedNumberOfCallsInHalfOpenState >= 1)) {
    fail('permittedNumberOfCallsInHalfOpenState must be ≥ 1');
  }
  if (!(config.maxWaitDurationInHalfOpenState >= 0)) fail('maxWaitDurationInHalfOpenState must be ≥ 0');
}
