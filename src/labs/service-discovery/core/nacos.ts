// Nacos naming, two kinds of instance (Nacos 1.x, alibaba/nacos naming module):
// - Ephemeral (the default for Spring Cloud Alibaba): the client's BeatReactor sends a beat every
//   preserved.heart.beat.interval (5 s); the server's ClientBeatCheckTask (every 5 s) marks an
//   instance unhealthy when its last beat is older than preserved.heart.beat.timeout (15 s) and
//   deletes it past preserved.ip.delete.timeout (30 s). Each change is pushed to subscribers (UDP
//   push) and clients also poll every 10 s; consumers only call healthy instances. A beat for an
//   instance the server no longer has makes the client register again.
//   Nacos 2.x replaces beats with the gRPC connection: when it closes (process gone, FIN/RST) the
//   server removes that connection's instances at once; a silent death is found by the connection
//   health check (about 20 s of silence, then probes). This lab models the 1.x timers.
// - Persistent (ephemeral=false): no beats; the server probes it (TCP by default; HealthCheckTask
//   waits 2 s + random 0–5 s between rounds, we use a fixed checkInterval) and after more than
//   checkTimes (3) consecutive failures (HealthCheckCommon.checkFail) marks it unhealthy. It is
//   never deleted: an operator removes it.
import { pushAll, setList } from './lists.ts';
import { providerName } from './scenario.ts';
import { emit, now, type Sim } from './sim-state.ts';
import type { Model } from './model.ts';

/** How often a Nacos 1.x client polls the server besides receiving pushes (ServiceInfo cacheMillis). */
export const NACOS_POLL_MS = 10_000;
/** Nacos 1.x's ClientBeatCheckTask period. */
export const BEAT_CHECK_MS = 5000;

const phase = (sim: Sim, ms: number) => Math.floor(sim.random() * ms) + 1;

function schedulePolls(sim: Sim): void {
  sim.consumers.forEach((_, c) => sim.clock.schedule(phase(sim, NACOS_POLL_MS), { type: 'fetch', c }));
}

function poll(sim: Sim, c: number): void {
  sim.clock.schedule(now(sim) + NACOS_POLL_MS, { type: 'fetch', c });
  // Every change of a Nacos registry is pushed, so the last pushed list is what a query returns now
  // (and sharing that array keeps 1,000 polling consumers cheap).
  setList(sim, c, sim.pushed, 'polled');
}

export const nacosEphemeralModel: Model = {
  init(sim) {
    const beat = sim.scenario.timings.heartBeatInterval;
    sim.providers.forEach((_, p) => {
      const next = phase(sim, beat);
      const entry = sim.registry[p];
      if (entry) entry.last = next - beat;
      sim.clock.schedule(next, { type: 'renew', p });
    });
    sim.clock.schedule(phase(sim, BEAT_CHECK_MS), { type: 'serverTask' });
    schedulePolls(sim);
  },
  on(sim, ev) {
    const t = sim.scenario.timings;
    if (ev.type === 'fetch') return poll(sim, ev.c);
    if (ev.type === 'renew') {
      const prov = sim.providers[ev.p];
      if (!prov?.alive || prov.leaving) return undefined;
      sim.clock.schedule(now(sim) + t.heartBeatInterval, ev);
      if (!prov.linked) {
        emit(sim, providerName(ev.p), 'beat-lost', { provider: providerName(ev.p) }, 'warn');
        return undefined;
      }
      const entry = sim.registry[ev.p];
      if (!entry) {
        sim.registry[ev.p] = { status: 'up', last: now(sim), misses: 0 };
        emit(sim, providerName(ev.p), 'reregistered', { provider: providerName(ev.p) }, 'ok');
        pushAll(sim, 'pushed');
        return undefined;
      }
      entry.last = now(sim);
      emit(sim, providerName(ev.p), 'beat', { provider: providerName(ev.p) }, 'info');
      if (entry.status !== 'up') {
        entry.status = 'up';
        emit(sim, 'nacos', 'healthy-again', { provider: providerName(ev.p) }, 'ok');
        pushAll(sim, 'pushed');
      }
      return undefined;
    }
    if (ev.type !== 'serverTask') return undefined;
    sim.clock.schedule(now(sim) + BEAT_CHECK_MS, ev);
    let changed = false;
    sim.registry.forEach((entry, p) => {
      if (!entry) return;
      const silent = now(sim) - entry.last;
      if (silent > t.ipDeleteTimeout) {
        sim.registry[p] = null;
        changed = true;
        emit(sim, 'nacos', 'deleted-no-beat', { provider: providerName(p), seconds: silent / 1000, limit: t.ipDeleteTimeout / 1000 }, 'bad');
      } else if (silent > t.heartBeatTimeout && entry.status === 'up') {
        entry.status = 'unhealthy';
        changed = true;
        emit(sim, 'nacos', 'unhealthy-no-beat', { provider: providerName(p), seconds: silent / 1000, limit: t.heartBeatTimeout / 1000 }, 'bad');
      }
    });
    if (changed) pushAll(sim, 'pushed');
    return undefined;
  },
  deregister(sim, p) {
    sim.registry[p] = null;
    emit(sim, providerName(p), 'deregistered', { provider: providerName(p) }, 'info');
    pushAll(sim, 'pushed');
  },
};

export const nacosPersistentModel: Model = {
  init(sim) {
    sim.clock.schedule(phase(sim, sim.scenario.timings.checkInterval), { type: 'serverTask' });
    schedulePolls(sim);
  },
  on(sim, ev) {
    const t = sim.scenario.timings;
    if (ev.type === 'fetch') return poll(sim, ev.c);
    if (ev.type !== 'serverTask') return undefined;
    sim.clock.schedule(now(sim) + t.checkInterval, ev);
    let changed = false;
    sim.registry.forEach((entry, p) => {
      if (!entry) return;
      const prov = sim.providers[p];
      if (prov?.alive && prov.linked) {
        entry.misses = 0;
        if (entry.status !== 'up') {
          entry.status = 'up';
          changed = true;
          emit(sim, 'nacos', 'check-healthy-again', { provider: providerName(p) }, 'ok');
        }
        return;
      }
      if (entry.status !== 'up') return;
      entry.misses++;
      emit(sim, 'nacos', 'check-failed', { provider: providerName(p), misses: entry.misses, max: t.checkTimes }, 'warn');
      if (entry.misses > t.checkTimes) {
        entry.status = 'unhealthy';
        changed = true;
        emit(sim, 'nacos', 'unhealthy-check', { provider: providerName(p), misses: entry.misses }, 'bad');
      }
    });
    if (changed) pushAll(sim, 'pushed');
    return undefined;
  },
  deregister(sim, p) {
    sim.registry[p] = null;
    emit(sim, providerName(p), 'deregistered', { provider: providerName(p) }, 'info');
    pushAll(sim, 'pushed');
  },
};
