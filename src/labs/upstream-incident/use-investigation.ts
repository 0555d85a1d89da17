// Runs a scenario in the worker and keeps the result per scenario and seed, so going back to a
// scenario already opened is instant.
import { useEffect, useState } from 'react';
import type { IncidentReply, IncidentRequest } from './incident-worker.ts';
import type { InvestigationView } from './investigation-view.ts';

export type InvestigationState =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly view: InvestigationView } | { readonly kind: 'error'; readonly message: string };

const cache = new Map<string, InvestigationView>();

export function useInvestigation(request: IncidentRequest): InvestigationState {
  const key = `${request.scenario}/${request.seed}`;
  const [state, setState] = useState<{ key: string; state: InvestigationState }>(() => {
    const hit = cache.get(key);
    return { key, state: hit ? { kind: 'ready', view: hit } : { kind: 'loading' } };
  });
  useEffect(() => {
    const hit = cache.get(key);
    if (hit) {
      setState({ key, state: { kind: 'ready', view: hit } });
      return undefined;
    }
    setState({ key, state: { kind: 'loading' } });
    const w = new Worker(new URL('./incident-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<IncidentReply>) => {
      if (e.data.ok) {
        cache.set(key, e.data.view);
        setState({ key, state: { kind: 'ready', view: e.data.view } });
      } else {
        setState({ key, state: { kind: 'error', message: e.data.error } });
      }
      w.terminate();
    };
    w.onerror = (e) => {
      setState({ key, state: { kind: 'error', message: e.message } });
      w.terminate();
    };
    w.postMessage({ scenario: request.scenario, seed: request.seed });
    return () => w.terminate();
  }, [key, request.scenario, request.seed]);
  return state.key === key ? state.state : { kind: 'loading' };
}
