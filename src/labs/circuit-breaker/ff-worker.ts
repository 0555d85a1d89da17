// "Fast-forward one hour" runs here, off the page thread: at 1,000 calls/s an hour is 3.6 million
// calls (2–3 s), and the page stays usable meanwhile (and the run can be stopped).
import type { CircuitBreakerParams } from './core/params.ts';
import type { RunTotals } from './core/run-breaker.ts';
import type { WorkerReply } from '../../ui/use-worker-run.ts';
import { fastForwardHour } from './build-run.ts';

export interface FastForwardDone {
  readonly ok: true;
  readonly totals: RunTotals;
}

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<CircuitBreakerParams>) => void) | null;
  postMessage(message: WorkerReply<FastForwardDone>): void;
};

ctx.onmessage = (e) => {
  try {
    ctx.postMessage({ ok: true, totals: fastForwardHour(e.data) });
  } catch (err) {
    ctx.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
