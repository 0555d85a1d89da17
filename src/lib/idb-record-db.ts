// RecordDb on IndexedDB. Database `interview-lab`, version 2:
//   kv       (v1) the first release's key-value store; kept as it was, read only by migrations
//   records  (v2) keyPath [kind, id]: one row per record, added with `add` (never `put`)
//   values   (v2) out-of-line keys: { rev, value }, written only by a read-modify-write transaction
// Every write resolves on the transaction's `complete` event, so what the app shows as saved is on
// disk. Failures are classified (StorageFailure) so the app can say why it fell back to memory.
import { nextVersion, type RecordDb, type StoredRecord, type Versioned } from './record-db.ts';

export const DB_NAME = 'interview-lab';
export const DB_VERSION = 2;

/** Why storage is not (fully) working. All but `read-failed` mean later writes go to memory. */
export type StorageFailure = 'no-indexeddb' | 'newer-version' | 'blocked' | 'quota' | 'open-failed' | 'write-failed' | 'version-change' | 'read-failed';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    cause?: unknown,
  ) {
    super(`${failure}${cause instanceof Error ? `: ${cause.name} ${cause.message}` : ''}`);
  }
}

export function classify(error: unknown, fallback: StorageFailure): StorageFailure {
  if (error instanceof StorageError) return error.failure;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'VersionError') return 'newer-version';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError') return 'version-change';
  return fallback;
}

/** Opens the database; `onVersionChange` is called after it closed itself for another tab's upgrade. */
export function openIdbRecordDb(onVersionChange: () => void, factory: IDBFactory | null = globalThis.indexedDB ?? null): Promise<RecordDb> {
  if (!factory) return Promise.reject(new StorageError('no-indexeddb'));
  return new Promise<IDBDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(new StorageError(classify(e, 'open-failed'), e));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('kv')) db.createObjectStore('kv');
      if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: ['kind', 'id'] });
      if (!db.objectStoreNames.contains('values')) db.createObjectStore('values');
    };
    // An older tab holds the database open and does not close it: refuse rather than wait unseen
    // (the app goes on in memory; if the open succeeds later, that connection is closed at once).
    let refused = false;
    request.onblocked = () => {
      refused = true;
      reject(new StorageError('blocked'));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (refused) {
        db.close();
        return;
      }
      db.onversionchange = () => {
        db.close();
        onVersionChange();
      };
      resolve(db);
    };
    request.onerror = () => reject(new StorageError(classify(request.error, 'open-failed'), request.error));
  }).then((db) => idbRecordDb(db));
}

const PAGE = 50_000;

/** Queued after the transaction's other requests, so it runs after them, in the same commit. */
function bump(t: IDBTransaction, kind: string) {
  const values = t.objectStore('values');
  const r = values.get(`seq:${kind}`);
  r.onsuccess = () => values.put(((r.result as number | undefined) ?? 0) + 1, `seq:${kind}`);
}

function idbRecordDb(db: IDBDatabase): RecordDb {
  /** Runs `body` in one transaction and resolves with its result once the transaction commits. */
  const tx = <T>(stores: string | string[], mode: IDBTransactionMode, body: (t: IDBTransaction, done: (v: T) => void, fail: (e: unknown) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      let result: T;
      let failed: unknown = null;
      let t: IDBTransaction;
      try {
        t = db.transaction(stores, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      } catch (e) {
        reject(new StorageError(classify(e, 'write-failed'), e));
        return;
      }
      t.oncomplete = () => resolve(result);
      t.onabort = () => reject(failed ?? new StorageError(classify(t.error, 'write-failed'), t.error));
      const fail = (e: unknown) => {
        failed = e;
        t.abort();
      };
      try {
        body(
          t,
          (v) => {
            result = v;
          },
          fail,
        );
      } catch (e) {
        fail(e);
      }
    });
  const kindRange = (kind: string) => IDBKeyRange.bound([kind], [kind, []]);
  const get = <T>(store: string, key: IDBValidKey) =>
    tx<T | undefined>(store, 'readonly', (t, done) => {
      const r = t.objectStore(store).get(key);
      r.onsuccess = () => done(r.result as T | undefined);
    });
  return {
    // In pages, each its own transaction, so a long log never holds the main thread for long.
    async list<R extends StoredRecord>(kind: string) {
      const out: R[] = [];
      for (;;) {
        const last = out.at(-1);
        const range = last ? IDBKeyRange.bound([kind, last.id], [kind, []], true) : kindRange(kind);
        const page = await tx<R[]>('records', 'readonly', (t, done) => {
          const r = t.objectStore('records').getAll(range, PAGE);
          r.onsuccess = () => done(r.result as R[]);
        });
        for (const record of page) out.push(record);
        if (page.length < PAGE) return out;
      }
    },
    add: (list) =>
      tx<string[]>(['records', 'values'], 'readwrite', (t, done) => {
        const store = t.objectStore('records');
        const added: string[] = [];
        done(added);
        for (const record of list) {
          const r = store.add(record);
          r.onsuccess = () => added.push(record.id);
          // A record with this id is already there (a duplicate): skip it, keep the transaction.
          r.onerror = (e) => {
            if (r.error?.name === 'ConstraintError') {
              e.preventDefault();
              e.stopPropagation();
            }
          };
        }
        for (const kind of new Set(list.map((r) => r.kind))) bump(t, kind);
      }),
    remove: (kind, ids) =>
      tx<void>(['records', 'values'], 'readwrite', (t) => {
        for (const id of ids) t.objectStore('records').delete([kind, id]);
        bump(t, kind);
      }),
    revision: async (kind) => (await get<number>('values', `seq:${kind}`)) ?? 0,
    read: async <T>(key: string) => (await get<Versioned<T>>('values', key)) ?? null,
    update: <T>(key: string, patch: (c: Versioned<T> | null) => T, expectedRev?: number) =>
      tx<Versioned<T>>('values', 'readwrite', (t, done, fail) => {
        const store = t.objectStore('values');
        const r = store.get(key);
        r.onsuccess = () => {
          try {
            const next = nextVersion(key, (r.result as Versioned<T> | undefined) ?? null, patch, expectedRev);
            store.put(next, key);
            done(next);
          } catch (e) {
            fail(e);
          }
        };
      }),
    keep: (key, value) =>
      tx<void>('values', 'readwrite', (t) => {
        const r = t.objectStore('values').add(value, key);
        r.onerror = (e) => {
          if (r.error?.name === 'ConstraintError') {
            e.preventDefault();
            e.stopPropagation();
          }
        };
      }),
    keys: (prefix) =>
      tx<string[]>('values', 'readonly', (t, done) => {
        const r = t.objectStore('values').getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        r.onsuccess = () => done(r.result.map(String));
      }),
    drop: (key) =>
      tx<void>('values', 'readwrite', (t) => {
        t.objectStore('values').delete(key);
      }),
    putCache: (key, value) =>
      tx<void>('values', 'readwrite', (t) => {
        t.objectStore('values').put({ rev: 0, value }, key);
      }),
    legacy: (key) => get<unknown>('kv', key),
    legacyKeys: () =>
      tx<string[]>('kv', 'readonly', (t, done) => {
        const r = t.objectStore('kv').getAllKeys();
        r.onsuccess = () => done(r.result.map(String));
      }),
  };
}
