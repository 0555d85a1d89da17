// The user's code for each puzzle, kept in localStorage. A saved entry that cannot be read (edited
// by hand, written by an older version, cut short) never breaks the page: the starter is used, the
// raw text is kept aside under its own key, and the caller tells the user.

export const SAVED_CODE_VERSION = 1;

export interface SavedCustomCase {
  readonly args: string;
  readonly expected: string;
}

export interface SavedCode {
  readonly code: string;
  readonly custom: readonly SavedCustomCase[];
}

export type LoadedCode =
  { readonly kind: 'none' } | { readonly kind: 'ok'; readonly saved: SavedCode } | { readonly kind: 'unreadable'; readonly reason: UnreadableReason };

/** Why saved code could not be read; the view words it (`version` is what the data said). */
export type UnreadableReason =
  | { readonly code: 'not-json' }
  | { readonly code: 'not-object' }
  | { readonly code: 'unknown-version'; readonly version: string }
  | { readonly code: 'no-code' };

export const savedCodeKey = (puzzleId: string): string => `puzzle-code:${puzzleId}`;
export const unreadableCodeKey = (puzzleId: string): string => `puzzle-code:${puzzleId}:unreadable`;

const MAX_CUSTOM = 20;

/** Reads what `toSavedCode` wrote; anything else is unreadable (with a reason for the message). */
export function parseSavedCode(raw: string | null): LoadedCode {
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'unreadable', reason: { code: 'not-object' } };
  const record = data as Record<string, unknown>;
  if (record['version'] !== SAVED_CODE_VERSION) return { kind: 'unreadable', reason: { code: 'unknown-version', version: String(record['version']) } };
  const code = record['code'];
  if (typeof code !== 'string') return { kind: 'unreadable', reason: { code: 'no-code' } };
  const rawCustom = record['custom'];
  const custom: SavedCustomCase[] = [];
  if (Array.isArray(rawCustom)) {
    for (const c of rawCustom.slice(0, MAX_CUSTOM)) {
      // A damaged custom case is dropped; the code is what matters.
      if (typeof c === 'object' && c !== null && typeof (c as SavedCustomCase).args === 'string') {
        const e = (c as SavedCustomCase).expected;
        custom.push({ args: (c as SavedCustomCase).args, expected: typeof e === 'string' ? e : '' });
      }
    }
  }
  return { kind: 'ok', saved: { code, custom } };
}

export function toSavedCode(saved: SavedCode): string {
  return JSON.stringify({ version: SAVED_CODE_VERSION, code: saved.code, custom: saved.custom.slice(0, MAX_CUSTOM) });
}

/** localStorage, or null when the browser refuses it (privacy mode, disabled storage). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface LoadResult {
  readonly saved: SavedCode | null;
  /** Set when saved data was unreadable and has been kept aside. */
  readonly problem: { readonly reason: UnreadableReason; readonly raw: string } | null;
}

/** Reads the saved entry. No side effects (it runs during render, which React may repeat). */
export function loadCode(puzzleId: string): LoadResult {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(savedCodeKey(puzzleId)) ?? null;
  } catch {
    return { saved: null, problem: null };
  }
  const loaded = parseSavedCode(raw);
  if (loaded.kind === 'ok') return { saved: loaded.saved, problem: null };
  if (loaded.kind === 'none' || raw === null) return { saved: null, problem: null };
  return { saved: null, problem: { reason: loaded.reason, raw } };
}

/**
 * Moves an unreadable entry aside so the next save cannot overwrite it. Idempotent: it only acts
 * while the entry still holds `raw`.
 */
export function keepUnreadableAside(puzzleId: string, raw: string): void {
  try {
    const store = storage();
    if (!store || store.getItem(savedCodeKey(puzzleId)) !== raw) return;
    store.setItem(unreadableCodeKey(puzzleId), raw);
    store.removeItem(savedCodeKey(puzzleId));
  } catch {
    // Could not move it: it stays where it is, and is only replaced when the user edits.
  }
}

/** False when the browser would not store it (quota, disabled storage). */
export function saveCode(puzzleId: string, saved: SavedCode): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(savedCodeKey(puzzleId), toSavedCode(saved));
    return true;
  } catch {
    return false;
  }
}
