// Per-server and total numbers of a run, in plain objects for tables and charts: how many
// requests each server took (its share), refused, shed with 503; its queue; p50/p99 latency;
// and what the user lost (dropped = 502s + 503s).
import type { EngineResult } from './engine-types.ts';
import { quantile } from './latency-histogram.ts';

export interface ServerSummary {
  readonly id: string;
  readonly slot: number;
  readonly weight: number;
  /** Still in the pool at the end of the run. */
  readonly member: boolean;
  readonly down: boolean;
  /** Requests it accepted (served or queued). */
  readonly accepted: number;
  /** Requests routed to it (accepted or answered 503, not refused) over all requests: its load. */
  readonly routed: number;
  readonly share: number;
  readonly picks: number;
  readonly served: number;
  readonly refused: number;
  readonly overloaded: number;
  readonly disabled: number;
  readonly maxQueue: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Accepted requests per bucket (load over time) and the longest queue per bucket. */
  readonly series: readonly number[];
  readonly queueSeries: readonly number[];
  readonly pinnedConnections: number;
}

export interface RunSummary {
  readonly algorithm: string;
  readonly requests: number;
  readonly served: number;
  readonly dropped: number;
  readonly noLiveUpstreams: number;
  readonly allTriedFailed: number;
  readonly overloaded: number;
  readonly retried: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Largest share any one server took: 1/n is perfect, 1 is "everything on one upstream". */
  readonly maxShare: number;
  readonly bucketMs: number;
  readonly servers: readonly ServerSummary[];
}

export function summarizeRun(run: EngineResult): RunSummary {
  const members = new Set(run.members);
  const servers = run.slots.map((m): ServerSummary => {
    const state = run.states[m.slot];
    const routed = m.picks - m.refused;
    const accepted = routed - m.overloaded;
    const h = m.histogram;
    return {
      id: m.id,
      slot: m.slot,
      weight: state?.weight ?? 0,
      member: members.has(m.id),
      down: state?.down ?? false,
      accepted,
      routed,
      share: run.requests > 0 ? routed / run.requests : 0,
      picks: m.picks,
      served: m.served,
      refused: m.refused,
      overloaded: m.overloaded,
      disabled: m.disabled,
      maxQueue: m.maxQueue,
      p50Ms: quantile(h, 0.5),
      p99Ms: quantile(h, 0.99),
      meanMs: h.count > 0 ? h.sum / h.count : 0,
      series: Array.from(m.series),
      queueSeries: Array.from(m.queueSeries),
      pinnedConnections: run.pinnedPerSlot[m.slot] ?? 0,
    };
  });
  const dropped = run.noLiveUpstreams + run.allTriedFailed + run.overloaded;
  return {
    algorithm: run.algorithm,
    requests: run.requests,
    served: run.histogram.count,
    dropped,
    noLiveUpstreams: run.noLiveUpstreams,
    allTriedFailed: run.allTriedFailed,
    overloaded: run.overloaded,
    retried: run.retried,
    p50Ms: quantile(run.histogram, 0.5),
    p99Ms: quantile(run.histogram, 0.99),
    meanMs: run.histogram.count > 0 ? run.histogram.sum / run.histogram.count : 0,
    maxShare: servers.reduce((max, s) => Math.max(max, s.share), 0),
    bucketMs: run.bucketMs,
    servers,
  };
}
