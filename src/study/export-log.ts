// Export and import of the review log as a JSON file. Import is a merge: entries already present
// (same id) are skipped, so importing the same file twice changes nothing.
import { isReviewEntry, type ReviewEntry } from './review-log.ts';

export interface ExportFile {
  readonly app: 'interview-lab';
  readonly kind: 'review-log';
  readonly version: 2;
  readonly exportedAt: string;
  readonly log: readonly ReviewEntry[];
}

export function toExportFile(log: readonly ReviewEntry[], now: number): ExportFile {
  return { app: 'interview-lab', kind: 'review-log', version: 2, exportedAt: new Date(now).toISOString(), log };
}

export type ParsedImport = { ok: true; entries: ReviewEntry[] } | { ok: false; error: 'not-json' | 'not-a-log' | 'bad-entries'; detail?: string };

/** Accepts our export file or a bare array of entries. Any bad entry rejects the whole file. */
export function parseImportFile(text: string): ParsedImport {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { ok: false, error: 'not-json', detail: (e as Error).message }; }
  const log = Array.isArray(data) ? data : (data as { kind?: unknown; log?: unknown } | null)?.kind === 'review-log' ? (data as { log: unknown }).log : null;
  if (!Array.isArray(log)) return { ok: false, error: 'not-a-log' };
  const bad = log.findIndex((e) => !isReviewEntry(e));
  if (bad >= 0) return { ok: false, error: 'bad-entries', detail: `#${bad + 1}` };
  return { ok: true, entries: log as ReviewEntry[] };
}
