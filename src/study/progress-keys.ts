// Where progress lives in the RecordDb (record-db.ts): record kinds and value keys.
export const REVIEW_KIND = 'review';
export const SETTINGS_KEY = 'settings';
/** Card states derived from the reviews, to open a long log fast; rebuilt when it disagrees. */
export const STATES_CACHE_KEY = 'cache:card-states';
/** The first release's whole-progress record, in its `kv` store (read, never deleted). */
export const LEGACY_PROGRESS_KEY = 'progress';
/** Set once that record's reviews and settings were committed as records and values. */
export const MIGRATED_KEY = 'migrated:progress';
