// The review log is the source of truth of a user's progress: an append-only list of grades.
// Card states are derived from it (scheduler.ts), so undo, import and a change of scheduler
// settings are all just "replay the log".

export type Grade = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy (FSRS ratings)

export interface ReviewEntry {
  /** Unique and stable: `${cardId}@${time}`, so merging two logs drops duplicates. */
  readonly id: string;
  readonly cardId: string;
  readonly grade: Grade;
  /** When the grade was given, ms since the epoch. */
  readonly time: number;
  /** How long the user looked at the card before grading, ms. */
  readonly durationMs: number;
}

export function createEntry(cardId: string, grade: Grade, time: number, durationMs: number): ReviewEntry {
  return { id: `${cardId}@${time}`, cardId, grade, time, durationMs: Math.max(0, Math.round(durationMs)) };
}

/** The one replay order: by time, then by id (two entries of one card never share both). */
export function byTime(a: ReviewEntry, b: ReviewEntry): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function appendEntry(log: readonly ReviewEntry[], entry: ReviewEntry): ReviewEntry[] {
  return [...log, entry];
}

/** Undo drops the last entry, whatever card it was. */
export function undoLast(log: readonly ReviewEntry[]): ReviewEntry[] {
  return log.slice(0, -1);
}

/** Union of two logs by entry id, in time order. Merging a log into itself changes nothing. */
export function mergeLogs(base: readonly ReviewEntry[], incoming: readonly ReviewEntry[]): { log: ReviewEntry[]; added: number } {
  const seen = new Set(base.map((e) => e.id));
  const fresh = incoming.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
  const log = [...base, ...fresh].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
  return { log, added: fresh.length };
}

export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function isReviewEntry(value: unknown): value is ReviewEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.cardId === 'string' &&
    e.cardId !== '' &&
    isGrade(e.grade) &&
    typeof e.time === 'number' &&
    Number.isFinite(e.time) &&
    typeof e.durationMs === 'number' &&
    Number.isFinite(e.durationMs)
  );
}
