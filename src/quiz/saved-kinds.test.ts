// The progress file carries the quiz modes' saved data under the names their stores use.
import { describe, expect, it } from 'vitest';
import { PROGRESS_EXTRAS } from '../study/export-extras.ts';
import { CRAM_KIND, INTERVIEW_DATES_KEY } from './cram/cram-store.ts';
import { TEST_RESULT_KIND } from './test/test-results.ts';
import { INTERVIEW_KIND } from './interview/interview-records.ts';
import { QUIZ_ANSWER_KIND } from './quiz-answers.ts';

describe('saved kinds in the progress file', () => {
  it('are the ones the cram and test stores write', () => {
    expect(PROGRESS_EXTRAS.recordKinds).toEqual(expect.arrayContaining([CRAM_KIND, TEST_RESULT_KIND, INTERVIEW_KIND, QUIZ_ANSWER_KIND]));
    expect(PROGRESS_EXTRAS.valueKeys).toContain(INTERVIEW_DATES_KEY);
  });
});
