// The progress store: the review log and study settings, persisted in IndexedDB. Card states are
// derived (use-card-states.ts), never stored.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createIdbStore, createMemoryStore, type KeyValueStore } from '../lib/idb-kv.ts';
import {
  defaultSettings, isProgressData, migrateProgress, PROGRESS_VERSION, type ProgressData, type StudySettings,
} from './progress-schema.ts';
import { appendEntry, createEntry, mergeLogs, undoLast, type Grade, type ReviewEntry } from './review-log.ts';
import { createSafeStorage, UNREADABLE_PREFIX } from '../lib/safe-storage.ts';

export const PROGRESS_KEY = 'progress';

export interface Unreadable {
  readonly key: string;
  readonly reason: string;
}

export interface ProgressState extends ProgressData {
  /** True once saved progress has been read (or found unreadable and kept aside). */
  readonly ready: boolean;
  /** Saved data that could not be read, kept aside under these keys. */
  readonly unreadable: readonly Unreadable[];
  /** Where progress is saved: 'indexeddb', or 'memory' when the browser offers no IndexedDB. */
  readonly backend: 'indexeddb' | 'memory';
  grade(cardId: string, grade: Grade, durationMs: number, now?: number): void;
  undo(): ReviewEntry | null;
  importLog(entries: readonly ReviewEntry[]): number;
  setSettings(settings: Partial<StudySettings>): void;
  reset(): void;
}

export function createProgressStore(kv: KeyValueStore, backend: ProgressState['backend'] = 'indexeddb') {
  const storage = createSafeStorage<ProgressData>(kv, {
    version: PROGRESS_VERSION,
    isValid: isProgressData,
    onQuarantine: (key, reason) => useStore.setState((s) => ({ unreadable: [...s.unreadable, { key, reason }] })),
  });
  const useStore = create<ProgressState>()(
    persist(
      (set, get) => ({
        log: [],
        settings: defaultSettings,
        ready: false,
        unreadable: [],
        backend,
        grade(cardId, grade, durationMs, now = Date.now()) {
          // Two grades in the same millisecond would share an id; nudge the clock forward.
          const last = get().log.at(-1);
          const time = last && last.time >= now ? last.time + 1 : now;
          set({ log: appendEntry(get().log, createEntry(cardId, grade, time, durationMs)) });
        },
        undo() {
          const last = get().log.at(-1) ?? null;
          if (last) set({ log: undoLast(get().log) });
          return last;
        },
        importLog(entries) {
          const { log, added } = mergeLogs(get().log, entries);
          if (added > 0) set({ log });
          return added;
        },
        setSettings(settings) { set({ settings: { ...get().settings, ...settings } }); },
        reset() { set({ log: [], settings: defaultSettings }); },
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage,
        migrate: migrateProgress as (persisted: unknown, version: number) => ProgressState,
        partialize: (s) => ({ log: s.log, settings: s.settings }),
        onRehydrateStorage: () => (_state, error) => {
          const done = () => void listKeptAside(kv).then((kept) => useStore.setState((s) => ({
            ready: true,
            unreadable: [...s.unreadable, ...kept.filter((k) => !s.unreadable.some((u) => u.key === k.key))],
          })));
          if (!error) done();
          else void storage.quarantineLast(PROGRESS_KEY, 'migrate-failed').finally(done);
        },
      },
    ),
  );
  return useStore;
}

/** Copies kept aside in earlier visits stay listed until the user deletes them. */
async function listKeptAside(kv: KeyValueStore): Promise<Unreadable[]> {
  try {
    const keys = await kv.keys();
    return keys.filter((k) => k.startsWith(UNREADABLE_PREFIX)).map((key) => ({ key, reason: 'kept-aside' }));
  } catch {
    return [];
  }
}

function defaultKv(): { kv: KeyValueStore; backend: ProgressState['backend'] } {
  return typeof indexedDB === 'undefined' ? { kv: createMemoryStore(), backend: 'memory' } : { kv: createIdbStore(), backend: 'indexeddb' };
}

const { kv: appKv, backend: appBackend } = defaultKv();
export const progressKv = appKv;
export const useProgressStore = createProgressStore(appKv, appBackend);
