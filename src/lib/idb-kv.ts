// A minimal key-value store on IndexedDB (one database, one object store). Promise-based, no deps.

export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

const DB_NAME = 'interview-lab';
const STORE = 'kv';

export function createIdbStore(factory: IDBFactory = indexedDB): KeyValueStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    }));
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const store = (await open()).transaction(STORE, mode).objectStore(STORE);
    return new Promise<T>((resolve, reject) => {
      const request = op(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  };
  return {
    async get(key) {
      const value: unknown = await run('readonly', (s) => s.get(key));
      return value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
    },
    async set(key, value) { await run('readwrite', (s) => s.put(value, key)); },
    async delete(key) { await run('readwrite', (s) => s.delete(key)); },
    async keys() { return (await run('readonly', (s) => s.getAllKeys())).map(String); },
  };
}

/** Used when IndexedDB is missing (some private modes): progress lasts until the tab closes. */
export function createMemoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: async (key) => map.get(key) ?? null,
    set: async (key, value) => { map.set(key, value); },
    delete: async (key) => { map.delete(key); },
    keys: async () => [...map.keys()],
  };
}
