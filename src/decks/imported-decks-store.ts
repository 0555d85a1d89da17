// Decks the user imports in the browser: their Markdown sources, one keyed value in the app's
// RecordDb, parsed on load with the same parser as the build. Saving or removing a deck is a patch
// applied to the latest value (read-modify-write), so two tabs never drop each other's decks.
// A value that cannot be read is kept aside (and named as imported decks), never overwritten.
import { create } from 'zustand';
import { appDb } from '../lib/app-storage.ts';
import type { RecordDb, Versioned } from '../lib/record-db.ts';
import { appSync, type RecordSync } from '../lib/record-sync.ts';
import { refreshSetAside, setAside } from '../lib/set-aside.ts';
import type { DeckIndexEntry } from './deck-data.ts';

export interface ImportedSource {
  readonly file: string;
  readonly text: string;
  readonly importedAt: number;
  /** Deck metadata and card ids, taken by the parser at import time, so the home page can count
   *  cards without loading the parser; the cards themselves are parsed when the deck opens. */
  readonly entry: DeckIndexEntry;
}

interface ImportedDecksState {
  readonly sources: readonly ImportedSource[];
  readonly ready: boolean;
  /** Adds or replaces (same file name) a source; resolves once saved. */
  save(source: ImportedSource): Promise<void>;
  remove(file: string): Promise<void>;
}

export const IMPORTED_DECKS_KEY = 'imported-decks';
/** The first release kept them in zustand persist's JSON under this key of its `kv` store. */
const LEGACY_KEY = 'imported-decks';

export function isSources(value: unknown): value is ImportedSource[] {
  return (
    Array.isArray(value) &&
    value.every(
      (x: Partial<ImportedSource> | null) =>
        typeof x?.file === 'string' &&
        typeof x.text === 'string' &&
        typeof x.importedAt === 'number' &&
        typeof x.entry?.id === 'string' &&
        typeof x.entry.title === 'string' &&
        Array.isArray(x.entry.cardIds),
    )
  );
}

export function createImportedDecksStore(db: RecordDb, sync: RecordSync) {
  let rev = 0;
  const apply = (version: Versioned<unknown>) => {
    if (version.rev < rev || !isSources(version.value)) return;
    rev = version.rev;
    useStore.setState({ sources: version.value });
  };
  const patch = async (change: (sources: readonly ImportedSource[]) => ImportedSource[]) => {
    const version = await db.update<ImportedSource[]>(IMPORTED_DECKS_KEY, (current) =>
      change(current && isSources(current.value) ? current.value : useStore.getState().sources),
    );
    apply(version);
    sync.post({ type: 'value', key: IMPORTED_DECKS_KEY, version });
  };

  async function load() {
    let current = await db.read<unknown>(IMPORTED_DECKS_KEY);
    if (!current) current = await migrateLegacy(db);
    if (current && !isSources(current.value)) {
      // Keep the unreadable value aside first; only then may the key be reset (if still unchanged).
      await setAside(db, 'imported-decks', 'bad-shape', safeStringify(current.value));
      current = await db.update<unknown>(IMPORTED_DECKS_KEY, (latest) => (latest && isSources(latest.value) ? latest.value : []));
    }
    if (current) apply(current);
  }

  const useStore = create<ImportedDecksState>()(() => ({
    sources: [],
    ready: false,
    save: (source) => patch((sources) => [...sources.filter((s) => s.file !== source.file), source]),
    remove: (file) => patch((sources) => sources.filter((s) => s.file !== file)),
  }));
  sync.subscribe((m) => {
    if (m.type === 'value' && m.key === IMPORTED_DECKS_KEY) apply(m.version);
  });
  void load()
    .catch((e: unknown) => console.error('imported decks could not be loaded', e))
    .finally(() => {
      useStore.setState({ ready: true });
      void refreshSetAside(db).catch(() => undefined);
    });
  return useStore;
}

/** Reads the first release's record once; an unreadable one is kept aside and named. */
async function migrateLegacy(db: RecordDb): Promise<Versioned<unknown> | null> {
  const stored = await db.legacy(LEGACY_KEY);
  if (stored === undefined) return null;
  const raw = typeof stored === 'string' ? stored : safeStringify(stored);
  let sources: unknown;
  try {
    sources = (JSON.parse(raw) as { state?: { sources?: unknown } } | null)?.state?.sources;
  } catch {
    sources = undefined;
  }
  if (!isSources(sources)) {
    await setAside(db, 'imported-decks', 'bad-shape', raw);
    sources = [];
  }
  // Written only if nothing is there yet; the old record stays as it was.
  return db.update<unknown>(IMPORTED_DECKS_KEY, (latest) => latest?.value ?? sources);
}

function safeStringify(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export const useImportedDecksStore = createImportedDecksStore(appDb, appSync);
