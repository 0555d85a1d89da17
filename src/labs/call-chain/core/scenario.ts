// A call chain as plain data: the services from the top (A, called by the client) to the deepest,
// the load, the fault injected into the deepest service, and the fixes switched on. Presets and
// the URL hold one of these; simulate.ts runs it.
import type { RetryThrottleConfig } from './retry-throttle.ts';

/** One service and the edge into it (its caller's timeout and attempts). */
export interface LayerSpec {
  /** The caller's timeout per attempt on calls into this service, ms. */
  readonly timeoutMs: number;
  /** Attempts the caller makes (1 = no retry). */
  readonly attempts: number;
  /** Worker threads / concurrency limit: requests handled at once. */
  readonly pool: number;
  /** Requests allowed to wait for a thread when load shedding is on (unbounded without it). */
  readonly queue: number;
  /** Mean of the service's own work per request, ms (uniform ±50 %). */
  readonly workMs: number;
}

export interface FaultSpec {
  readonly atMs: number;
  /** How long the fault lasts, ms; 0 = until the end of the run. */
  readonly forMs: number;
  /** Added to every request the deepest service handles while the fault lasts. */
  readonly extraLatencyMs: number;
  /** Share of the deepest service's responses that are errors while the fault lasts, 0–1. */
  readonly errorRate: number;
}

export const FIX_IDS = ['retry-one-layer', 'retry-budget', 'deadlines', 'breakers', 'shedding'] as const;
export type FixId = (typeof FIX_IDS)[number];

export interface BreakerParams {
  /** Resilience4j failureRateThreshold, percent. */
  readonly failureRateThreshold: number;
  /** Resilience4j COUNT_BASED slidingWindowSize (and minimumNumberOfCalls). */
  readonly slidingWindowSize: number;
  /** Resilience4j waitDurationInOpenState, ms. */
  readonly waitDurationInOpenState: number;
}

export interface ChainScenario {
  /** Index 0 is A (called by the client); the last is the deepest service. 2–5 of them. */
  readonly layers: readonly LayerSpec[];
  /** Calls each service makes to the next layer per request (all must succeed). */
  readonly fanOut: number;
  /** Top-level requests per second (Poisson arrivals). */
  readonly rate: number;
  readonly durationMs: number;
  readonly seed: number;
  /** gRPC-style backoff: a retry waits random(0, min(backoff × 2^(n−1), 10 s)); 0 = at once. */
  readonly backoffMs: number;
  readonly fault: FaultSpec;
  readonly fixes: readonly FixId[];
  /** With retry-one-layer: the edge (index of the called service) that keeps its attempts. */
  readonly retryLayer: number;
  readonly throttle: RetryThrottleConfig;
  readonly breaker: BreakerParams;
}

export const SERVICE_NAMES = ['A', 'B', 'C', 'D', 'E'] as const;

export function serviceName(layer: number): string {
  return SERVICE_NAMES[layer] ?? `S${layer}`;
}

export function hasFix(s: ChainScenario, fix: FixId): boolean {
  return s.fixes.includes(fix);
}

/** Attempts on the edge into `layer` once the fixes are applied. */
export function effectiveAttempts(s: ChainScenario, layer: number): number {
  const attempts = s.layers[layer]?.attempts ?? 1;
  if (hasFix(s, 'retry-one-layer') && layer !== s.retryLayer) return 1;
  return attempts;
}
