// Runs of the chain off the page's thread: the played run (with series and trace rows) and the
// comparison of the fixes. A minute at a few hundred requests/s with retries at every layer takes
// longer than a frame, so neither runs on the main thread.
import { runVariants, type Variant, type VariantResult } from './core/compare.ts';
import type { ChainRun } from './core/run-types.ts';
import type { ChainScenario } from './core/scenario.ts';
import { simulateChain } from './core/simulate.ts';

export type ChainWorkerRequest =
  { readonly kind: 'run'; readonly scenario: ChainScenario } | { readonly kind: 'compare'; readonly variants: readonly Variant[] };

export type ChainWorkerReply =
  { readonly ok: true; readonly run?: ChainRun; readonly variants?: VariantResult[] } | { readonly ok: false; readonly error: string };

/** Top-level requests traced in full in the played run. */
export const TRACED_REQUESTS = 300;

const ctx = self as unknown as { onmessage: ((e: MessageEvent<ChainWorkerRequest>) => void) | null; postMessage(message: ChainWorkerReply): void };

ctx.onmessage = (e) => {
  try {
    if (e.data.kind === 'run') ctx.postMessage({ ok: true, run: simulateChain(e.data.scenario, { series: true, tracedRequests: TRACED_REQUESTS }) });
    else ctx.postMessage({ ok: true, variants: runVariants(e.data.variants) });
  } catch (err) {
    ctx.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
