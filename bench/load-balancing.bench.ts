// Load-balancing lab: picks per second for every balancer on 10 servers, the time to build a hash
// ring at the lab's cap, and the time to push a million requests through the side-by-side
// comparison of all algorithms.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRandom } from '../src/labs/kernel/random.ts';
import { compareAlgorithms, inListOrder, splitForWorkers } from '../src/labs/load-balancing/core/compare.ts';
import { createBalancer } from '../src/labs/load-balancing/core/create-balancer.ts';
import type { RunSummary } from '../src/labs/load-balancing/core/metrics.ts';
import { buildNginxChashRing } from '../src/labs/load-balancing/core/nginx-chash.ts';
import { MAX_RING_POINTS } from '../src/labs/load-balancing/core/ring-budget.ts';
import { buildVirtualNodeRing } from '../src/labs/load-balancing/core/ring-virtual-nodes.ts';
import { createServerStates, serverSpec } from '../src/labs/load-balancing/core/servers.ts';
import { ALGORITHM_IDS, createRequest, resetRequest, type AlgorithmId } from '../src/labs/load-balancing/core/types.ts';
import { performance } from 'node:perf_hooks';
import { MILLION, MILLION_PRESET, millionRequestSetup } from './lb-million.ts';
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

  // A hash ring at the lab's cap (MAX_RING_POINTS: 32 servers × weight 10 × 160), built on the
  // page's thread; each round names its servers anew so the recent-ring cache cannot answer.
  let round = 0;
  const capPool = () => {
    round++;
    return Array.from({ length: 32 }, (_, i) => ({ id: `10.${round}.0.${i + 1}:8080`, weight: 10 }));
  };
  const nginxRing = bestTimes(() => void buildNginxChashRing(capPool()), 5);
  report(`ring build at the cap: nginx hash consistent (${MAX_RING_POINTS.toLocaleString('en-US')} points)`, nginxRing.wallMs, 'ms', { max: 25 });
  const genericRing = bestTimes(() => void buildVirtualNodeRing(capPool(), 160), 5);
  report(`ring build at the cap: virtual nodes (${MAX_RING_POINTS.toLocaleString('en-US')} points)`, genericRing.wallMs, 'ms', { max: 25 });

  // A million requests through all eleven algorithms, as the app's compare panel runs them: split
  // over one worker per core (at most four), each building the seeded stream and running its share.
  // Timed from the job's start (workers already loaded) to the last answer.
  const algorithms = MILLION_PRESET.values.compare;
  const parts = Math.max(1, Math.min(4, availableParallelism()));
  const workers = await startWorkers(parts);
  const parallel = [];
  for (let round = 0; round < 3; round++) parallel.push(await compareInWorkers(workers, splitForWorkers(algorithms, parts)));
  await Promise.all(workers.map((w) => w.terminate()));
  const best = Math.min(...parallel.map((r) => r.ms));
  report(`compare-all: 1,000,000 requests × ${algorithms.length} algorithms, ${parts} workers`, best, 'ms', { max: 2000 });

  // The same on this thread alone, split into stream building and simulation, with CPU times.
  const build = bestTimes(() => void millionRequestSetup(), 1);
  report('  one thread: build the 1,000,000-request stream', build.wallMs, 'ms');
  const { setup, stream } = millionRequestSetup();
  const sequential = bestTimes(() => void compareAlgorithms(setup, stream, algorithms), 1);
  report('  one thread: all algorithms', sequential.wallMs, 'ms');
  report('  one thread: all algorithms (CPU time)', sequential.cpuMs, 'ms');
  report('  per request per algorithm (CPU)', (sequential.cpuMs * 1e6) / (MILLION * algorithms.length), 'ns');
  const same = JSON.stringify(inListOrder(algorithms, parallel[0]?.runs ?? [])) === JSON.stringify(compareAlgorithms(setup, stream, algorithms));
  console.log(same ? '  workers and one thread give the same numbers' : '  WORKERS DISAGREE WITH ONE THREAD');
}

function startWorkers(n: number): Promise<Worker[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const w = new Worker(new URL('./lb-compare-worker.mjs', import.meta.url));
          w.once('message', () => resolve(w));
          w.once('error', reject);
        }),
    ),
  );
}

async function compareInWorkers(workers: Worker[], groups: AlgorithmId[][]): Promise<{ ms: number; runs: RunSummary[] }> {
  const start = performance.now();
  const replies = await Promise.all(
    groups.map(
      (group, i) =>
        new Promise<RunSummary[]>((resolve, reject) => {
          const w = workers[i] as Worker;
          w.once('message', resolve);
          w.once('error', reject);
          w.postMessage(group);
        }),
    ),
  );
  return { ms: performance.now() - start, runs: replies.flat() };
}
