// Decks the user imports in the browser: their Markdown sources, kept in IndexedDB and parsed on
// load with the same parser as the build. Unreadable saved data is kept aside, never overwritten.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createIdbStore, createMemoryStore } from '../lib/idb-kv.ts';
import { createSafeStorage } from '../lib/safe-storage.ts';
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
  /** Adds or replaces (same file name) a source. */
  save(source: ImportedSource): void;
  remove(file: string): void;
}

const VERSION = 1;

function isSources(value: unknown): boolean {
  const s = (value as { sources?: unknown } | null)?.sources;
  return Array.isArray(s) && s.every((x) => typeof x?.file === 'string' && typeof x?.text === 'string' && typeof x?.importedAt === 'number'
    && typeof x?.entry?.id === 'string' && typeof x?.entry?.title === 'string' && Array.isArray(x?.entry?.cardIds));
}

const kv = typeof indexedDB === 'undefined' ? createMemoryStore() : createIdbStore();

export const useImportedDecksStore = create<ImportedDecksState>()(
  persist(
    (set, get) => ({
      sources: [],
      ready: false,
      save: (source) => set({ sources: [...get().sources.filter((s) => s.file !== source.file), source] }),
      remove: (file) => set({ sources: get().sources.filter((s) => s.file !== file) }),
    }),
    {
      name: 'imported-decks',
      version: VERSION,
      storage: createSafeStorage(kv, { version: VERSION, isValid: isSources, onQuarantine: () => undefined }),
      partialize: (s) => ({ sources: s.sources }),
      onRehydrateStorage: () => () => useImportedDecksStore.setState({ ready: true }),
    },
  ),
);
