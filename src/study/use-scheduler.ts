// The scheduler for the current retention, for grade previews. It imports ts-fsrs: only the
// study session (a lazy route) uses it.
import { useMemo } from 'react';
import { useProgressStore } from './progress-store.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';

export function useScheduler(): Scheduler {
  const retention = useProgressStore((s) => s.settings.retention);
  return useMemo(() => createScheduler(retention), [retention]);
}
