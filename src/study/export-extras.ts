// The other saved things in the progress file: records of other kinds (cram reviews, test results,
// typed answers live in their own field) and keyed values (interview dates). The features that own
// them name their kinds (the settings route passes them), so this module stays generic: it checks
// the shape every stored record has, adds the records that are not there yet, and sets a value only
// where this browser has none (a value already here is never replaced by a file's copy).
import type { RecordDb, StoredRecord } from '../lib/record-db.ts';

export interface ExtraKinds {
  readonly recordKinds: readonly string[];
  readonly valueKeys: readonly string[];
}

export interface ExtraData {
  readonly records: Readonly<Record<string, readonly StoredRecord[]>>;
  readonly values: Readonly<Record<string, unknown>>;
}

export const NO_EXTRAS: ExtraData = { records: {}, values: {} };

/**
 * What the progress file carries besides reviews and typed answers. The owners define the same
 * names (quiz/cram/cram-store.ts, quiz/test/test-results.ts, quiz/interview/interview-records.ts); a test checks they agree.
 */
export const PROGRESS_EXTRAS: ExtraKinds = { recordKinds: ['cram-review', 'test-result', 'interview', 'quiz-answer'], valueKeys: ['interview-dates'] };

export async function collectExtras(db: RecordDb, kinds: ExtraKinds): Promise<ExtraData> {
  const records: Record<string, StoredRecord[]> = {};
  const values: Record<string, unknown> = {};
  for (const kind of kinds.recordKinds) records[kind] = await db.list(kind);
  for (const key of kinds.valueKeys) {
    const v = await db.read(key);
    if (v) values[key] = v.value;
  }
  return { records, values };
}

/** Null when the file's extras are malformed; kinds this app does not know are ignored. */
export function readExtras(records: unknown, values: unknown, kinds: ExtraKinds): ExtraData | null {
  const outRecords: Record<string, StoredRecord[]> = {};
  const outValues: Record<string, unknown> = {};
  if (records !== undefined) {
    if (typeof records !== 'object' || records === null || Array.isArray(records)) return null;
    for (const [kind, list] of Object.entries(records as Record<string, unknown>)) {
      if (!kinds.recordKinds.includes(kind)) continue;
      if (!Array.isArray(list) || !list.every((r) => isRecordOf(r, kind))) return null;
      outRecords[kind] = list as StoredRecord[];
    }
  }
  if (values !== undefined) {
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) if (kinds.valueKeys.includes(key)) outValues[key] = value;
  }
  return { records: outRecords, values: outValues };
}

function isRecordOf(r: unknown, kind: string): r is StoredRecord {
  return (
    typeof r === 'object' &&
    r !== null &&
    (r as StoredRecord).kind === kind &&
    typeof (r as StoredRecord).id === 'string' &&
    (r as StoredRecord).id.length > 0 &&
    (r as StoredRecord).id.length < 200
  );
}

export async function importExtras(db: RecordDb, extras: ExtraData): Promise<{ added: number; keptOwn: number }> {
  let added = 0;
  let keptOwn = 0;
  for (const list of Object.values(extras.records)) if (list.length > 0) added += (await db.add(list)).length;
  for (const [key, value] of Object.entries(extras.values)) {
    let kept = false;
    await db.update<unknown>(key, (current) => {
      kept = current !== null;
      return current ? current.value : value;
    });
    if (kept) keptOwn++;
  }
  return { added, keptOwn };
}
