// The notes' own design: "the registry sends a heartbeat to every provider every 30 s and takes it
// offline after three misses", then notifies the consumers (a push, as Dubbo's registries do).
// Source: the user's interview notes (content/notes/); real registries mostly have the provider
// renew a lease instead (see eureka.ts, nacos.ts), which is what the card corrects.
// Worst case after a crash just after an answered ping: maxMisses × heartbeatSeconds (90 s), then a push.
import { pushAll } from './lists.ts';
import { providerName } from './scenario.ts';
import { emit, listed, now, type Sim, type SimEvent } from './sim-state.ts';
import type { Model } from './model.ts';

export const notesModel: Model = {
  init(sim) {
    const period = sim.scenario.timings.heartbeatSeconds * 1000;
    sim.clock.schedule(Math.floor(sim.random() * period) + 1, { type: 'serverTask' });
  },
  on(sim: Sim, ev: SimEvent) {
    if (ev.type !== 'serverTask') return;
    const { heartbeatSeconds, maxMisses } = sim.scenario.timings;
    sim.clock.schedule(now(sim) + heartbeatSeconds * 1000, { type: 'serverTask' });
    let removed = false;
    sim.registry.forEach((entry, p) => {
      if (!entry) return;
      const prov = sim.providers[p];
      const answered = !!prov && prov.alive && prov.linked;
      if (answered) {
        if (entry.misses > 0) emit(sim, 'registry', 'ping-answered-again', { provider: providerName(p) }, 'ok');
        entry.misses = 0;
        entry.last = now(sim);
        return;
      }
      entry.misses++;
      emit(
        sim,
        'registry',
        'ping-missed',
        { provider: providerName(p), misses: entry.misses, max: maxMisses, why: prov?.alive ? 'partition' : 'dead' },
        'warn',
      );
      if (entry.misses >= maxMisses) {
        sim.registry[p] = null;
        removed = true;
        emit(sim, 'registry', 'removed-after-misses', { provider: providerName(p), misses: entry.misses, seconds: (now(sim) - entry.last) / 1000 }, 'bad');
      }
    });
    if (removed) pushAll(sim, 'pushed');
  },
  deregister(sim, p) {
    sim.registry[p] = null;
    emit(sim, providerName(p), 'deregistered', { provider: providerName(p) }, 'info');
    pushAll(sim, 'pushed');
  },
  heal(sim) {
    // A provider the registry dropped while cut off registers again once it can reach it.
    let back = false;
    sim.providers.forEach((prov, p) => {
      if (prov.alive && !prov.leaving && sim.registry[p] === null) {
        sim.registry[p] = { status: 'up', last: now(sim), misses: 0 };
        back = true;
        emit(sim, providerName(p), 'reregistered', { provider: providerName(p) }, 'ok');
      }
    });
    if (back) {
      listed(sim);
      pushAll(sim, 'pushed');
    }
  },
};
