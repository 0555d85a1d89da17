// The progress file: export and import. Import validates the format and version, refuses files over
// MAX_IMPORT_BYTES, and is a merge: entries already present (same id) are skipped, so importing a
// file twice changes nothing. Entries for cards no deck has are kept (a deck imported later may
// have them) and counted so the user is told.
import { isStudySettings, type StudySettings } from './progress-schema.ts';
import { isReviewEntry, type ReviewEntry } from './review-log.ts';
import { isTypeInEntry, type TypeInEntry } from './type-in-records.ts';
import { NO_EXTRAS, readExtras, type ExtraData, type ExtraKinds } from './export-extras.ts';

export const EXPORT_FORMAT = 'interview-lab-progress';
export const EXPORT_VERSION = 3;
/** 50 MB: about 400,000 reviews fit in a tenth of that. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly settings: StudySettings;
  readonly log: readonly ReviewEntry[];
  /** Typed answers (type-in recall). Optional: files written before it import as they did. */
  readonly typeIn?: readonly TypeInEntry[];
  /** Records of other kinds (cram reviews, test results) by kind, and keyed values (interview dates). */
  readonly records?: ExtraData['records'];
  readonly values?: ExtraData['values'];
}

export function toExportFile(
  log: readonly ReviewEntry[],
  settings: StudySettings,
  now: number,
  typeIn: readonly TypeInEntry[] = [],
  extras: ExtraData = NO_EXTRAS,
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    log: log.map(({ id, cardId, grade, time, durationMs }) => ({ id, cardId, grade, time, durationMs })),
    typeIn,
    records: extras.records,
    values: extras.values,
  };
}

export type ImportError = 'too-big' | 'not-json' | 'wrong-format' | 'newer-version' | 'bad-entries' | 'bad-settings';

export type ParsedImport =
  | { ok: true; entries: ReviewEntry[]; typeIn: TypeInEntry[]; extras: ExtraData; settings: StudySettings | null; unknownCardIds: string[] }
  | { ok: false; error: ImportError; detail?: string };

/**
 * Accepts this format (version 3) and the previous export (`kind: 'review-log'`, version 2, no
 * settings). `knownCardIds` tells which card ids some deck has.
 */
export function parseImportFile(
  text: string,
  byteLength: number,
  knownCardIds: ReadonlySet<string>,
  kinds: ExtraKinds = { recordKinds: [], valueKeys: [] },
): ParsedImport {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, error: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'not-json', detail: (e as Error).message };
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const current = file.format === EXPORT_FORMAT;
  const previous = file.app === 'interview-lab' && file.kind === 'review-log';
  if (!current && !previous) return { ok: false, error: 'wrong-format' };
  const version = file.version;
  if (typeof version !== 'number' || (current && version !== EXPORT_VERSION) || (previous && version !== 2)) {
    return { ok: false, error: typeof version === 'number' && version > EXPORT_VERSION ? 'newer-version' : 'wrong-format', detail: String(version) };
  }
  if (!Array.isArray(file.log)) return { ok: false, error: 'wrong-format' };
  const bad = file.log.findIndex((e) => !isReviewEntry(e));
  if (bad >= 0) return { ok: false, error: 'bad-entries', detail: `#${bad + 1}` };
  if (current && !isStudySettings(file.settings)) return { ok: false, error: 'bad-settings' };
  const typeIn = file.typeIn ?? [];
  if (!Array.isArray(typeIn)) return { ok: false, error: 'wrong-format' };
  const badTypeIn = typeIn.findIndex((e) => !isTypeInEntry(e));
  if (badTypeIn >= 0) return { ok: false, error: 'bad-entries', detail: `typeIn #${badTypeIn + 1}` };
  const extras = readExtras(file.records, file.values, kinds);
  if (!extras) return { ok: false, error: 'bad-entries', detail: 'records' };
  const entries = file.log as ReviewEntry[];
  const unknownCardIds = [...new Set(entries.map((e) => e.cardId))].filter((id) => !knownCardIds.has(id));
  return { ok: true, entries, typeIn: typeIn as TypeInEntry[], extras, settings: current ? (file.settings as StudySettings) : null, unknownCardIds };
}
