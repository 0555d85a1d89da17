// Records a puzzle attempt in the progress store (which waits until saved progress is loaded).
import type { Grade } from '../../study/review-log.ts';
import { useProgressStore } from '../../study/progress-store.ts';

export function recordGrade(cardId: string, grade: Grade, durationMs: number): Promise<unknown> {
  return useProgressStore.getState().grade(cardId, grade, durationMs);
}
