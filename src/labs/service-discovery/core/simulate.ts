// A run: one registry model on the virtual clock, the scripted trouble, and the consumers' calls
// counted every second (calls.ts). With `compare`, the same script runs against a Eureka cluster
// beside the ZooKeeper ensemble (its 'L' stops take the same servers the ZooKeeper side lost), and
// the two traces are merged in time order. Same scenario + seed = same run.
import { createVirtualClock } from '../../kernel/clock.ts';
import { createRandom } from '../../kernel/random.ts';
import { eurekaModel } from './eureka.ts';
import { kubernetesModel } from './kubernetes.ts';
import { closeWindows } from './lists.ts';
import type { Model } from './model.ts';
import { nacosEphemeralModel, nacosPersistentModel } from './nacos.ts';
import { notesModel } from './notes.ts';
import { consumerName, DEFAULT_TIMINGS, providerName, type RegistryKind, type Scenario, type ServerChange } from './scenario.ts';
import { createSim, emit, names, now, registryServing, setAlive, type Row, type Series, type Side, type Sim, type SimEvent, type Window } from './sim-state.ts';
import { zookeeperModel } from './zookeeper.ts';

export const MODELS: Readonly<Record<RegistryKind, Model>> = {
  notes: notesModel,
  eureka: eurekaModel,
  'nacos-ephemeral': nacosEphemeralModel,
  'nacos-persistent': nacosPersistentModel,
  zookeeper: zookeeperModel,
  kubernetes: kubernetesModel,
};

export interface SideRun {
  readonly kind: RegistryKind;
  readonly rows: readonly Row[];
  readonly series: Series;
  readonly windows: readonly Window[];
  readonly ok: number;
  readonly failed: number;
  readonly retriedOk: number;
  /** Every instance any consumer ever listed was one the registry had listed (property-tested). */
  readonly listedByRegistry: ReadonlySet<number>;
  readonly seenByConsumers: ReadonlySet<number>;
  readonly leaders: ReadonlyMap<number, number> | null;
}

export interface Run {
  readonly rows: readonly Row[];
  readonly main: SideRun;
  readonly compare: SideRun | null;
  readonly durationMs: number;
}

export interface RunOptions {
  /** false: count only (no rows, no frames), for the benchmark. */
  readonly record?: boolean;
}

export function simulate(scenario: Scenario, options: RunOptions = {}): Run {
  const record = options.record ?? true;
  const resolved: ServerChange[] = [];
  const main = runSide(scenario, 'main', record, resolved);
  if (!scenario.compare || scenario.kind !== 'zookeeper') return { rows: main.rows, main, compare: null, durationMs: scenario.durationMs };
  const eurekaSide: Scenario = { ...scenario, kind: 'eureka', timings: { ...DEFAULT_TIMINGS, ...pickEureka(scenario) }, stop: resolved };
  const compare = runSide(eurekaSide, 'compare', record, []);
  const rows = [...main.rows, ...compare.rows].sort((a, b) => a.timeMs - b.timeMs || (a.side === b.side ? 0 : a.side === 'main' ? -1 : 1));
  return { rows, main, compare, durationMs: scenario.durationMs };
}

function pickEureka(s: Scenario) {
  const t = s.timings;
  return {
    leaseRenewalIntervalInSeconds: t.leaseRenewalIntervalInSeconds,
    leaseExpirationDurationInSeconds: t.leaseExpirationDurationInSeconds,
    evictionIntervalTimerInMs: t.evictionIntervalTimerInMs,
    renewalPercentThreshold: t.renewalPercentThreshold,
    enableSelfPreservation: t.enableSelfPreservation,
    responseCacheUpdateIntervalMs: t.responseCacheUpdateIntervalMs,
    registryFetchIntervalSeconds: t.registryFetchIntervalSeconds,
    serverListRefreshInterval: t.serverListRefreshInterval,
  };
}

function runSide(scenario: Scenario, side: Side, record: boolean, resolvedStops: ServerChange[]): SideRun {
  const clock = createVirtualClock<SimEvent>();
  const sim = createSim(scenario, side, createRandom(scenario.seed), clock, record);
  const model = MODELS[scenario.kind];
  model.init(sim);
  emit(sim, 'registry', 'start', { providers: scenario.providers, consumers: scenario.consumers, list: names(sim.consumers[0]?.list ?? []) }, 'info');
  schedule(sim);
  clock.advanceTo(scenario.durationMs, (ev) => handle(sim, model, ev, resolvedStops));
  let retriedOk = 0;
  for (const v of sim.series.retriedOk) retriedOk += v;
  return {
    kind: scenario.kind,
    rows: sim.rows ?? [],
    series: sim.series,
    windows: sim.windows,
    ok: sim.okSoFar,
    failed: sim.failedSoFar,
    retriedOk,
    listedByRegistry: sim.everListed,
    seenByConsumers: sim.seen,
    leaders: sim.ensemble?.leaders ?? null,
  };
}

function schedule(sim: Sim): void {
  const s = sim.scenario;
  sim.clock.schedule(1000, { type: 'tick' });
  if (s.crash >= 0 && s.crash < s.providers) sim.clock.schedule(s.crashAtMs, { type: 'crash', p: s.crash });
  if (s.deregister >= 0 && s.deregister < s.providers) sim.clock.schedule(s.deregisterAtMs, { type: 'deregister', p: s.deregister });
  if (s.partition > 0) {
    sim.clock.schedule(s.partitionAtMs, { type: 'partition' });
    if (s.healAtMs > s.partitionAtMs) sim.clock.schedule(s.healAtMs, { type: 'heal' });
  }
  if (s.kind === 'zookeeper' || s.kind === 'eureka') {
    for (const change of s.stop) sim.clock.schedule(change.atMs, { type: 'serverStop', change });
    for (const change of s.start) sim.clock.schedule(change.atMs, { type: 'serverStart', change });
  }
}

function handle(sim: Sim, model: Model, ev: SimEvent, resolvedStops: ServerChange[]): void {
  const s = sim.scenario;
  switch (ev.type) {
    case 'tick':
      return tick(sim);
    case 'crash': {
      const hung = s.kind === 'kubernetes';
      setAlive(sim, ev.p, false);
      emit(sim, providerName(ev.p), hung ? 'hung' : 'crashed', { provider: providerName(ev.p) }, 'bad');
      return closeWindows(sim);
    }
    case 'deregister': {
      const prov = sim.providers[ev.p];
      if (!prov?.alive) return;
      model.deregister(sim, ev.p);
      prov.leaving = true;
      sim.clock.schedule(now(sim) + s.drainMs, { type: 'exit', p: ev.p });
      return;
    }
    case 'exit':
      setAlive(sim, ev.p, false);
      emit(sim, providerName(ev.p), 'exited', { provider: providerName(ev.p), drain: s.drainMs / 1000 }, 'warn');
      model.exit?.(sim, ev.p);
      return closeWindows(sim);
    case 'partition':
      for (let p = 0; p < Math.min(s.partition, s.providers); p++) (sim.providers[p] as { linked: boolean }).linked = false;
      emit(sim, 'network', 'partitioned', { providers: names(Array.from({ length: Math.min(s.partition, s.providers) }, (_, i) => i)) }, 'warn');
      return;
    case 'heal':
      for (const p of sim.providers) p.linked = true;
      emit(sim, 'network', 'healed', {}, 'ok');
      model.heal?.(sim);
      return;
    case 'serverStop': {
      const before = registryServing(sim);
      const sid = model.serverStop?.(sim, ev.change.server) ?? null;
      if (sid !== null) resolvedStops.push({ atMs: ev.change.atMs, server: sid });
      if (s.kind === 'eureka' && sid !== null)
        emit(
          sim,
          `eureka${sid}`,
          'peer-stopped',
          { server: `eureka${sid}`, live: sim.peersUp.filter(Boolean).length, serving: registryServing(sim) ? 1 : 0, before: before ? 1 : 0 },
          registryServing(sim) ? 'warn' : 'bad',
        );
      return;
    }
    case 'serverStart': {
      const sid = ev.change.server === 'L' ? null : ev.change.server;
      if (sid === null) return;
      model.serverStart?.(sim, sid);
      if (s.kind === 'eureka') emit(sim, `eureka${sid}`, 'peer-started', { server: `eureka${sid}`, live: sim.peersUp.filter(Boolean).length }, 'ok');
      return;
    }
    default:
      model.on(sim, ev);
  }
}

function tick(sim: Sim): void {
  const s = sim.scenario;
  const t = now(sim);
  if (t + 1000 <= s.durationMs) sim.clock.schedule(t + 1000, { type: 'tick' });
  const second = Math.round(t / 1000) - 1;
  let ok = 0;
  let failed = 0;
  let retriedOk = 0;
  let cachedDead = 0;
  // One row a second for all consumers that saw a failure: who, how many, which dead instances.
  const who: string[] = [];
  const targets = new Set<string>();
  let empty = false;
  sim.consumers.forEach((c, i) => {
    let dead = c.dead;
    if (dead === null || dead.list !== c.list || dead.version !== sim.aliveVersion) c.dead = dead = sim.counter.index(c.list);
    const n = c.list.length;
    if (dead.dead.length === 0 && n > 0) {
      // Nothing dead in this list: every call succeeds (the common case, kept allocation-free).
      c.cursor = (c.cursor + s.rate) % n;
      ok += s.rate;
      return;
    }
    const calls = sim.counter.tick(c.list, c.cursor, s.rate, s.retry);
    c.cursor = (c.cursor + s.rate) % Math.max(1, n);
    ok += calls.ok;
    failed += calls.failed;
    retriedOk += calls.retriedOk;
    cachedDead += dead.deadIds.length;
    if (sim.rows && (calls.failed > 0 || calls.retriedOk > 0)) {
      who.push(`${consumerName(i)} ${calls.failed + calls.retriedOk}/${calls.total}`);
      if (n === 0) empty = true;
      for (const id of dead.deadIds) targets.add(providerName(id));
    }
  });
  if (who.length > 0) {
    emit(
      sim,
      'consumers',
      'calls-failed',
      {
        consumers: who.join(' · '),
        failed,
        retriedOk,
        total: s.rate * sim.consumers.length,
        targets: empty && targets.size === 0 ? '∅' : [...targets].join(' '),
        retry: s.retry ? 1 : 0,
      },
      failed > 0 ? 'bad' : 'warn',
    );
  }
  sim.okSoFar += ok;
  sim.failedSoFar += failed;
  if (second >= 0 && second < sim.series.ok.length) {
    sim.series.ok[second] = ok;
    sim.series.failed[second] = failed;
    sim.series.retriedOk[second] = retriedOk;
    sim.series.cachedDead[second] = cachedDead;
  }
}
