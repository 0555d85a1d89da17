// The service behind the breaker, scripted: a list of phases over time (healthy, failing at X %,
// slow, recovering), each with a failure rate and a latency distribution. A phase may ramp in from
// the previous one over rampMs (that is how "recovering" is drawn).
// Outcomes are seeded per call: call #i at time t gets the same result and latency for the same
// seed whatever breaker sits in front, so two configurations can be compared on the same traffic
// and the same backend luck. No Math.random: every draw is a hash of (seed, call index, draw number).

export type LatencySpec =
  /** Log-normal fitted to a median and a 99th percentile (the usual shape of service latency). */
  | { readonly kind: 'lognormal'; readonly p50Ms: number; readonly p99Ms: number }
  /** Uniform in mean ± jitter. */
  | { readonly kind: 'uniform'; readonly meanMs: number; readonly jitterMs: number };

export type PhaseKind = 'healthy' | 'failing' | 'slow' | 'recovering';

export interface BackendPhase {
  readonly fromMs: number;
  readonly kind: PhaseKind;
  /** Percent of calls that fail, 0–100. */
  readonly failureRate: number;
  readonly latency: LatencySpec;
  /** Over the first rampMs of this phase, failure rate and latency move linearly from the previous phase. */
  readonly rampMs?: number;
}

export interface BackendScript {
  readonly phases: readonly BackendPhase[];
}

/** The health the script prescribes at one moment (for the chart and the trace). */
export interface BackendHealth {
  readonly kind: PhaseKind;
  readonly failureRate: number;
  readonly latency: LatencySpec;
}

export interface Backend {
  /** Decides call #index made at timeMs: returns success and leaves the latency in `latencyMs`. */
  call(index: number, timeMs: number): boolean;
  /** Latency of the last call(), whole milliseconds ≥ 1. */
  readonly latencyMs: number;
  healthAt(timeMs: number): BackendHealth;
}

const Z99 = 2.3263478740408408; // standard normal 99th percentile
const MAX_LATENCY_MS = 600_000;

export function validateBackendScript(script: BackendScript): void {
  if (script.phases.length === 0) throw new RangeError('a backend script needs at least one phase');
  let last = -Infinity;
  for (const phase of script.phases) {
    if (!(phase.fromMs >= 0) || phase.fromMs < last) throw new RangeError('phases must start at ≥ 0 ms, in order');
    if (!(phase.failureRate >= 0 && phase.failureRate <= 100)) throw new RangeError('failureRate must be 0–100 %');
    const l = phase.latency;
    if (l.kind === 'lognormal' ? !(l.p50Ms > 0 && l.p99Ms >= l.p50Ms) : !(l.meanMs > 0 && l.jitterMs >= 0)) {
      throw new RangeError('latency needs p50 > 0 and p99 ≥ p50 (or mean > 0, jitter ≥ 0)');
    }
    last = phase.fromMs;
  }
}

export function createBackend(script: BackendScript, seed: number): Backend {
  validateBackendScript(script);
  const phases = script.phases;
  const seedHash = mix(seed >>> 0);
  let latencyMs = 0;

  function phaseIndex(timeMs: number): number {
    let i = 0;
    while (i + 1 < phases.length && (phases[i + 1]?.fromMs ?? Infinity) <= timeMs) i++;
    return i;
  }

  function healthAt(timeMs: number): BackendHealth {
    const i = phaseIndex(timeMs);
    const phase = phases[i] as BackendPhase;
    const previous = phases[i - 1];
    const ramp = phase.rampMs ?? 0;
    if (!previous || ramp <= 0 || timeMs >= phase.fromMs + ramp) return phase;
    const f = Math.max(0, (timeMs - phase.fromMs) / ramp);
    return {
      kind: phase.kind,
      failureRate: lerp(previous.failureRate, phase.failureRate, f),
      latency: lerpLatency(previous.latency, phase.latency, f),
    };
  }

  return {
    call(index, timeMs) {
      const health = healthAt(timeMs);
      const base = mix(seedHash ^ mix(index >>> 0));
      const failed = unit(base, 1) * 100 < health.failureRate;
      const l = health.latency;
      let ms: number;
      if (l.kind === 'lognormal') {
        const sigma = Math.log(l.p99Ms / l.p50Ms) / Z99;
        const z = Math.sqrt(-2 * Math.log(1 - unit(base, 2))) * Math.cos(2 * Math.PI * unit(base, 3));
        ms = l.p50Ms * Math.exp(sigma * z);
      } else {
        ms = l.meanMs + (2 * unit(base, 2) - 1) * l.jitterMs;
      }
      latencyMs = Math.min(MAX_LATENCY_MS, Math.max(1, Math.round(ms)));
      return !failed;
    },
    get latencyMs() {
      return latencyMs;
    },
    healthAt,
  };
}

function lerp(a: number, b: number, f: number): number {
  return a + (b - a) * f;
}

function lerpLatency(a: LatencySpec, b: LatencySpec, f: number): LatencySpec {
  if (a.kind === 'lognormal' && b.kind === 'lognormal') {
    return { kind: 'lognormal', p50Ms: lerp(a.p50Ms, b.p50Ms, f), p99Ms: lerp(a.p99Ms, b.p99Ms, f) };
  }
  if (a.kind === 'uniform' && b.kind === 'uniform') {
    return { kind: 'uniform', meanMs: lerp(a.meanMs, b.meanMs, f), jitterMs: lerp(a.jitterMs, b.jitterMs, f) };
  }
  return b;
}

/** lowbias32 (Chris Wellons' integer hash): cheap, and good enough to decorrelate neighbouring indices. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The draw-th uniform number in [0, 1) of one call. */
function unit(base: number, draw: number): number {
  return mix((base + Math.imul(draw, 0x9e3779b9)) >>> 0) / 4294967296;
}

/** Median latency of a spec (for labels and charts). */
export function medianLatencyMs(latency: LatencySpec): number {
  return latency.kind === 'lognormal' ? latency.p50Ms : latency.meanMs;
}
