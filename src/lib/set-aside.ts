// Saved data that could not be read is never overwritten or dropped: a copy is kept aside under
// `set-aside:<what>:<time>` (and the first release kept its copies under `unreadable:…` in the old
// key-value store). This lists them for the banner, which names what each was and offers it.
import { create } from 'zustand';
import type { RecordDb } from './record-db.ts';

/** Which saved data a copy was: the UI names it in its own language. */
export type SetAsideWhat = 'progress' | 'imported-decks' | 'settings';

export interface SetAsideItem {
  readonly key: string;
  readonly what: SetAsideWhat;
  readonly reason: string;
  /** True for the first release's copies, which live in its read-only store. */
  readonly legacy: boolean;
}

interface SetAsideCopy {
  readonly what: SetAsideWhat;
  readonly reason: string;
  readonly raw: string;
}

const PREFIX = 'set-aside:';
const LEGACY_PREFIX = 'unreadable:';

export const useSetAsideStore = create<{ items: readonly SetAsideItem[] }>(() => ({ items: [] }));

export async function refreshSetAside(db: RecordDb): Promise<void> {
  const [keys, legacyKeys] = await Promise.all([db.keys(PREFIX), db.legacyKeys()]);
  const items: SetAsideItem[] = [];
  for (const key of keys) {
    const copy = (await db.read<never>(key)) as unknown as SetAsideCopy | null;
    if (copy) items.push({ key, what: copy.what, reason: copy.reason, legacy: false });
  }
  for (const key of legacyKeys.filter((k) => k.startsWith(LEGACY_PREFIX))) {
    items.push({ key, what: key.includes('imported-decks') ? 'imported-decks' : 'progress', reason: 'kept-aside', legacy: true });
  }
  useSetAsideStore.setState({ items });
}

/** Keeps `raw` aside (a new key each time) and lists it. */
export async function setAside(db: RecordDb, what: SetAsideWhat, reason: string, raw: string, now = Date.now()): Promise<void> {
  const copy: SetAsideCopy = { what, reason, raw };
  await db.keep(`${PREFIX}${what}:${now}`, copy);
  await refreshSetAside(db);
}

export async function readSetAside(db: RecordDb, item: SetAsideItem): Promise<string | null> {
  if (item.legacy) {
    const raw = await db.legacy(item.key);
    return raw === undefined ? null : typeof raw === 'string' ? raw : JSON.stringify(raw);
  }
  return ((await db.read<never>(item.key)) as unknown as SetAsideCopy | null)?.raw ?? null;
}

export async function dropSetAside(db: RecordDb, item: SetAsideItem): Promise<void> {
  if (!item.legacy) await db.drop(item.key);
  useSetAsideStore.setState((s) => ({ items: s.items.filter((i) => i.key !== item.key) }));
}
