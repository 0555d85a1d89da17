// The state a run moves through, shared by the registry models: providers (alive? can they reach the
// registry?), the registry's entries, the consumers' cached lists, the ensemble or peers, the call
// counts, and the trace. Every change that matters becomes a row carrying a small frame of the whole
// picture (lists are immutable arrays shared between frames), so the player can show any moment.
import type { VirtualClock } from '../../kernel/clock.ts';
import type { Random } from '../../kernel/random.ts';
import { createCallCounter, type CallCounter, type DeadIndex } from './calls.ts';
import type { Ensemble, ServerRole } from './ensemble.ts';
import type { EventCode } from './events.ts';
import type { Scenario, ServerChange } from './scenario.ts';

export type SimEvent =
  | { readonly type: 'tick' }
  | { readonly type: 'renew'; readonly p: number }
  | { readonly type: 'serverTask' }
  | { readonly type: 'renewBucket' }
  | { readonly type: 'cacheUpdate' }
  | { readonly type: 'fetch'; readonly c: number }
  | { readonly type: 'lbRefresh'; readonly c: number }
  | { readonly type: 'probe'; readonly p: number }
  | { readonly type: 'proxySync'; readonly c: number }
  | { readonly type: 'zkTick' }
  | { readonly type: 'zkRead'; readonly c: number }
  | { readonly type: 'election' }
  | { readonly type: 'crash'; readonly p: number }
  | { readonly type: 'deregister'; readonly p: number }
  | { readonly type: 'exit'; readonly p: number }
  | { readonly type: 'partition' }
  | { readonly type: 'heal' }
  | { readonly type: 'serverStop'; readonly change: ServerChange }
  | { readonly type: 'serverStart'; readonly change: ServerChange };

/** How the registry lists an instance: up, unhealthy / not ready (kept but skipped), terminating. */
export type EntryStatus = 'up' | 'unhealthy' | 'terminating';

export interface Entry {
  status: EntryStatus;
  /** Eureka: Lease.lastUpdateTimestamp; Nacos: last beat; notes: last answered ping; ZooKeeper: session expiry. */
  last: number;
  /** Consecutive misses or failed probes (notes, Nacos persistent, Kubernetes). */
  misses: number;
}

export interface ProviderState {
  alive: boolean;
  /** Can it reach the registry (false during a partition)? */
  linked: boolean;
  /** Has it left on purpose (deregistered / pod deleted)? */
  leaving: boolean;
}

export interface ConsumerState {
  /** The list calls are spread over (Ribbon's list, kube-proxy's rules, the subscribed list). */
  list: readonly number[];
  /** Eureka only: the client's local registry, fetched every registryFetchIntervalSeconds. */
  fetched: readonly number[] | null;
  cursor: number;
  connected: boolean;
  /** ZooKeeper only: is a child watch set on the providers path? */
  watch: boolean;
  /** The dead positions of `list` as last looked up (saves a map lookup per consumer per second). */
  dead: DeadIndex | null;
}

export type Tone = 'ok' | 'warn' | 'bad' | 'info';
export type Side = 'main' | 'compare';

export interface ServerFrame {
  readonly sid: number;
  readonly role: ServerRole | 'peer';
  readonly epoch: number;
  readonly zxid: number;
}

export interface Frame {
  readonly providers: readonly { readonly alive: boolean; readonly linked: boolean; readonly status: EntryStatus | null }[];
  readonly consumers: readonly {
    readonly list: readonly number[];
    readonly fetched: readonly number[] | null;
    readonly connected: boolean;
    readonly watch: boolean;
  }[];
  readonly published: readonly number[] | null;
  readonly servers: readonly ServerFrame[] | null;
  readonly serving: boolean;
  readonly selfPreservation: boolean;
  readonly failedSoFar: number;
  readonly okSoFar: number;
}

export type Args = Readonly<Record<string, string | number>>;

export interface Row {
  readonly timeMs: number;
  readonly side: Side;
  readonly actor: string;
  readonly code: EventCode;
  readonly args: Args;
  readonly tone: Tone;
  readonly frame: Frame;
}

/** A stopped provider: when it stopped and when the last consumer dropped it (null: not in the run). */
export interface Window {
  readonly provider: number;
  readonly stoppedAtMs: number;
  clearedAtMs: number | null;
}

export interface Series {
  readonly ok: number[];
  readonly failed: number[];
  readonly retriedOk: number[];
  readonly cachedDead: number[];
}

export interface Sim {
  readonly scenario: Scenario;
  readonly side: Side;
  readonly random: Random;
  readonly clock: VirtualClock<SimEvent>;
  /** null: counting only (the benchmark), no rows or frames. */
  readonly rows: Row[] | null;
  readonly providers: ProviderState[];
  readonly registry: (Entry | null)[];
  readonly consumers: ConsumerState[];
  readonly everListed: Set<number>;
  /** Every instance any consumer has listed (checked against everListed by a property test). */
  readonly seen: Set<number>;
  /** Lists already added to `seen`: registries share one array among many consumers. */
  readonly seenLists: WeakSet<readonly number[]>;
  ensemble: Ensemble | null;
  peersUp: boolean[];
  /** The list as of the registry's last push (registries that push on every change keep it current). */
  pushed: readonly number[];
  /** Eureka's read-only response cache (what clients fetch). */
  published: readonly number[] | null;
  selfPreservation: boolean;
  /** Eureka: expectedNumberOfClientsSendingRenews, renews counted this minute and last minute. */
  expectedRenewers: number;
  renewsThisMin: number;
  renewsLastMin: number;
  aliveVersion: number;
  readonly counter: CallCounter;
  readonly series: Series;
  readonly windows: Window[];
  okSoFar: number;
  failedSoFar: number;
}

export function createSim(scenario: Scenario, side: Side, random: Random, clock: VirtualClock<SimEvent>, record: boolean): Sim {
  const seconds = Math.ceil(scenario.durationMs / 1000);
  const zeros = () => new Array<number>(seconds).fill(0);
  const providers = Array.from({ length: scenario.providers }, () => ({ alive: true, linked: true, leaving: false }));
  const sim: Sim = {
    scenario,
    side,
    random,
    clock,
    rows: record ? [] : null,
    providers,
    registry: providers.map(() => ({ status: 'up', last: 0, misses: 0 })),
    consumers: [],
    everListed: new Set(),
    seen: new Set(),
    seenLists: new WeakSet(),
    pushed: [],
    ensemble: null,
    peersUp: [],
    published: null,
    selfPreservation: false,
    expectedRenewers: 0,
    renewsThisMin: 0,
    renewsLastMin: 0,
    aliveVersion: 0,
    counter: createCallCounter(
      (id) => providers[id]?.alive ?? false,
      () => sim.aliveVersion,
    ),
    series: { ok: zeros(), failed: zeros(), retriedOk: zeros(), cachedDead: zeros() },
    windows: [],
    okSoFar: 0,
    failedSoFar: 0,
  };
  const all = listed(sim);
  noteSeen(sim, all);
  sim.pushed = all;
  for (let c = 0; c < scenario.consumers; c++) sim.consumers.push({ list: all, fetched: null, cursor: c, connected: true, watch: true, dead: null });
  return sim;
}

/** The instances the registry would hand out now: present and up (a fresh array; callers share it). */
export function listed(sim: Sim): readonly number[] {
  const out: number[] = [];
  sim.registry.forEach((e, i) => {
    if (e?.status === 'up') out.push(i);
  });
  for (const id of out) sim.everListed.add(id);
  return out;
}

/** Records the instances of a list a consumer now holds (once per list object). */
export function noteSeen(sim: Sim, list: readonly number[]): void {
  if (sim.seenLists.has(list)) return;
  sim.seenLists.add(list);
  for (const id of list) sim.seen.add(id);
}

export function now(sim: Sim): number {
  return sim.clock.now();
}

export function setAlive(sim: Sim, p: number, alive: boolean): void {
  const prov = sim.providers[p];
  if (!prov || prov.alive === alive) return;
  prov.alive = alive;
  sim.aliveVersion++;
  if (!alive) sim.windows.push({ provider: p, stoppedAtMs: now(sim), clearedAtMs: null });
}

export function emit(sim: Sim, actor: string, code: EventCode, args: Args, tone: Tone): void {
  if (sim.rows === null) return;
  sim.rows.push({ timeMs: now(sim), side: sim.side, actor, code, args, tone, frame: frameOf(sim) });
}

function frameOf(sim: Sim): Frame {
  const e = sim.ensemble;
  const servers: ServerFrame[] | null = e
    ? e.servers.map((s) => ({ sid: s.sid, role: s.role, epoch: s.epoch, zxid: s.zxid }))
    : sim.peersUp.length > 0
      ? sim.peersUp.map((up, i) => ({ sid: i + 1, role: up ? 'peer' : 'down', epoch: 0, zxid: 0 }))
      : null;
  return {
    providers: sim.providers.map((p, i) => ({ alive: p.alive, linked: p.linked, status: sim.registry[i]?.status ?? null })),
    consumers: sim.consumers.map((c) => ({ list: c.list, fetched: c.fetched, connected: c.connected, watch: c.watch })),
    published: sim.published,
    servers,
    serving: registryServing(sim),
    selfPreservation: sim.selfPreservation,
    failedSoFar: sim.failedSoFar,
    okSoFar: sim.okSoFar,
  };
}

/** Can the registry answer right now (a ZooKeeper quorum with a leader, any Eureka peer)? */
export function registryServing(sim: Sim): boolean {
  if (sim.ensemble) return sim.ensemble.leader !== null;
  if (sim.peersUp.length > 0) return sim.peersUp.some(Boolean);
  return true;
}

export function names(ids: readonly number[]): string {
  return ids.length === 0 ? '∅' : ids.map((i) => `p${i + 1}`).join(' ');
}
