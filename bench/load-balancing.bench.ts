// Load-balancing lab: picks per second for every balancer on 10 servers, and the time to push a
// million requests through the side-by-side comparison of all algorithms.
import { createRandom, exponential } from '../src/labs/kernel/random.ts';
import { compareAlgorithms } from '../src/labs/load-balancing/core/compare.ts';
import { createBalancer } from '../src/labs/load-balancing/core/create-balancer.ts';
import { toStreamSpec, toUpstreamSetup } from '../src/labs/load-balancing/core/lab-run.ts';
import { LB_PRESETS } from '../src/labs/load-balancing/core/presets.ts';
import { createRequestStream } from '../src/labs/load-balancing/core/requests.ts';
import { createServerStates, serverSpec } from '../src/labs/load-balancing/core/servers.ts';
import { ALGORITHM_IDS, createRequest, resetRequest, type AlgorithmId } from '../src/labs/load-balancing/core/types.ts';
import { performance } from 'node:perf_hooks';
import { report } from './measure.ts';

// Best wall time and best CPU time (user + system) of `fn` over a few rounds after a warm-up. The
// CPU time is printed too: on a shared machine the wall clock also counts time spent waiting for
// a core, the CPU time only the work.
function bestTimes(fn: () => void, rounds = 3): { wallMs: number; cpuMs: number } {
  fn();
  let wallMs = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < rounds; i++) {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    fn();
    wallMs = Math.min(wallMs, performance.now() - start);
    const cpu = process.cpuUsage(cpu0);
    cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1000);
  }
  return { wallMs, cpuMs };
}

const FAST: ReadonlySet<AlgorithmId> = new Set(['round-robin', 'swrr', 'hash-consistent']);

function pickRate(algorithm: AlgorithmId): { wall: number; cpu: number } {
  const servers = createServerStates(Array.from({ length: 10 }, (_, i) => serverSpec(`10.0.0.${i + 1}:8080`)));
  const random = createRandom(1);
  servers.forEach((s) => (s.conns = Math.floor(random() * 8)));
  const balancer = createBalancer(algorithm, createRandom(2));
  balancer.init(servers);
  const keys = Array.from({ length: 4096 }, (_, i) => `/api/items/k${1000 + i}`);
  const ips = Array.from({ length: 4096 }, (_, i) => `${11 + (i % 200)}.${(i * 7) % 256}.${(i * 13) % 256}.${1 + (i % 254)}`);
  const req = createRequest();
  const count = 2_000_000;
  let sink = 0;
  const t = bestTimes(() => {
    for (let i = 0; i < count; i++) {
      resetRequest(req, keys[i & 4095] as string, ips[i & 4095] as string, i);
      sink += balancer.pick(req, servers);
    }
  });
  if (sink === -1) console.log('');
  return { wall: count / (t.wallMs / 1000), cpu: count / (t.cpuMs / 1000) };
}

export default async function run(): Promise<void> {
  for (const algorithm of ALGORITHM_IDS) {
    const label = algorithm === 'hash-consistent' ? 'hash-consistent (10 servers × 160 points)' : algorithm;
    const rate = pickRate(algorithm);
    report(`pick: ${label}`, rate.wall, 'picks/s', FAST.has(algorithm) ? { min: 5_000_000 } : undefined);
    report('  (per CPU second)', rate.cpu, 'picks/s');
  }

  // The compare-all preset (4 servers, one slow; 900 r/s Poisson; hot keys), run for a million requests.
  const preset = LB_PRESETS['compare-all'];
  const random = createRandom(preset.values.seed);
  const arrivals: number[] = [];
  let t = 0;
  for (let i = 0; i < 1_000_000; i++) {
    t += exponential(random, 1000 / preset.values.rate);
    arrivals.push(t);
  }
  const streamSpec = toStreamSpec(preset.values);
  const build = bestTimes(() => void createRequestStream(arrivals, streamSpec), 1);
  report('build the 1,000,000-request stream (keys, clients, work)', build.wallMs, 'ms');
  const stream = createRequestStream(arrivals, streamSpec);
  const setup = toUpstreamSetup(preset.values, preset.events);
  const compare = bestTimes(() => void compareAlgorithms(setup, stream, preset.values.compare), 1);
  report(`compare-all: 1,000,000 requests × ${ALGORITHM_IDS.length} algorithms`, compare.wallMs, 'ms', { max: 2000 });
  report('  (CPU time)', compare.cpuMs, 'ms');
  report('  per request per algorithm (CPU)', (compare.cpuMs * 1e6) / (1_000_000 * ALGORITHM_IDS.length), 'ns');
}
