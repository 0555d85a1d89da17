// Records a puzzle attempt in the progress store. The store loads saved progress asynchronously;
// a grade written before that finishes would be overwritten by the loaded log, so it waits.
import type { Grade } from '../../study/review-log.ts';
import { useProgressStore } from '../../study/progress-store.ts';

export function recordGrade(cardId: string, grade: Grade, durationMs: number): void {
  const store = useProgressStore;
  if (store.getState().ready) {
    store.getState().grade(cardId, grade, durationMs);
    return;
  }
  const stop = store.subscribe((s) => {
    if (!s.ready) return;
    stop();
    s.grade(cardId, grade, durationMs);
  });
}
