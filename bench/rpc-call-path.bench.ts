// RPC call path lab: whole calls simulated per second (every layer's events, the cluster strategy,
// select/reselect) for each preset under a failure that makes it work (failover retrying, forking,
// failback's background retries), the encoders' throughput, and the view's per-step work.
import { presetConfigs, PRESET_IDS } from '../src/labs/rpc-call-path/core/presets.ts';
import { momentAt } from '../src/labs/rpc-call-path/core/moment.ts';
import { orderHessian, orderJson, orderProto, SAMPLE_ORDER } from '../src/labs/rpc-call-path/core/payload.ts';
import { simulateCall } from '../src/labs/rpc-call-path/core/simulate.ts';
import type { CallConfig } from '../src/labs/rpc-call-path/core/config.ts';
import { bestRate, bestTimeMs, report } from './measure.ts';

const CALLS = 100_000;

function callsPerSecond(config: CallConfig): number {
  return bestRate(CALLS, () => {
    for (let i = 0; i < CALLS; i++) simulateCall({ ...config, seed: i });
  });
}

export default function rpcCallPathBench(): void {
  report('dubbo-defaults, healthy: calls/s over 100k calls', callsPerSecond(presetConfigs['dubbo-defaults']), 'calls/s', { min: 100_000 });
  report('dubbo-defaults, slow provider (failover): calls/s', callsPerSecond({ ...presetConfigs['dubbo-defaults'], fault: 'slow-provider' }), 'calls/s', {
    min: 50_000,
  });
  report(
    'dubbo-defaults, all 3 slow (3 attempts): calls/s',
    callsPerSecond({ ...presetConfigs['dubbo-defaults'], fault: 'slow-provider', faulty: 3 }),
    'calls/s',
    { min: 50_000 },
  );
  report('dubbo-forking-2, slow provider: calls/s', callsPerSecond({ ...presetConfigs['dubbo-forking-2'], fault: 'slow-provider' }), 'calls/s', {
    min: 50_000,
  });
  report(
    'grpc-unary-deadline, connection dropped: calls/s',
    callsPerSecond({ ...presetConfigs['grpc-unary-deadline'], fault: 'connection-dropped' }),
    'calls/s',
    { min: 50_000 },
  );

  report(
    'encode the sample order as JSON: orders/s',
    bestRate(CALLS, () => {
      for (let i = 0; i < CALLS; i++) orderJson(SAMPLE_ORDER);
    }),
    'orders/s',
    { min: 100_000 },
  );
  report(
    'encode the sample order as protobuf: orders/s',
    bestRate(CALLS, () => {
      for (let i = 0; i < CALLS; i++) orderProto(SAMPLE_ORDER);
    }),
    'orders/s',
    { min: 100_000 },
  );
  report(
    'encode the sample order as Hessian 2: orders/s',
    bestRate(CALLS, () => {
      for (let i = 0; i < CALLS; i++) orderHessian(SAMPLE_ORDER);
    }),
    'orders/s',
    { min: 100_000 },
  );

  // What one render of the player does: the run (memoised per URL) and the moment at a step.
  const runs = PRESET_IDS.map((id) => simulateCall({ ...presetConfigs[id], fault: 'slow-provider' }));
  const ms = bestTimeMs(() => {
    for (const run of runs) for (let i = 0; i < run.events.length; i++) momentAt(run, i);
  });
  const steps = runs.reduce((n, r) => n + r.events.length, 0);
  report(`momentAt for every step of every preset (${steps} steps)`, ms, 'ms', { max: 16 });
}
