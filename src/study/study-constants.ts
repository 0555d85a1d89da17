// Defaults and ts-fsrs constants the first page needs without loading ts-fsrs itself.
export const DEFAULT_RETENTION = 0.9;
export const DEFAULT_NEW_PER_DAY = 20;
/** ts-fsrs `State.Review`; scheduler.test.ts checks they agree. */
export const STATE_REVIEW = 2;
