// Background runs that need no rows: the same stream through several algorithms (compare) and the
// same setup for an hour (fast-forward). Counting a million requests takes long enough to freeze
// a frame or two, so it happens here, not on the page's thread. A comparison is split over a few
// workers (each builds the same seeded stream and runs its share of the algorithms).
import { compareAlgorithms } from './core/compare.ts';
import type { UpstreamEvent } from './core/events.ts';
import { buildLabStream, toUpstreamSetup } from './core/lab-run.ts';
import type { RunSummary } from './core/metrics.ts';
import type { LoadBalancingValues } from './core/params.ts';
import { fastForwardLoadBalancing } from './core/simulate.ts';
import type { AlgorithmId } from './core/types.ts';

export type LbWorkerRequest =
  | {
      readonly kind: 'compare';
      readonly values: LoadBalancingValues;
      readonly presetEvents: readonly UpstreamEvent[];
      readonly algorithms: readonly AlgorithmId[];
    }
  | { readonly kind: 'hour'; readonly values: LoadBalancingValues; readonly presetEvents: readonly UpstreamEvent[] };

export type LbWorkerReply = { ok: true; runs: RunSummary[]; ms: number } | { ok: false; error: string };

const ctx = self as unknown as { onmessage: ((e: MessageEvent<LbWorkerRequest>) => void) | null; postMessage(message: LbWorkerReply): void };

ctx.onmessage = (e) => {
  const start = performance.now();
  try {
    const { values, presetEvents } = e.data;
    if (e.data.kind === 'compare') {
      const runs = compareAlgorithms(toUpstreamSetup(values, presetEvents), buildLabStream(values), e.data.algorithms);
      ctx.postMessage({ ok: true, runs, ms: performance.now() - start });
    } else {
      const hour = { ...values, durationS: 3600 };
      const run = fastForwardLoadBalancing(toUpstreamSetup(hour, presetEvents), buildLabStream(hour));
      ctx.postMessage({ ok: true, runs: [run], ms: performance.now() - start });
    }
  } catch (err) {
    ctx.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
