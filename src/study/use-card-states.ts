// Card states and reviews by card, kept up to date by the progress store one review at a time
// (card-index.ts); components only select them.
import type { CardState } from './scheduler.ts';
import { useProgressStore, type ProgressView } from './progress-store.ts';

export function useProgressView(): ProgressView {
  return useProgressStore((s) => s.view);
}

export function useCardStates(): ReadonlyMap<string, CardState> {
  return useProgressStore((s) => s.view.states);
}
