// The IndexedDB backend on fake-indexeddb: adds never overwrite, compare-and-set, and every way
// the database can fail is classified, not swallowed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createFailoverDb } from './app-storage.ts';
import { openIdbRecordDb, StorageError, type StorageFailure } from './idb-record-db.ts';
import { StaleWriteError } from './record-db.ts';

const openAt = (factory: IDBFactory, version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const r = factory.open('interview-lab', version);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

describe('IndexedDB record db', () => {
  it('adds records once: a second add with the same id is skipped, not written over', async () => {
    const db = await openIdbRecordDb(() => undefined, new IDBFactory());
    expect(await db.add([{ kind: 'review', id: 'x', v: 1 } as never])).toEqual(['x']);
    expect(await db.add([{ kind: 'review', id: 'x', v: 2 } as never, { kind: 'review', id: 'y' }])).toEqual(['y']);
    expect(await db.list('review')).toEqual([
      { kind: 'review', id: 'x', v: 1 },
      { kind: 'review', id: 'y' },
    ]);
    expect(await db.list('quiz')).toEqual([]);
    expect(await db.revision('review')).toBe(2);
    await db.remove('review', ['y']);
    expect(await db.revision('review')).toBe(3);
    expect(await db.revision('quiz')).toBe(0);
  });

  it('lists more records than one page holds, in key order', async () => {
    const db = await openIdbRecordDb(() => undefined, new IDBFactory());
    const ids = Array.from({ length: 50_003 }, (_, i) => `r${String(i).padStart(6, '0')}`);
    await db.add(ids.map((id) => ({ kind: 'review', id })));
    await db.add([{ kind: 'zzz', id: 'other' }]);
    expect((await db.list('review')).map((r) => r.id)).toEqual(ids);
  }, 60_000); // 50,000 records in fake-indexeddb take seconds on a shared machine

  it('updates values by read-modify-write and refuses a write based on a stale revision', async () => {
    const db = await openIdbRecordDb(() => undefined, new IDBFactory());
    expect(await db.update<number>('n', (c) => (c?.value ?? 0) + 1)).toEqual({ rev: 1, value: 1 });
    expect(await db.update<number>('n', (c) => (c?.value ?? 0) + 1)).toEqual({ rev: 2, value: 2 });
    await expect(db.update<number>('n', () => 99, 1)).rejects.toBeInstanceOf(StaleWriteError);
    expect(await db.read('n')).toEqual({ rev: 2, value: 2 });
  });

  it('reads the first release’s kv store, which the upgrade keeps', async () => {
    const factory = new IDBFactory();
    const v1 = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('interview-lab', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('kv');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const t = v1.transaction('kv', 'readwrite');
      t.objectStore('kv').put('{"old":1}', 'progress');
      t.oncomplete = () => resolve();
    });
    v1.close();
    const db = await openIdbRecordDb(() => undefined, factory);
    expect(await db.legacy('progress')).toBe('{"old":1}');
    expect(await db.legacyKeys()).toEqual(['progress']);
  });

  it('says the database is newer, and falls back to memory, reporting it once', async () => {
    const factory = new IDBFactory();
    (await openAt(factory, 99)).close();
    await expect(openIdbRecordDb(() => undefined, factory)).rejects.toMatchObject({ failure: 'newer-version' });
    const failures: StorageFailure[] = [];
    const db = createFailoverDb(
      openIdbRecordDb(() => undefined, factory),
      (f) => failures.push(f),
    );
    expect(await db.add([{ kind: 'review', id: 'kept' }])).toEqual(['kept']);
    expect(await db.list('review')).toEqual([{ kind: 'review', id: 'kept' }]);
    expect(failures).toEqual(['newer-version']);
  });

  it('without IndexedDB at all, says so', async () => {
    await expect(openIdbRecordDb(() => undefined, null)).rejects.toEqual(new StorageError('no-indexeddb'));
  });

  it('closes itself when another tab upgrades, and says so', async () => {
    const factory = new IDBFactory();
    let told = false;
    await openIdbRecordDb(() => {
      told = true;
    }, factory);
    (await openAt(factory, 3)).close();
    expect(told).toBe(true);
  });
});
