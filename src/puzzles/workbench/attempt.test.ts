import { describe, expect, it } from 'vitest';
import { nextAttempt, startAttempt, type AttemptEvent } from './attempt.ts';

const play = (...events: AttemptEvent['kind'][]) =>
  events.reduce((a, kind) => nextAttempt(a, kind === 'restart' ? { kind, now: 99 } : { kind }), startAttempt(0));

describe('attempt grading', () => {
  it('is Good when the first submit passes', () => {
    expect(play('submit-passed').grade).toBe(3);
  });
  it('is Hard when it passes after failed submits', () => {
    expect(play('submit-failed', 'submit-failed', 'submit-passed')).toMatchObject({ grade: 2, failedSubmits: 2 });
  });
  it('is Again on giving up, even after failures', () => {
    expect(play('submit-failed', 'give-up').grade).toBe(1);
  });
  it('grades a session once', () => {
    expect(play('submit-passed', 'submit-failed', 'give-up')).toMatchObject({ grade: 3, failedSubmits: 0 });
    expect(play('give-up', 'submit-passed').grade).toBe(1);
  });
  it('starts over on restart', () => {
    expect(play('give-up', 'restart')).toEqual({ startedAt: 99, failedSubmits: 0, grade: null });
    expect(play('give-up', 'restart', 'submit-passed').grade).toBe(3);
  });
});
