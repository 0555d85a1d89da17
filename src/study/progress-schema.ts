// The saved progress: its current shape, how to recognise it, and how older shapes migrate.
// Version history:
//   1  (first draft) { reviews: [{ card, rating, at }] , newPerDay }: no entry ids, no durations
//   2  { log: ReviewEntry[], settings: { retention, newPerDay } }
import { createEntry, isGrade, isReviewEntry, type ReviewEntry } from './review-log.ts';
import { DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION } from './study-constants.ts';

export const PROGRESS_VERSION = 2;

export interface StudySettings {
  /** Desired retention for FSRS, 0.7–0.99. */
  readonly retention: number;
  readonly newPerDay: number;
}

export interface ProgressData {
  readonly log: readonly ReviewEntry[];
  readonly settings: StudySettings;
}

export const defaultSettings: StudySettings = { retention: DEFAULT_RETENTION, newPerDay: DEFAULT_NEW_PER_DAY };

export function isStudySettings(value: unknown): value is StudySettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.retention === 'number' &&
    s.retention >= 0.7 &&
    s.retention <= 0.99 &&
    typeof s.newPerDay === 'number' &&
    Number.isInteger(s.newPerDay) &&
    s.newPerDay >= 0 &&
    s.newPerDay <= 9999
  );
}

export function isProgressData(value: unknown): value is ProgressData {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return Array.isArray(p.log) && p.log.every(isReviewEntry) && isStudySettings(p.settings);
}

/** Brings saved data of an older version to the current shape; throws if it cannot be read. */
export function migrateProgress(persisted: unknown, version: number): ProgressData {
  if (version === 1) {
    const old = persisted as { reviews?: unknown; newPerDay?: unknown };
    if (!Array.isArray(old?.reviews)) throw new Error('version 1 data has no `reviews` list');
    const log = old.reviews.map((r: unknown) => {
      const { card, rating, at } = (r ?? {}) as { card?: unknown; rating?: unknown; at?: unknown };
      if (typeof card !== 'string' || !isGrade(rating) || typeof at !== 'number') throw new Error('bad version 1 review');
      return createEntry(card, rating, at, 0);
    });
    const newPerDay = typeof old.newPerDay === 'number' ? old.newPerDay : DEFAULT_NEW_PER_DAY;
    const migrated = { log, settings: { ...defaultSettings, newPerDay } };
    if (!isProgressData(migrated)) throw new Error('version 1 data has bad settings');
    return migrated;
  }
  if (version === PROGRESS_VERSION && isProgressData(persisted)) return persisted;
  throw new Error(`saved progress has unknown version ${version}`);
}
