// Card states and reviews by card, kept up to date by the progress store one review at a time
// (card-index.ts); components only select them.
import type { CardState } from './scheduler.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { useMemo } from 'react';
import { useProgressStore, type ProgressView } from './progress-store.ts';

export function useScheduler(): Scheduler {
  const retention = useProgressStore((s) => s.settings.retention);
  return useMemo(() => createScheduler(retention), [retention]);
}

export function useProgressView(): ProgressView {
  return useProgressStore((s) => s.view);
}

export function useCardStates(): ReadonlyMap<string, CardState> {
  return useProgressStore((s) => s.view.states);
}
