// Call-chain lab: the whole simulation (client → A → B → C, 3 attempts per edge, C slowed down by
// 300 ms for a third of the run) at 10,000 requests/s for 10 simulated minutes, with and without
// all the fixes. Budget: under 2 s per run. The pools are 50× the lab's so the healthy chain keeps
// up with the load; totals only (no chart series, no trace rows), as the compare worker runs it.
// A third run without the fault says what a healthy chain costs.
// The run is measured whole: past the lab's limits for a browser tab (simulate.ts RUN_LIMITS, and
// pools of 3,200 are past its parameters too), as the engine's speed is what this measures.
// The engine is measured as the app ships it: bundled by Vite, as in the lab's worker. Loaded
// through tsx instead, every use of an imported binding is a getter call (10–20 % slower here).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import { SLOW_DEEPEST } from '../src/labs/call-chain/core/presets.ts';
import type { RunSummary } from '../src/labs/call-chain/core/run-types.ts';
import type { ChainScenario } from '../src/labs/call-chain/core/scenario.ts';
import { report } from './measure.ts';

const BUDGET_MS = 2000;

const big: ChainScenario = {
  ...SLOW_DEEPEST,
  rate: 10_000,
  durationMs: 600_000,
  layers: SLOW_DEEPEST.layers.map((l) => ({ ...l, pool: l.pool * 50, queue: l.queue * 50 })),
  fault: { ...SLOW_DEEPEST.fault, atMs: 200_000, forMs: 200_000 },
};

/** Runs one scenario in a fresh worker (its own V8 isolate) on the engine bundled in `dir`. */
function runInWorker(dir: string, scenario: ChainScenario): Promise<{ summary: RunSummary; ms: number; cpuMs: number }> {
  const worker = new Worker(pathToFileURL(join(dir, 'run.mjs')), { workerData: scenario });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { summary: RunSummary; ms: number; cpuMs: number }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

// The worker: times one run. CPU time is the process's, but the main thread only waits meanwhile.
const RUNNER = `
import { parentPort, workerData } from 'node:worker_threads';
import { simulateChain } from './simulate.js';
const start = performance.now();
const cpuStart = process.cpuUsage();
const { summary, stopped } = simulateChain(workerData, { limits: { calls: Infinity, liveAttempts: Infinity } });
if (stopped) throw new Error('stopped at ' + stopped.atMs + ' ms');
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
parentPort.postMessage({ summary, ms, cpuMs: (cpu.user + cpu.system) / 1000 });
`;

export default async function run(): Promise<void> {
  // simulate.ts bundled the way the app bundles the lab's worker.
  const dir = mkdtempSync(join(tmpdir(), 'call-chain-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        minify: false,
        copyPublicDir: false,
        lib: { entry: new URL('../src/labs/call-chain/core/simulate.ts', import.meta.url).pathname, formats: ['es'], fileName: 'simulate' },
      },
    });
    writeFileSync(join(dir, 'run.mjs'), RUNNER);
    // Each run in a fresh isolate: in one isolate a run is slowed by the type feedback and the
    // garbage the runs before it left (the first run here leaves 700 MB of arrays).
    for (const [name, scenario] of [
      ['no fixes', big],
      ['all fixes', { ...big, fixes: ['retry-budget', 'deadlines', 'breakers', 'shedding'] }],
      ['healthy, no fault', { ...big, fault: { ...big.fault, extraLatencyMs: 0 } }],
    ] as const) {
      const { summary, ms, cpuMs } = await runInWorker(dir, scenario as ChainScenario);
      const calls = summary.layers.reduce((sum, l) => sum + l.calls, 0);
      console.log(
        `${name}: ${summary.topRequests.toLocaleString('en-US')} requests, ${calls.toLocaleString('en-US')} calls, ` +
          `amplification ${summary.amplification.toFixed(2)}, goodput ${summary.goodput.toFixed(0)}/s, p99 ${summary.p99} ms`,
      );
      // On a shared machine wall time includes waiting for a core; CPU time says what the run costs.
      report(`call-chain 10,000 req/s × 10 min (${name}), wall`, ms, 'ms', { max: BUDGET_MS });
      report(`call-chain 10,000 req/s × 10 min (${name}), CPU`, cpuMs, 'ms', { max: BUDGET_MS });
      // What the run costs per call, and what the budget allows per call of this run: the budget is
      // per run, and the runs differ 3× in calls (the metastable one keeps 7 M attempts alive).
      report(`  CPU per call (budget allows ${((BUDGET_MS * 1e6) / calls).toFixed(0)} ns)`, (cpuMs * 1e6) / calls, 'ns');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
