// Kubernetes as the registry: the kubelet runs each pod's readinessProbe every periodSeconds (10 s)
// and after failureThreshold (3) consecutive failures marks the container not ready; the
// EndpointSlice controller then writes the endpoint with conditions.ready=false, and every node's
// kube-proxy (the consumers here) drops it from its rules at its next sync (at most once per
// --iptables-min-sync-period, 1 s). A deleted pod's endpoint turns terminating (ready=false,
// terminating=true) at once, before the process gets SIGTERM's consequences; it leaves the slice
// when the pod is gone. Sources: kubernetes.io docs "Configure Liveness, Readiness and Startup
// Probes", "EndpointSlices" (conditions ready/serving/terminating), kube-proxy's sync loop.
// Here "crash" means the app stops answering (hung): the pod stays, only readiness changes. A pod
// whose process exits would be seen by the kubelet within about a second instead. kube-proxy
// spreads connections at random (iptables statistic); this lab spreads calls round-robin.
import { setList } from './lists.ts';
import { consumerName, providerName } from './scenario.ts';
import { emit, listed, now, type Sim } from './sim-state.ts';
import type { Model } from './model.ts';

/** kube-proxy --iptables-min-sync-period default. */
export const MIN_SYNC_PERIOD_MS = 1000;

function endpointsChanged(sim: Sim): void {
  sim.consumers.forEach((_, c) => sim.clock.schedule(now(sim) + MIN_SYNC_PERIOD_MS, { type: 'proxySync', c }));
}

export const kubernetesModel: Model = {
  init(sim) {
    const period = sim.scenario.timings.periodSeconds * 1000;
    sim.providers.forEach((_, p) => sim.clock.schedule(Math.floor(sim.random() * period) + 1, { type: 'probe', p }));
  },
  on(sim, ev) {
    const t = sim.scenario.timings;
    if (ev.type === 'proxySync') {
      setList(sim, ev.c, listed(sim), 'proxy-synced', { node: consumerName(ev.c) });
      return;
    }
    if (ev.type !== 'probe') return;
    const entry = sim.registry[ev.p];
    const prov = sim.providers[ev.p];
    if (!entry || !prov || prov.leaving) return;
    sim.clock.schedule(now(sim) + t.periodSeconds * 1000, ev);
    if (prov.alive) {
      entry.misses = 0;
      if (entry.status === 'unhealthy') {
        entry.status = 'up';
        emit(sim, providerName(ev.p), 'ready-again', { provider: providerName(ev.p) }, 'ok');
        endpointsChanged(sim);
      }
      return;
    }
    if (entry.status !== 'up') return;
    entry.misses++;
    emit(sim, providerName(ev.p), 'probe-failed', { provider: providerName(ev.p), misses: entry.misses, max: t.failureThreshold }, 'warn');
    if (entry.misses >= t.failureThreshold) {
      entry.status = 'unhealthy';
      emit(sim, providerName(ev.p), 'not-ready', { provider: providerName(ev.p), seconds: entry.misses * t.periodSeconds }, 'bad');
      endpointsChanged(sim);
    }
  },
  deregister(sim, p) {
    const entry = sim.registry[p];
    if (!entry) return;
    entry.status = 'terminating';
    emit(sim, providerName(p), 'pod-terminating', { provider: providerName(p) }, 'info');
    endpointsChanged(sim);
  },
  exit(sim, p) {
    if (sim.registry[p] === null) return;
    sim.registry[p] = null;
    emit(sim, providerName(p), 'endpoint-removed', { provider: providerName(p) }, 'info');
    endpointsChanged(sim);
  },
};
