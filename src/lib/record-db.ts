// The storage model every saved thing uses, whatever the backend: records that are only ever added
// (or one of them removed by id), and keyed values changed only by compare-and-set. A new kind of
// saved data (quiz answers, tests, interview dates) is a new record `kind` or a new key, not a new
// store. Implementations: IndexedDB (idb-record-db.ts) and memory (below, for tests and for when
// IndexedDB cannot be used).

export interface StoredRecord {
  readonly kind: string;
  /** Unique within its kind; adding a record whose id exists is skipped, never an overwrite. */
  readonly id: string;
}

export interface Versioned<T> {
  /** Revision: 1 on the first write, +1 on each later one. */
  readonly rev: number;
  readonly value: T;
}

/** A write based on a revision that is no longer the latest. */
export class StaleWriteError extends Error {
  constructor(
    readonly key: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`stale write to ${key}: based on rev ${expected}, latest is ${actual}`);
  }
}

export interface RecordDb {
  list<R extends StoredRecord>(kind: string): Promise<R[]>;
  /** Adds the records that are not there yet; resolves once committed, with the ids it added. */
  add(records: readonly StoredRecord[]): Promise<string[]>;
  /** Removes exactly these records (undo of one's own review), nothing else. */
  remove(kind: string, ids: readonly string[]): Promise<void>;
  /** Goes up with every add or remove of records of this kind (in the same transaction), so a
   *  cache derived from them can tell whether it is still current without reading them all. */
  revision(kind: string): Promise<number>;
  read<T>(key: string): Promise<Versioned<T> | null>;
  /**
   * Read-modify-write in one transaction: `patch` gets the latest value, so a tab that was behind
   * re-applies its change to the newest data instead of replacing it. With `expectedRev`, it fails
   * (StaleWriteError) unless the latest revision is that one.
   */
  update<T>(key: string, patch: (current: Versioned<T> | null) => T, expectedRev?: number): Promise<Versioned<T>>;
  /** Adds a value under a new key; never replaces one (copies set aside). */
  keep(key: string, value: unknown): Promise<void>;
  keys(prefix: string): Promise<string[]>;
  /** Removes a value (a set-aside copy the user no longer wants). */
  drop(key: string): Promise<void>;
  /** Derived data that can always be rebuilt (a cache of card states): written over freely, read
   *  back with `read` (revision 0). */
  putCache(key: string, value: unknown): Promise<void>;
  /** The first release's key-value store, read-only: what a migration reads. */
  legacy(key: string): Promise<unknown>;
  legacyKeys(): Promise<string[]>;
}

export function nextVersion<T>(key: string, current: Versioned<T> | null, patch: (c: Versioned<T> | null) => T, expectedRev?: number): Versioned<T> {
  const rev = current?.rev ?? 0;
  if (expectedRev !== undefined && expectedRev !== rev) throw new StaleWriteError(key, expectedRev, rev);
  return { rev: rev + 1, value: patch(current) };
}

export function createMemoryDb(legacyData: ReadonlyMap<string, unknown> = new Map()): RecordDb {
  const records = new Map<string, Map<string, StoredRecord>>();
  const values = new Map<string, unknown>();
  const ofKind = (kind: string) => records.get(kind) ?? records.set(kind, new Map()).get(kind)!;
  const revisions = new Map<string, number>();
  const bump = (kind: string) => revisions.set(kind, (revisions.get(kind) ?? 0) + 1);
  return {
    list: async <R extends StoredRecord>(kind: string) => [...ofKind(kind).values()] as R[],
    async add(list) {
      const added: string[] = [];
      for (const r of list) {
        const m = ofKind(r.kind);
        if (!m.has(r.id)) {
          m.set(r.id, structuredClone(r));
          added.push(r.id);
        }
      }
      for (const kind of new Set(list.map((r) => r.kind))) bump(kind);
      return added;
    },
    async remove(kind, ids) {
      for (const id of ids) ofKind(kind).delete(id);
      bump(kind);
    },
    revision: async (kind) => revisions.get(kind) ?? 0,
    read: async <T>(key: string) => (structuredClone(values.get(key)) as Versioned<T> | undefined) ?? null,
    async update<T>(key: string, patch: (c: Versioned<T> | null) => T, expectedRev?: number) {
      const next = nextVersion(key, (values.get(key) as Versioned<T> | undefined) ?? null, patch, expectedRev);
      values.set(key, structuredClone(next));
      return next;
    },
    async keep(key, value) {
      if (!values.has(key)) values.set(key, structuredClone(value));
    },
    keys: async (prefix) => [...values.keys()].filter((k) => k.startsWith(prefix)),
    async drop(key) {
      values.delete(key);
    },
    async putCache(key, value) {
      values.set(key, structuredClone({ rev: 0, value }));
    },
    legacy: async (key) => legacyData.get(key),
    legacyKeys: async () => [...legacyData.keys()],
  };
}
