// From URL values to engine inputs: the servers (10.0.0.1:8080, 10.0.0.2:8080 … with the given
// weights, latencies, capacity, queue, max_fails and fail_timeout), the traffic (kernel/traffic.ts),
// the seeded request stream and the setup for one algorithm. The view and the tests share this,
// so a URL always means the same run.
import { createRandom } from '../../kernel/random.ts';
import { actionEvents, withSends, type AddedServerTemplate } from './actions.ts';
import { arrivalBound, generateArrivals, type TrafficSpec } from '../../kernel/traffic.ts';
import type { UpstreamSetup } from './engine-types.ts';
import type { UpstreamEvent } from './events.ts';
import type { LoadBalancingValues } from './params.ts';
import { createRequestStream, DEFAULT_STREAM_SPEC, type RequestStream, type RequestStreamSpec } from './requests.ts';
import { serverSpec, type ServerSpec } from './servers.ts';
import type { AlgorithmId } from './types.ts';

export function serverIdFor(index: number): string {
  return `10.0.0.${index + 1}:8080`;
}

export function toServerSpecs(values: LoadBalancingValues): ServerSpec[] {
  return values.weights.map((weight, i) =>
    serverSpec(values.names[i] ?? serverIdFor(i), {
      weight,
      latencyMs: values.latencyMs[i] ?? values.latencyMs[values.latencyMs.length - 1] ?? 20,
      capacity: values.capacity,
      queueLimit: values.queue,
      maxFails: values.limits[i]?.maxFails ?? values.maxFails,
      failTimeoutMs: (values.limits[i]?.failTimeoutS ?? values.failTimeoutS) * 1000,
      maxConns: values.limits[i]?.maxConns ?? 0,
      down: values.down.includes(i + 1),
      backup: values.backup.includes(i + 1),
    }),
  );
}

export function toTrafficSpec(values: Pick<LoadBalancingValues, 'traffic' | 'rate' | 'durationS'>): TrafficSpec {
  switch (values.traffic) {
    case 'steady':
      return { kind: 'steady', ratePerSec: values.rate };
    case 'poisson':
      return { kind: 'poisson', ratePerSec: values.rate };
    case 'bursts':
      return { kind: 'bursts', ratePerSec: values.rate * 2, onMs: 1000, offMs: 1000 };
    case 'spike':
      return { kind: 'spike', baseRatePerSec: values.rate, atMs: (values.durationS * 1000) / 2, count: Math.round(values.rate) };
  }
}

export function toStreamSpec(values: LoadBalancingValues): RequestStreamSpec {
  return {
    ...DEFAULT_STREAM_SPEC,
    seed: values.seed,
    keyCount: values.keys,
    keyZipf: values.zipf,
    clientCount: values.clients,
    clientZipf: values.clientZipf,
  };
}

/** The most requests the values' traffic makes, the count params.ts caps (hand-sent ones not included: at most MAX_ACTIONS). */
export function labRequestBound(values: Pick<LoadBalancingValues, 'traffic' | 'rate' | 'durationS'>): number {
  return arrivalBound(toTrafficSpec(values), values.durationS * 1000);
}

/** The seeded request stream the URL describes (same values, same stream), hand-sent requests included. */
export function buildLabStream(values: LoadBalancingValues): RequestStream {
  const spec = toTrafficSpec(values);
  const durationMs = values.durationS * 1000;
  // Cut at the count params.ts checked: only a Poisson run could pass it, with odds below 1e-9.
  const arrivals = generateArrivals(spec, durationMs, createRandom(values.seed)).slice(0, arrivalBound(spec, durationMs));
  return createRequestStream(withSends(arrivals, values.actions), toStreamSpec(values));
}

/** A server added by hand is configured like the last configured one (latency, capacity, max_fails…). */
export function addedServerTemplate(values: LoadBalancingValues): AddedServerTemplate {
  const last = toServerSpecs(values).at(-1) ?? serverSpec(serverIdFor(0));
  return {
    capacity: last.capacity,
    queueLimit: last.queueLimit,
    latencyMs: last.latencyMs,
    maxFails: last.maxFails,
    failTimeoutMs: last.failTimeoutMs,
    maxConns: last.maxConns,
  };
}

/** The scenario's events (a preset's) followed by the user's hand actions, as engine events. */
export function labEvents(values: LoadBalancingValues, events: readonly UpstreamEvent[] = []): UpstreamEvent[] {
  return [...events, ...actionEvents(values.actions, toServerSpecs(values), events, addedServerTemplate(values))];
}

export function toUpstreamSetup(values: LoadBalancingValues, events: readonly UpstreamEvent[] = [], algorithm: AlgorithmId = values.algorithm): UpstreamSetup {
  return {
    servers: toServerSpecs(values),
    algorithm,
    seed: values.seed,
    options: { virtualNodes: values.vnodes, decayMs: values.decayMs },
    events: labEvents(values, events),
    keySource: values.keySource,
  };
}
