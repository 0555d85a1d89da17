// Typed answers in the study session, one record each, appended to the app's RecordDb beside the
// reviews (never a rewrite): the card, the text, which key points the matcher counted, the grade
// it suggested and the grade the user chose (an override when they differ). Export and import
// carry them (export-log.ts); an import adds only the ids not present yet.
import type { RecordDb, StoredRecord } from '../lib/record-db.ts';
import { isGrade, type Grade } from './review-log.ts';

export const TYPE_IN_KIND = 'type-in';

export interface TypeInEntry {
  /** `${cardId}@${time}`: the review it belongs to has the same id. */
  readonly id: string;
  readonly cardId: string;
  readonly time: number;
  readonly typed: string;
  /** Indexes of the key points counted as recalled. */
  readonly hits: readonly number[];
  readonly points: number;
  /** Null when the card has no key points. */
  readonly suggested: Grade | null;
  readonly chosen: Grade;
}

export const isOverride = (e: TypeInEntry) => e.suggested !== null && e.suggested !== e.chosen;

export function isTypeInEntry(value: unknown): value is TypeInEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.cardId === 'string' &&
    e.cardId !== '' &&
    typeof e.time === 'number' &&
    Number.isFinite(e.time) &&
    typeof e.typed === 'string' &&
    Array.isArray(e.hits) &&
    e.hits.every((h) => Number.isInteger(h) && h >= 0) &&
    Number.isInteger(e.points) &&
    (e.suggested === null || isGrade(e.suggested)) &&
    isGrade(e.chosen)
  );
}

const toRecord = (e: TypeInEntry): TypeInEntry & StoredRecord => ({
  kind: TYPE_IN_KIND,
  id: e.id,
  cardId: e.cardId,
  time: e.time,
  typed: e.typed,
  hits: [...e.hits],
  points: e.points,
  suggested: e.suggested,
  chosen: e.chosen,
});

/** Adds the entries not stored yet; resolves with how many it added. */
export async function addTypeInEntries(db: RecordDb, entries: readonly TypeInEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  return (await db.add(entries.map(toRecord))).length;
}

export async function listTypeInEntries(db: RecordDb): Promise<TypeInEntry[]> {
  const records = await db.list<TypeInEntry & StoredRecord>(TYPE_IN_KIND);
  return records
    .filter(isTypeInEntry)
    .map(({ kind: _kind, ...e }) => e)
    .sort((a, b) => a.time - b.time);
}
