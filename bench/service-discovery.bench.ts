// Service-discovery lab: an hour of a 100-instance registry with 1,000 consumers calling at 100
// calls/s each (360 million calls), fast-forwarded without rows, for each registry model.
// Calls are not events: every consumer's calls of one second are counted at once (calls.ts), spread
// round-robin over its cached list, with the list's dead positions worked out once per (list,
// liveness) and shared by every consumer holding the same list object (registries hand out one
// array per change, so 1,000 consumers share a handful). What stays an event: each provider's
// renewal / beat / ping, each consumer's fetch / poll / Ribbon refresh / watch read, the server
// tasks, and one call tick per second. One provider crashes, one deregisters. Budget: < 1 s per hour.
import { presets } from '../src/labs/service-discovery/core/presets.ts';
import type { RegistryKind, Scenario } from '../src/labs/service-discovery/core/scenario.ts';
import { simulate } from '../src/labs/service-discovery/core/simulate.ts';
import { bestTimeMs, report } from './measure.ts';

const HOUR_MS = 3_600_000;

function hour(kind: RegistryKind): Scenario {
  return {
    ...presets['eureka-defaults'],
    kind,
    providers: 100,
    consumers: 1000,
    rate: 100,
    retry: true,
    crash: 17,
    crashAtMs: 600_000,
    deregister: 42,
    deregisterAtMs: 1_800_000,
    drainMs: 5000,
    servers: 3,
    stop: [],
    start: [],
    durationMs: HOUR_MS,
    seed: 1,
  };
}

export default async function run(): Promise<void> {
  for (const kind of ['eureka', 'nacos-ephemeral', 'zookeeper', 'notes', 'kubernetes'] as const) {
    const scenario = hour(kind);
    let calls = 0;
    let failed = 0;
    let rescued = 0;
    const ms = bestTimeMs(() => {
      const r = simulate(scenario, { record: false });
      calls = r.main.ok + r.main.failed;
      failed = r.main.failed;
      rescued = r.main.retriedOk;
    }, 2);
    console.log(
      `  ${kind}: ${calls.toLocaleString('en-US')} calls; ${rescued.toLocaleString('en-US')} hit a dead instance and succeeded on retry, ${failed.toLocaleString('en-US')} failed`,
    );
    report(`service-discovery ${kind}: 1 h, 100 instances, 1,000 consumers × 100/s`, ms, 'ms', { max: 1000 });
  }
  const eureka = presets['eureka-defaults'];
  report(
    'service-discovery eureka-defaults preset with rows (the page)',
    bestTimeMs(() => simulate(eureka)),
    'ms',
    { max: 50 },
  );
  report(
    'service-discovery zookeeper-vs-eureka-outage with rows',
    bestTimeMs(() => simulate(presets['zookeeper-vs-eureka-outage'])),
    'ms',
    { max: 50 },
  );
}
