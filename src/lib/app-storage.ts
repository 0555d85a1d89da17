// The app's one storage: IndexedDB when it works, else memory, and why. Any storage failure (the
// database cannot be opened, a write fails, another tab upgrades it) switches every later call to
// memory and is published in `useStorageStatus`, so the app can say so and offer an export: the
// data shown stays in the page, nothing is silently dropped.
import { create } from 'zustand';
import { createMemoryDb, StaleWriteError, type RecordDb } from './record-db.ts';
import { openIdbRecordDb, StorageError, type StorageFailure } from './idb-record-db.ts';

export interface StorageStatus {
  /** Null while IndexedDB works; otherwise why the app now keeps data in memory only. */
  readonly failure: StorageFailure | null;
}

export const useStorageStatus = create<StorageStatus>(() => ({ failure: null }));

/** A RecordDb that runs on `primary` until it fails, then on memory. */
export function createFailoverDb(primary: Promise<RecordDb>, onFailure: (failure: StorageFailure) => void): RecordDb {
  const memory = createMemoryDb();
  let current: Promise<RecordDb> = primary.catch((e: unknown) => fail(e));
  // Any error from the database but a stale compare-and-set (the caller's to handle) means it
  // cannot be trusted with the next write: memory takes over, and the app says why.
  function fail(e: unknown): RecordDb {
    if (e instanceof StaleWriteError) throw e;
    current = Promise.resolve(memory);
    onFailure(e instanceof StorageError ? e.failure : 'open-failed');
    if (!(e instanceof StorageError)) console.error(e);
    return memory;
  }
  const run = async <T>(op: (db: RecordDb) => Promise<T>): Promise<T> => {
    const db = await current;
    try {
      return await op(db);
    } catch (e) {
      if (db === memory) throw e;
      return op(fail(e));
    }
  };
  return {
    list: (kind) => run((db) => db.list(kind)),
    add: (records) => run((db) => db.add(records)),
    remove: (kind, ids) => run((db) => db.remove(kind, ids)),
    revision: (kind) => run((db) => db.revision(kind)),
    read: (key) => run((db) => db.read(key)),
    update: (key, patch, rev) => run((db) => db.update(key, patch, rev)),
    keep: (key, value) => run((db) => db.keep(key, value)),
    keys: (prefix) => run((db) => db.keys(prefix)),
    drop: (key) => run((db) => db.drop(key)),
    putCache: (key, value) => run((db) => db.putCache(key, value)),
    legacy: (key) => run((db) => db.legacy(key)),
    legacyKeys: () => run((db) => db.legacyKeys()),
  };
}

const report = (failure: StorageFailure) => {
  if (!useStorageStatus.getState().failure) useStorageStatus.setState({ failure });
};

export const appDb: RecordDb = createFailoverDb(
  openIdbRecordDb(() => report('version-change')),
  report,
);
