// Runs for the view's player: every arrival and every scheduled event becomes a row with a
// snapshot of the servers AFTER it, so the player can step back and seek without re-running.
// A row's latency is filled in when its response completes (rows are precomputed, so the row
// already knows how its request ended). fastForwardLoadBalancing gives only the numbers, for long
// runs and the side-by-side comparison.
import type { DropReason, UpstreamSetup } from './engine-types.ts';
import { runUpstream } from './engine.ts';
import type { UpstreamEvent } from './events.ts';
import { summarizeRun, type RunSummary } from './metrics.ts';
import type { PeakEwmaBalancer } from './peak-ewma.ts';
import type { RequestStream } from './requests.ts';
import { isAvailable, isFailedOut, type ServerState } from './servers.ts';
import type { Balancer, PickWhy } from './types.ts';

export interface ServerSnapshot {
  readonly id: string;
  readonly weight: number;
  readonly effectiveWeight: number;
  readonly currentWeight: number;
  /** Open connections: in service + queued. */
  readonly conns: number;
  readonly active: number;
  readonly queued: number;
  readonly fails: number;
  readonly down: boolean;
  /** Could be picked at this moment (not down, not held back by max_fails, under max_conns). */
  readonly available: boolean;
  /** Peak EWMA cost in ms (peak-ewma only). */
  readonly costMs: number | null;
  /** Held back by max_fails until this moment (checked + fail_timeout); null when not failed out. */
  readonly failedUntilMs: number | null;
  /** nginx `backup`: asked only when no primary can take the request. */
  readonly backup: boolean;
}

export interface RequestRow {
  readonly kind: 'request';
  readonly timeMs: number;
  readonly seq: number;
  readonly key: string;
  readonly ip: string;
  /** The server that answered (200 or 503), null for a 502. */
  readonly serverId: string | null;
  /** Every server tried, in order ($upstream_addr). */
  readonly tried: readonly string[];
  /** One explanation per balancer pick (more than one after refused connections). */
  readonly why: readonly PickWhy[];
  readonly status: number;
  readonly dropReason: DropReason | null;
  readonly queued: boolean;
  readonly pinned: boolean;
  /** Response time in ms, known once it completes; null for drops. */
  latencyMs: number | null;
  readonly snapshot: readonly ServerSnapshot[];
}

export interface EventRow {
  readonly kind: 'event';
  readonly timeMs: number;
  readonly event: UpstreamEvent;
  readonly snapshot: readonly ServerSnapshot[];
}

export type SimRow = RequestRow | EventRow;

export interface Simulation {
  readonly rows: readonly SimRow[];
  /** True when maxRows cut the rows short (the summary still covers the whole run). */
  readonly truncated: boolean;
  readonly summary: RunSummary;
}

function snapshot(servers: readonly ServerState[], backups: readonly ServerState[], nowMs: number, balancer: Balancer | null): ServerSnapshot[] {
  const ewma = balancer !== null && balancer.algorithm === 'peak-ewma' ? (balancer as PeakEwmaBalancer) : null;
  return (backups.length > 0 ? [...servers, ...backups] : servers).map((s) => ({
    id: s.id,
    weight: s.weight,
    effectiveWeight: s.effectiveWeight,
    currentWeight: s.currentWeight,
    conns: s.conns,
    active: Math.min(s.conns, s.capacity),
    queued: Math.max(0, s.conns - s.capacity),
    fails: s.fails,
    down: s.down,
    available: isAvailable(s, nowMs),
    costMs: ewma !== null ? ewma.costOf(s.slot) : null,
    failedUntilMs: isFailedOut(s, nowMs) ? s.checkedMs + s.failTimeoutMs : null,
    backup: s.backup,
  }));
}

export function simulateLoadBalancing(setup: UpstreamSetup, stream: RequestStream, maxRows = 20_000): Simulation {
  const rows: SimRow[] = [];
  const rowOfSeq = new Map<number, RequestRow>();
  let why: PickWhy[] = [];
  let balancerSeen: Balancer | null = null;
  let lastTime = 0;
  let truncated = false;
  const keys = setup.keySource === 'uri' ? stream.uris : stream.keys;
  const run = runUpstream(setup, stream, {
    onPick(_seq, req, index, servers, balancer) {
      balancerSeen = balancer;
      if (rows.length < maxRows) why.push(index >= 0 ? balancer.explain(req, servers, index) : { kind: 'none' });
    },
    onArrival(seq, result, servers, backups) {
      lastTime = stream.timesMs[seq] as number;
      if (rows.length >= maxRows) {
        truncated = true;
        return;
      }
      const byId = (slot: number): string => (servers.find((s) => s.slot === slot) ?? backups.find((s) => s.slot === slot))?.id ?? `#${slot}`;
      const row: RequestRow = {
        kind: 'request',
        timeMs: lastTime,
        seq,
        key: keys[stream.keyIds[seq] as number] as string,
        ip: stream.ips[stream.ipIds[seq] as number] as string,
        serverId: result.slot >= 0 ? byId(result.slot) : null,
        tried: Array.from(result.tried.subarray(0, result.triedCount), byId),
        why: result.pinned ? [{ kind: 'pinned', connection: stream.connIds[seq] as number }] : why,
        status: result.status,
        dropReason: result.dropReason,
        queued: result.queued,
        pinned: result.pinned,
        latencyMs: null,
        snapshot: snapshot(servers, backups, lastTime, balancerSeen),
      };
      why = [];
      rows.push(row);
      if (result.status === 200) rowOfSeq.set(seq, row);
    },
    onComplete(seq, _slot, latencyMs) {
      const row = rowOfSeq.get(seq);
      if (row !== undefined) {
        row.latencyMs = latencyMs;
        rowOfSeq.delete(seq);
      }
    },
    onEvent(event, servers, backups) {
      if (rows.length >= maxRows) {
        truncated = true;
        return;
      }
      rows.push({ kind: 'event', timeMs: event.atMs, event, snapshot: snapshot(servers, backups, event.atMs, balancerSeen) });
    },
  });
  return { rows, truncated, summary: summarizeRun(run) };
}

/** The numbers only: no rows, no snapshots (one hour at 100 r/s, or a million requests). */
export function fastForwardLoadBalancing(setup: UpstreamSetup, stream: RequestStream): RunSummary {
  return summarizeRun(runUpstream(setup, stream));
}
