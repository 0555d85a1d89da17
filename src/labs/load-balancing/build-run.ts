// From the URL's values to a played run: the seeded stream, the scenario's events plus the user's
// hand actions, the engine's rows, and what the picture, table and charts read at any moment
// (prefix counts per server, outcomes per second). Pure, so the same URL gives the same run.
import { LB_PRESETS, isLbPresetId } from './core/presets.ts';
import { buildLabStream, labEvents, toServerSpecs, toUpstreamSetup } from './core/lab-run.ts';
import type { LoadBalancingValues } from './core/params.ts';
import type { RequestStream } from './core/requests.ts';
import { simulateLoadBalancing, type ServerSnapshot, type Simulation } from './core/simulate.ts';
import type { UpstreamEvent } from './core/events.ts';

export const BUCKET_MS = 1000;

export interface LbRun {
  readonly values: LoadBalancingValues;
  /** The preset's own events (not the hand actions). */
  readonly presetEvents: readonly UpstreamEvent[];
  /** Everything that happens to the pool: preset events then hand actions, as the engine gets them. */
  readonly events: readonly UpstreamEvent[];
  readonly stream: RequestStream;
  readonly sim: Simulation;
  readonly times: readonly number[];
  readonly durationMs: number;
  /** Where the player can go: the whole run, or up to the last kept row. */
  readonly playableMs: number;
  /** Every server that was ever in the pool, in slot order. */
  readonly serverIds: readonly string[];
  /** routed[i * slots + s]: requests routed to slot s in rows 0..i (503s included). */
  readonly routed: Int32Array;
  readonly shed: Int32Array;
  /** 502s in rows 0..i. */
  readonly badGateway: Int32Array;
  /** Per second: forwarded, 503, 502. */
  readonly outcomes: { readonly ok: number[]; readonly shed: number[]; readonly bad: number[] };
  /** The pool before the first row. */
  readonly initial: readonly ServerSnapshot[];
}

export function presetEventsOf(values: LoadBalancingValues): readonly UpstreamEvent[] {
  return values.preset !== null && isLbPresetId(values.preset) ? LB_PRESETS[values.preset].events : [];
}

export function initialSnapshot(values: LoadBalancingValues): ServerSnapshot[] {
  const specs = toServerSpecs(values);
  // As the engine lists them: the primary servers, then the backup ones.
  return [...specs.filter((s) => s.backup !== true), ...specs.filter((s) => s.backup === true)].map((s) => ({
    id: s.id,
    weight: s.weight,
    effectiveWeight: s.weight,
    currentWeight: 0,
    conns: 0,
    active: 0,
    queued: 0,
    fails: 0,
    down: s.down,
    available: !s.down,
    costMs: null,
    failedUntilMs: null,
    backup: s.backup === true,
  }));
}

export function buildLbRun(values: LoadBalancingValues): LbRun {
  const presetEvents = presetEventsOf(values);
  const stream = buildLabStream(values);
  const sim = simulateLoadBalancing(toUpstreamSetup(values, presetEvents), stream);
  const times = sim.rows.map((r) => r.timeMs);
  const durationMs = values.durationS * 1000;
  const serverIds = sim.summary.servers.map((s) => s.id);
  const slotOf = new Map(serverIds.map((id, i) => [id, i]));
  const n = serverIds.length;
  const routed = new Int32Array(sim.rows.length * n);
  const shed = new Int32Array(sim.rows.length * n);
  const badGateway = new Int32Array(sim.rows.length);
  const buckets = Math.max(1, Math.ceil(durationMs / BUCKET_MS));
  const outcomes = { ok: new Array<number>(buckets).fill(0), shed: new Array<number>(buckets).fill(0), bad: new Array<number>(buckets).fill(0) };
  let bad = 0;
  sim.rows.forEach((row, i) => {
    if (i > 0) {
      routed.copyWithin(i * n, (i - 1) * n, i * n);
      shed.copyWithin(i * n, (i - 1) * n, i * n);
    }
    if (row.kind === 'request') {
      const b = Math.min(buckets - 1, Math.floor(row.timeMs / BUCKET_MS));
      const slot = row.serverId !== null ? slotOf.get(row.serverId) : undefined;
      if (slot !== undefined) routed[i * n + slot] = (routed[i * n + slot] as number) + 1;
      if (row.status === 503 && slot !== undefined) {
        shed[i * n + slot] = (shed[i * n + slot] as number) + 1;
        outcomes.shed[b] = (outcomes.shed[b] as number) + 1;
      } else if (row.status === 502) {
        bad++;
        outcomes.bad[b] = (outcomes.bad[b] as number) + 1;
      } else {
        outcomes.ok[b] = (outcomes.ok[b] as number) + 1;
      }
    }
    badGateway[i] = bad;
  });
  return {
    values,
    presetEvents,
    events: labEvents(values, presetEvents),
    stream,
    sim,
    times,
    durationMs,
    playableMs: sim.truncated ? (times.at(-1) ?? 0) : durationMs,
    serverIds,
    routed,
    shed,
    badGateway,
    outcomes,
    initial: initialSnapshot(values),
  };
}
