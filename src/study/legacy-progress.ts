// Migration from the first release's storage: one key `progress` in the `kv` store, holding
// zustand persist's JSON `{ state: { log, settings }, version }` (progress-schema.ts, versions 1
// and 2). Every review becomes a record and the settings a keyed value; only after those
// transactions committed is the migration marked done. The old record is never deleted or changed.
// Loaded only when such a record exists.
import type { RecordDb, StoredRecord } from '../lib/record-db.ts';
import { setAside } from '../lib/set-aside.ts';
import { defaultSettings, isStudySettings, migrateProgress, type ProgressData, type StudySettings } from './progress-schema.ts';
import { LEGACY_PROGRESS_KEY, MIGRATED_KEY, REVIEW_KIND, SETTINGS_KEY } from './progress-keys.ts';

export type LegacyParse = { ok: true; data: ProgressData } | { ok: false; reason: string };

export function parseLegacyProgress(raw: string): LegacyParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const { state, version } = (parsed ?? {}) as { state?: unknown; version?: unknown };
  if (typeof version !== 'number' || state === undefined) return { ok: false, reason: 'bad-shape' };
  try {
    return { ok: true, data: migrateProgress(state, version) };
  } catch (e) {
    return { ok: false, reason: `migrate-failed: ${(e as Error).message}` };
  }
}

export interface MigrationResult {
  readonly result: 'migrated' | 'unreadable';
  readonly reviews: number;
  readonly reason?: string;
}

export async function migrateLegacyProgress(db: RecordDb): Promise<MigrationResult> {
  const stored = await db.legacy(LEGACY_PROGRESS_KEY);
  const raw = typeof stored === 'string' ? stored : JSON.stringify(stored);
  const parsed = parseLegacyProgress(raw);
  let outcome: MigrationResult;
  if (parsed.ok) {
    const records: StoredRecord[] = parsed.data.log.map((e) => ({ kind: REVIEW_KIND, ...e }));
    await db.add(records);
    const legacySettings = parsed.data.settings;
    // Settings already saved in the new form (another tab migrated first) win.
    await db.update<StudySettings>(SETTINGS_KEY, (current) =>
      current && isStudySettings(current.value) ? current.value : isStudySettings(legacySettings) ? legacySettings : defaultSettings,
    );
    outcome = { result: 'migrated', reviews: records.length };
  } else {
    await setAside(db, 'progress', parsed.reason, raw);
    outcome = { result: 'unreadable', reviews: 0, reason: parsed.reason };
  }
  await db.update<MigrationResult>(MIGRATED_KEY, (current) => current?.value ?? outcome);
  return outcome;
}
