// Card states for the current log and retention, derived once per change and shared by every
// component that asks (the replay is cheap, but not free for long logs).
import { useMemo } from 'react';
import { createScheduler, type CardState, type Scheduler } from './scheduler.ts';
import { useProgressStore } from './progress-store.ts';

export function useScheduler(): Scheduler {
  const retention = useProgressStore((s) => s.settings.retention);
  return useMemo(() => createScheduler(retention), [retention]);
}

export function useCardStates(): ReadonlyMap<string, CardState> {
  const log = useProgressStore((s) => s.log);
  const scheduler = useScheduler();
  return useMemo(() => scheduler.derive(log), [scheduler, log]);
}
