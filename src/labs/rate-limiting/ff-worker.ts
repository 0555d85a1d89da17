// Fast-forward runs in a worker: an hour at 1,000 r/s is 3.6 million decisions, counted without rows.
import { fastForwardSpec } from './core/fast-forward.ts';
import type { RunCounts, RunEntry } from './core/simulate.ts';
import type { TrafficSpec } from '../kernel/traffic.ts';
import type { WorkerReply } from '../../ui/use-worker-run.ts';

export interface FastForwardRequest {
  readonly entries: readonly RunEntry[];
  readonly spec: TrafficSpec;
  readonly durationMs: number;
  readonly seed: number;
}

export interface FastForwardDone {
  readonly ok: true;
  readonly counts: RunCounts[];
  readonly ms: number;
}

const ctx = self as unknown as { onmessage: ((e: MessageEvent<FastForwardRequest>) => void) | null; postMessage(message: WorkerReply<FastForwardDone>): void };

ctx.onmessage = (e) => {
  const { entries, spec, durationMs, seed } = e.data;
  const start = performance.now();
  try {
    ctx.postMessage({ ok: true, counts: fastForwardSpec(entries, spec, durationMs, seed), ms: performance.now() - start });
  } catch (err) {
    ctx.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
