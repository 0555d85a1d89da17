// One attempt session at a puzzle, graded like a flashcard review: passing every case on the first
// submit is Good, passing after failed submits is Hard, giving up is Again. A session is graded
// once; "practise again" starts a new one. Runs (visible examples only) and submits that did not
// compile do not count as failures: the code never met the judge.
import type { Grade } from '../../study/review-log.ts';

export interface Attempt {
  readonly startedAt: number;
  readonly failedSubmits: number;
  /** Set once the session has been recorded. */
  readonly grade: Grade | null;
}

export type AttemptEvent =
  { readonly kind: 'submit-passed' } | { readonly kind: 'submit-failed' } | { readonly kind: 'give-up' } | { readonly kind: 'restart'; readonly now: number };

export const startAttempt = (now: number): Attempt => ({ startedAt: now, failedSubmits: 0, grade: null });

export function nextAttempt(a: Attempt, event: AttemptEvent): Attempt {
  if (event.kind === 'restart') return startAttempt(event.now);
  if (a.grade !== null) return a;
  switch (event.kind) {
    case 'submit-failed':
      return { ...a, failedSubmits: a.failedSubmits + 1 };
    case 'submit-passed':
      return { ...a, grade: a.failedSubmits === 0 ? 3 : 2 };
    case 'give-up':
      return { ...a, grade: 1 };
  }
}
