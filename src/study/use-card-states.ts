// Card states and reviews by card, kept up to date by the progress store one review at a time
// (card-index.ts); components only select them.
import type { CardState } from './scheduler.ts';
import { useProgressStore, type ProgressView } from './progress-store.ts';

export function useProgressView(): ProgressView {
  return useProgressStore((s) => s.view);
}

/** The maps inside a view are updated in place, so components select the view (a new object on
 *  every change) to re-render, never the map itself. */
export function useCardStates(): ReadonlyMap<string, CardState> {
  return useProgressStore((s) => s.view).states;
}
