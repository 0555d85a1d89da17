// The store end to end on a fake IndexedDB-like key-value store: persistence, undo, import, and
// unreadable data kept aside instead of overwritten.
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type KeyValueStore } from '../lib/idb-kv.ts';
import { PROGRESS_VERSION } from './progress-schema.ts';
import { createProgressStore, PROGRESS_KEY } from './progress-store.ts';
import { createEntry } from './review-log.ts';
import { UNREADABLE_PREFIX } from '../lib/safe-storage.ts';

async function open(kv: KeyValueStore) {
  const store = createProgressStore(kv);
  await new Promise<void>((resolve) => {
    if (store.getState().ready) return resolve();
    const stop = store.subscribe((s) => { if (s.ready) { stop(); resolve(); } });
  });
  return store;
}
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('progress store', () => {
  it('persists grades and reads them back in a new store', async () => {
    const kv = createMemoryStore();
    const first = await open(kv);
    first.getState().grade('a', 3, 1200, 1000);
    first.getState().grade('b', 1, 800, 2000);
    await settle();
    const second = await open(kv);
    expect(second.getState().log.map((e) => [e.cardId, e.grade])).toEqual([['a', 3], ['b', 1]]);
  });

  it('keeps ids unique for two grades in the same millisecond', async () => {
    const store = await open(createMemoryStore());
    store.getState().grade('a', 3, 0, 5000);
    store.getState().grade('a', 1, 0, 5000);
    const [x, y] = store.getState().log;
    expect(x?.id).not.toBe(y?.id);
  });

  it('undo removes the last grade and returns it', async () => {
    const store = await open(createMemoryStore());
    store.getState().grade('a', 3, 0, 1);
    store.getState().grade('b', 2, 0, 2);
    expect(store.getState().undo()?.cardId).toBe('b');
    expect(store.getState().log).toHaveLength(1);
  });

  it('import merges without duplicates', async () => {
    const store = await open(createMemoryStore());
    store.getState().grade('a', 3, 0, 1);
    const exported = store.getState().log;
    expect(store.getState().importLog(exported)).toBe(0);
    expect(store.getState().importLog([...exported, createEntry('z', 4, 9, 0)])).toBe(1);
    expect(store.getState().log).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{"state": {"log": ['],
    ['wrong shape', JSON.stringify({ state: { log: 'x' }, version: PROGRESS_VERSION })],
    ['failed migration', JSON.stringify({ state: { reviews: 5 }, version: 1 })],
    ['unknown version', JSON.stringify({ state: {}, version: 42 })],
  ])('keeps %s aside, untouched, and reports it', async (_name, raw) => {
    const kv = createMemoryStore();
    await kv.set(PROGRESS_KEY, raw);
    const store = await open(kv);
    await settle();
    const { unreadable, log } = store.getState();
    expect(log).toEqual([]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.key.startsWith(UNREADABLE_PREFIX)).toBe(true);
    expect(await kv.get(unreadable[0]!.key)).toBe(raw);
    // A later visit still lists the kept copy.
    const again = await open(kv);
    expect(again.getState().unreadable.map((u) => u.key)).toContain(unreadable[0]!.key);
  });

  it('migrates version 1 data and saves it as the current version', async () => {
    const kv = createMemoryStore();
    await kv.set(PROGRESS_KEY, JSON.stringify({ state: { reviews: [{ card: 'a', rating: 4, at: 7 }] }, version: 1 }));
    const store = await open(kv);
    await settle();
    expect(store.getState().log).toEqual([createEntry('a', 4, 7, 0)]);
    expect(store.getState().unreadable).toEqual([]);
    expect(JSON.parse((await kv.get(PROGRESS_KEY))!).version).toBe(PROGRESS_VERSION);
  });
});
