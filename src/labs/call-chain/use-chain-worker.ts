// Starts the worker runs for a scenario and keeps their results. New values terminate the old
// workers, so a stale answer never lands. The comparison is split over two workers when the
// browser has the cores for it.
import { useEffect, useState } from 'react';
import { compareVariants, type VariantResult } from './core/compare.ts';
import type { ChainRun } from './core/run-types.ts';
import type { ChainScenario } from './core/scenario.ts';
import type { ChainWorkerReply, ChainWorkerRequest } from './chain-worker.ts';
import { workerErrorMessage } from '../../ui/worker-error.ts';

export type Pending<T> = { readonly kind: 'running' } | { readonly kind: 'done'; readonly value: T } | { readonly kind: 'error'; readonly message: string };

function startWorker(request: ChainWorkerRequest, onReply: (reply: ChainWorkerReply) => void, onError: (message: string) => void): Worker {
  const worker = new Worker(new URL('./chain-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ChainWorkerReply>) => {
    worker.terminate();
    onReply(e.data);
  };
  worker.onerror = (e) => {
    worker.terminate();
    onError(workerErrorMessage(e));
  };
  worker.postMessage(request);
  return worker;
}

export function useChainRun(scenario: ChainScenario): Pending<ChainRun> {
  const [state, setState] = useState<{ for: ChainScenario; value: Pending<ChainRun> }>({ for: scenario, value: { kind: 'running' } });
  useEffect(() => {
    let live = true;
    const worker = startWorker(
      { kind: 'run', scenario },
      (reply) =>
        live &&
        setState({
          for: scenario,
          value: reply.ok && reply.run ? { kind: 'done', value: reply.run } : { kind: 'error', message: reply.ok ? 'no run' : reply.error },
        }),
      (message) => live && setState({ for: scenario, value: { kind: 'error', message } }),
    );
    return () => {
      live = false;
      worker.terminate();
    };
  }, [scenario]);
  return state.for === scenario ? state.value : { kind: 'running' };
}

export function useCompare(scenario: ChainScenario): Pending<VariantResult[]> {
  const [state, setState] = useState<{ for: ChainScenario; value: Pending<VariantResult[]> }>({ for: scenario, value: { kind: 'running' } });
  useEffect(() => {
    let live = true;
    const variants = compareVariants(scenario);
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    const parts = cores >= 2 ? [variants.slice(0, 4), variants.slice(4)] : [variants];
    const replies: (VariantResult[] | undefined)[] = parts.map(() => undefined);
    const fail = (message: string) => live && setState({ for: scenario, value: { kind: 'error', message } });
    const workers = parts.map((part, i) =>
      startWorker(
        { kind: 'compare', variants: part },
        (reply) => {
          if (!reply.ok || !reply.variants) return fail(reply.ok ? 'no result' : reply.error);
          replies[i] = reply.variants;
          if (live && replies.every((r) => r !== undefined)) setState({ for: scenario, value: { kind: 'done', value: replies.flatMap((r) => r ?? []) } });
        },
        fail,
      ),
    );
    return () => {
      live = false;
      for (const w of workers) w.terminate();
    };
  }, [scenario]);
  return state.for === scenario ? state.value : { kind: 'running' };
}
