// Netflix Eureka, as its code does it (Netflix/eureka, eureka-core):
// - Lease.renew() sets lastUpdateTimestamp = now + duration, and Lease.isExpired() checks
//   now > lastUpdateTimestamp + duration (+ additionalLeaseMs, the eviction task's lateness, 0 here):
//   the duration is added twice, so a crashed instance expires 2 × leaseExpirationDurationInSeconds
//   after its last renewal. The source comment calls it a bug kept for compatibility; we model what
//   the code does. A fresh Lease (register) starts at lastUpdateTimestamp = now, without the extra.
// - AbstractInstanceRegistry.evict() runs every evictionIntervalTimerInMs (60 s). It does nothing when
//   isLeaseExpirationEnabled() is false: with self-preservation on, expiry needs the renewals counted
//   over the last minute (MeasuredRate, one-minute buckets) to exceed numberOfRenewsPerMinThreshold =
//   (int)(expectedNumberOfClientsSendingRenews × 60 / 30 × renewalPercentThreshold). Register adds one
//   expected client, cancel and eviction remove one. It evicts at most size − (int)(size × 0.85)
//   expired leases per run, picked at random (a Knuth shuffle; our generator is seeded).
// - ResponseCacheImpl: clients read a read-only cache copied from the registry every
//   responseCacheUpdateIntervalMs (30 s); DiscoveryClient fetches it every registryFetchIntervalSeconds
//   (30 s); Ribbon's PollingServerListUpdater copies the client's list every ServerListRefreshInterval
//   (30 s; Spring Cloud LoadBalancer's cache has a 35 s TTL by default). Calls use Ribbon's list.
// Worst case from a crash to the last call (worstCaseEureka): 2 × 90 + 60 + 30 + 30 + 30 = 330 s.
// Peers are modelled as one replicated registry that answers while any peer is up (replication is
// asynchronous in reality); the 15-minute renewal-threshold update timer is left out (runs are shorter).
import { setList } from './lists.ts';
import { consumerName, providerName } from './scenario.ts';
import { emit, listed, names, noteSeen, now, registryServing, type Sim, type SimEvent } from './sim-state.ts';
import type { Model } from './model.ts';

export function renewThreshold(sim: Sim): number {
  const t = sim.scenario.timings;
  return Math.floor(sim.expectedRenewers * (60 / t.leaseRenewalIntervalInSeconds) * t.renewalPercentThreshold);
}

function isLeaseExpirationEnabled(sim: Sim): boolean {
  if (!sim.scenario.timings.enableSelfPreservation) return true;
  const threshold = renewThreshold(sim);
  return threshold > 0 && sim.renewsLastMin > threshold;
}

const every = (sim: Sim, ms: number, ev: SimEvent) => sim.clock.schedule(now(sim) + ms, ev);
const phase = (sim: Sim, ms: number) => Math.floor(sim.random() * ms) + 1;

export const eurekaModel: Model = {
  init(sim) {
    const t = sim.scenario.timings;
    const renewMs = t.leaseRenewalIntervalInSeconds * 1000;
    const leaseMs = t.leaseExpirationDurationInSeconds * 1000;
    if (sim.peersUp.length === 0) sim.peersUp = Array.from({ length: sim.scenario.servers }, () => true);
    sim.expectedRenewers = sim.providers.length;
    sim.renewsLastMin = Math.round(sim.providers.length * (60 / t.leaseRenewalIntervalInSeconds));
    sim.providers.forEach((_, p) => {
      const next = phase(sim, renewMs);
      const entry = sim.registry[p];
      if (entry) entry.last = next - renewMs + leaseMs; // the last renew() before the run began
      sim.clock.schedule(next, { type: 'renew', p });
    });
    sim.published = listed(sim);
    sim.consumers.forEach((c, i) => {
      c.fetched = sim.published;
      sim.clock.schedule(phase(sim, t.registryFetchIntervalSeconds * 1000), { type: 'fetch', c: i });
      sim.clock.schedule(phase(sim, t.serverListRefreshInterval), { type: 'lbRefresh', c: i });
    });
    sim.clock.schedule(phase(sim, t.evictionIntervalTimerInMs), { type: 'serverTask' });
    // The renewal counter's minute began before the run: count the steady renewals already in it.
    const bucketEnd = phase(sim, 60_000);
    sim.clock.schedule(bucketEnd, { type: 'renewBucket' });
    sim.renewsThisMin = sim.providers.reduce((n, _, p) => n + renewalsSince(sim, p, bucketEnd - 60_000, renewMs), 0);
    sim.clock.schedule(phase(sim, t.responseCacheUpdateIntervalMs), { type: 'cacheUpdate' });
  },
  on(sim, ev) {
    const t = sim.scenario.timings;
    switch (ev.type) {
      case 'renew':
        return renew(sim, ev.p);
      case 'renewBucket':
        sim.renewsLastMin = sim.renewsThisMin;
        sim.renewsThisMin = 0;
        return every(sim, 60_000, ev);
      case 'serverTask':
        every(sim, t.evictionIntervalTimerInMs, ev);
        if (registryServing(sim)) evict(sim);
        return undefined;
      case 'cacheUpdate': {
        every(sim, t.responseCacheUpdateIntervalMs, ev);
        if (!registryServing(sim)) return undefined;
        const fresh = listed(sim);
        const old = sim.published ?? [];
        if (fresh.length !== old.length || fresh.some((x, i) => x !== old[i])) {
          sim.published = fresh;
          emit(sim, 'eureka', 'cache-updated', { list: names(fresh) }, 'info');
        }
        return undefined;
      }
      case 'fetch': {
        every(sim, t.registryFetchIntervalSeconds * 1000, ev);
        const c = sim.consumers[ev.c];
        if (!c) return undefined;
        if (!registryServing(sim)) {
          emit(sim, consumerName(ev.c), 'fetch-failed', {}, 'warn');
          return undefined;
        }
        if (c.fetched !== sim.published && sim.published) {
          const changed = names(c.fetched ?? []) !== names(sim.published);
          c.fetched = sim.published;
          noteSeen(sim, sim.published);
          if (changed) emit(sim, consumerName(ev.c), 'fetched', { list: names(sim.published) }, 'info');
        }
        return undefined;
      }
      case 'lbRefresh': {
        every(sim, t.serverListRefreshInterval, ev);
        const c = sim.consumers[ev.c];
        if (c?.fetched) setList(sim, ev.c, c.fetched, 'lb-refreshed');
        return undefined;
      }
      default:
        return undefined;
    }
  },
  deregister(sim, p) {
    if (!registryServing(sim) || !sim.providers[p]?.linked) {
      emit(sim, providerName(p), 'cancel-failed', { provider: providerName(p) }, 'warn');
      return;
    }
    sim.registry[p] = null;
    sim.expectedRenewers = Math.max(0, sim.expectedRenewers - 1);
    emit(sim, providerName(p), 'cancelled', { provider: providerName(p), threshold: renewThreshold(sim) }, 'info');
  },
  serverStop(sim, server) {
    const sid = server === 'L' ? 1 : server;
    if (sim.peersUp[sid - 1]) sim.peersUp[sid - 1] = false;
    return sid;
  },
  serverStart(sim, server) {
    sim.peersUp[server - 1] = true;
  },
};

/** Renewals of provider p at or after `fromMs` and before the run began (its last renewals came every renewMs). */
function renewalsSince(sim: Sim, p: number, fromMs: number, renewMs: number): number {
  const entry = sim.registry[p];
  if (!entry) return 0;
  const leaseMs = sim.scenario.timings.leaseExpirationDurationInSeconds * 1000;
  let n = 0;
  for (let t = entry.last - leaseMs; t >= fromMs; t -= renewMs) n++;
  return n;
}

function renew(sim: Sim, p: number): void {
  const t = sim.scenario.timings;
  const prov = sim.providers[p];
  if (!prov?.alive || prov.leaving) return; // a dead process renews nothing
  every(sim, t.leaseRenewalIntervalInSeconds * 1000, { type: 'renew', p });
  if (!prov.linked || !registryServing(sim)) {
    emit(sim, providerName(p), 'renew-failed', { provider: providerName(p), why: prov.linked ? 'down' : 'partition' }, 'warn');
    return;
  }
  const entry = sim.registry[p];
  if (!entry) {
    // renew() answers 404 for an unknown instance; the client registers again.
    sim.registry[p] = { status: 'up', last: now(sim), misses: 0 };
    sim.expectedRenewers++;
    emit(sim, providerName(p), 'reregistered', { provider: providerName(p) }, 'ok');
    return;
  }
  entry.last = now(sim) + t.leaseExpirationDurationInSeconds * 1000;
  sim.renewsThisMin++;
  emit(sim, providerName(p), 'renewed', { provider: providerName(p), expiresAt: (entry.last + t.leaseExpirationDurationInSeconds * 1000) / 1000 }, 'info');
}

function evict(sim: Sim): void {
  const t = sim.scenario.timings;
  const leaseMs = t.leaseExpirationDurationInSeconds * 1000;
  const expired: number[] = [];
  sim.registry.forEach((e, p) => {
    if (e && now(sim) > e.last + leaseMs) expired.push(p);
  });
  if (!isLeaseExpirationEnabled(sim)) {
    if (!sim.selfPreservation || expired.length > 0) {
      emit(sim, 'eureka', 'self-preservation', { renews: sim.renewsLastMin, threshold: renewThreshold(sim), expired: names(expired) }, 'warn');
    }
    sim.selfPreservation = true;
    return;
  }
  if (sim.selfPreservation) emit(sim, 'eureka', 'self-preservation-off', { renews: sim.renewsLastMin, threshold: renewThreshold(sim) }, 'ok');
  sim.selfPreservation = false;
  if (expired.length === 0) return;
  const size = sim.registry.filter(Boolean).length;
  const limit = size - Math.floor(size * t.renewalPercentThreshold);
  const toEvict = Math.min(expired.length, limit);
  for (let i = 0; i < toEvict; i++) {
    const j = i + Math.floor(sim.random() * (expired.length - i));
    [expired[i], expired[j]] = [expired[j] as number, expired[i] as number];
    const p = expired[i] as number;
    const entry = sim.registry[p];
    if (!entry) continue;
    sim.registry[p] = null;
    sim.expectedRenewers = Math.max(0, sim.expectedRenewers - 1);
    emit(sim, 'eureka', 'evicted', { provider: providerName(p), lastRenew: (entry.last - leaseMs) / 1000, expiredAt: (entry.last + leaseMs) / 1000 }, 'bad');
  }
  if (toEvict < expired.length) emit(sim, 'eureka', 'eviction-limited', { limit, expired: expired.length }, 'warn');
}

/** Each term of the worst case from a crash to the consumer's last call, in seconds (defaults: 330). */
export function worstCaseEureka(t: Sim['scenario']['timings']): { readonly term: string; readonly seconds: number }[] {
  return [
    { term: 'lease', seconds: 2 * t.leaseExpirationDurationInSeconds },
    { term: 'eviction', seconds: t.evictionIntervalTimerInMs / 1000 },
    { term: 'responseCache', seconds: t.responseCacheUpdateIntervalMs / 1000 },
    { term: 'fetch', seconds: t.registryFetchIntervalSeconds },
    { term: 'ribbon', seconds: t.serverListRefreshInterval / 1000 },
  ];
}
