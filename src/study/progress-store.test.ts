// The store end to end on RecordDb backends (memory, and fake-indexeddb where IndexedDB itself
// matters): reviews as records, undo of one's own review only, import merges, settings by
// compare-and-set across stale tabs, tabs kept in sync, and migration from the first release.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMemoryDb, type RecordDb } from '../lib/record-db.ts';
import { createRecordSync, type RecordSync } from '../lib/record-sync.ts';
import { openIdbRecordDb } from '../lib/idb-record-db.ts';
import { createProgressStore } from './progress-store.ts';
import { MIGRATED_KEY, SETTINGS_KEY } from './progress-keys.ts';
import { parseLegacyProgress } from './legacy-progress.ts';
import { createEntry, type Grade, type ReviewEntry } from './review-log.ts';
import { useSetAsideStore } from '../lib/set-aside.ts';

const quiet: RecordSync = { post: () => undefined, subscribe: () => () => undefined };
async function open(db: RecordDb, sync: RecordSync = quiet) {
  const store = createProgressStore(db, sync);
  await store.getState().loaded;
  return store;
}
const ids = (entries: readonly ReviewEntry[]) => entries.map((e) => e.id).sort();
const legacyFixture = JSON.parse(readFileSync(new URL('./fixtures/legacy-progress-v2.json', import.meta.url), 'utf8')) as { raw: string };

describe('progress store', () => {
  it('saves each grade as a record and reads them back in a new store', async () => {
    const db = createMemoryDb();
    const first = await open(db);
    await first.getState().grade('a', 3, 1200, 1000);
    await first.getState().grade('b', 1, 800, 2000);
    expect((await db.list('review')).map((r) => r.id).sort()).toEqual(['a@1000', 'b@2000']);
    const second = await open(db);
    expect(
      second
        .getState()
        .entries()
        .map((e) => [e.cardId, e.grade]),
    ).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect(second.getState().view.states.get('a')?.reps).toBe(1);
  });

  it('keeps ids unique for two grades in the same millisecond', async () => {
    const store = await open(createMemoryDb());
    const x = await store.getState().grade('a', 3, 0, 5000);
    const y = await store.getState().grade('a', 1, 0, 5000);
    expect(x.id).not.toBe(y.id);
    expect(store.getState().view.size).toBe(2);
  });

  it('undo removes this tab’s last grade, never another tab’s', async () => {
    const db = createMemoryDb();
    const mine = await open(db);
    const other = await open(db);
    await mine.getState().grade('a', 3, 0, 1);
    await other.getState().grade('b', 2, 0, 2);
    expect((await mine.getState().undo())?.cardId).toBe('a');
    expect(await mine.getState().undo()).toBeNull();
    expect((await db.list('review')).map((r) => r.id)).toEqual(['b@2']);
  });

  it('two tabs grading alternately keep every review, and each sees the other’s', async () => {
    const db = createMemoryDb();
    const tabA = await open(db, createRecordSync('test-two-tabs'));
    const tabB = await open(db, createRecordSync('test-two-tabs'));
    for (let i = 0; i < 10; i++) {
      await tabA.getState().grade(`a${i}`, 3, 0, 1000 + 2 * i);
      await tabB.getState().grade(`b${i}`, 3, 0, 1001 + 2 * i);
    }
    await new Promise((r) => setTimeout(r, 50)); // BroadcastChannel delivers asynchronously
    expect(await db.list('review')).toHaveLength(20);
    expect(tabA.getState().view.size).toBe(20);
    expect(tabB.getState().view.size).toBe(20);
  });

  it('a new retention replays every card in slices, and keeps the grades made meanwhile', async () => {
    const db = createMemoryDb();
    const store = await open(db);
    for (let i = 0; i < 300; i++) await store.getState().grade(`c${i % 60}`, ((i % 4) + 1) as Grade, 0, 1_700_000_000_000 + i * 60_000);
    const settled = new Promise<void>((resolve) => {
      const stop = store.subscribe((s, before) => {
        if (before.rebuilding !== null && s.rebuilding === null) {
          stop();
          resolve();
        }
      });
    });
    const before = new Map(store.getState().view.states);
    const change = store.getState().setSettings({ retention: 0.8 });
    // Graded while the rebuild may still be running: it must be in the new index too.
    await store.getState().grade('late', 3, 0, 1_700_100_000_000);
    await change;
    if (store.getState().rebuilding !== null) await settled;
    const rebuilt = createMemoryDb();
    await rebuilt.add(await db.list('review'));
    await rebuilt.update(SETTINGS_KEY, () => ({ retention: 0.8, newPerDay: 20 }));
    const fresh = await open(rebuilt);
    expect(store.getState().view.size).toBe(301);
    expect(new Map(store.getState().view.states)).toEqual(new Map(fresh.getState().view.states));
    expect(new Map(store.getState().view.states)).not.toEqual(before);
  });

  it('a stale tab’s setting change is applied on top of the newest settings', async () => {
    const db = createMemoryDb();
    const fresh = await open(db);
    const stale = await open(db); // never hears of the other tab's change
    await fresh.getState().setSettings({ retention: 0.8 });
    await stale.getState().setSettings({ newPerDay: 5 });
    expect((await db.read(SETTINGS_KEY))?.value).toEqual({ retention: 0.8, newPerDay: 5 });
    expect(stale.getState().settings).toEqual({ retention: 0.8, newPerDay: 5 });
  });

  const log = fc.array(
    fc
      .record({ card: fc.constantFrom('a', 'b', 'c'), grade: fc.constantFrom<Grade>(1, 2, 3, 4), time: fc.integer({ min: 1, max: 1e6 }) })
      .map(({ card, grade, time }) => createEntry(card, grade, time, 0)),
    { maxLength: 15 },
  );

  it('import merges without duplicates: idempotent and commutative', async () => {
    await fc.assert(
      fc.asyncProperty(log, log, async (x, y) => {
        const xy = await open(createMemoryDb());
        await xy.getState().importEntries(x);
        await xy.getState().importEntries(y);
        expect(await xy.getState().importEntries(x)).toBe(0);
        expect(await xy.getState().importEntries(y)).toBe(0);
        const yx = await open(createMemoryDb());
        await yx.getState().importEntries(y);
        await yx.getState().importEntries(x);
        expect(ids(xy.getState().entries())).toEqual(ids(yx.getState().entries()));
        expect(new Set(ids(xy.getState().entries())).size).toBe(xy.getState().view.size);
        expect(new Map(xy.getState().view.states)).toEqual(new Map(yx.getState().view.states));
      }),
      { numRuns: 40 },
    );
  });

  it('migrates a profile written by the first release, keeping every review and the settings', async () => {
    const expected = parseLegacyProgress(legacyFixture.raw);
    if (!expected.ok) throw new Error('fixture unreadable');
    const db = createMemoryDb(new Map([['progress', legacyFixture.raw]]));
    const store = await open(db);
    expect(store.getState().entries()).toEqual(expected.data.log.map((e) => expect.objectContaining(e)));
    expect(store.getState().view.size).toBe(31);
    expect(store.getState().settings).toEqual({ retention: 0.85, newPerDay: 7 });
    expect((await db.read(MIGRATED_KEY))?.value).toEqual({ result: 'migrated', reviews: 31 });
    expect(await db.legacy('progress')).toBe(legacyFixture.raw); // the old record stays
    // A second visit does not migrate again, and a grade made since survives.
    await store.getState().grade('token-bucket', 3, 0, Date.UTC(2026, 11, 1));
    expect((await open(db)).getState().view.size).toBe(32);
  });

  it.each([
    ['not JSON', '{"state": {"log": ['],
    ['wrong shape', JSON.stringify({ state: { log: 'x' }, version: 2 })],
    ['failed migration', JSON.stringify({ state: { reviews: 5 }, version: 1 })],
    ['unknown version', JSON.stringify({ state: {}, version: 42 })],
  ])('keeps an unreadable first-release record (%s) aside, untouched, and reports it as progress', async (_name, raw) => {
    const db = createMemoryDb(new Map([['progress', raw]]));
    const store = await open(db);
    expect(store.getState().view.size).toBe(0);
    const items = useSetAsideStore.getState().items.filter((i) => i.what === 'progress');
    expect(items.length).toBeGreaterThan(0);
    const copy = (await db.read(items.at(-1)!.key)) as unknown as { raw: string };
    expect(copy.raw).toBe(raw);
    expect(await db.legacy('progress')).toBe(raw);
  });
});

describe('progress store on IndexedDB', () => {
  it('commits each grade before grade() resolves, and a new connection reads it', async () => {
    const factory = new IDBFactory();
    const store = await open(await openIdbRecordDb(() => undefined, factory));
    await store.getState().grade('a', 4, 10, 1000);
    const again = await open(await openIdbRecordDb(() => undefined, factory));
    expect(
      again
        .getState()
        .entries()
        .map((e) => e.id),
    ).toEqual(['a@1000']);
  });
});

describe('card states cache', () => {
  it('is written after changes and used on the next open, which gives the same states', async () => {
    const db = createMemoryDb();
    const first = createProgressStore(db, quiet, { cacheDelayMs: 0 });
    await first.getState().loaded;
    await first.getState().grade('a', 3, 0, 1000);
    await first.getState().grade('b', 1, 0, 2000);
    await new Promise((r) => setTimeout(r, 20));
    const cache = await db.read<{ retention: number; revision: number; cards: Map<string, unknown> }>('cache:card-states');
    expect([...cache!.value.cards.keys()].sort()).toEqual(['a', 'b']);
    expect(cache!.value.revision).toBe(await db.revision('review'));
    // The next open shows the cached states at once, before the reviews are read.
    const second = createProgressStore(db, quiet);
    await new Promise<void>((resolve) => {
      const stop = second.subscribe((s) => {
        if (s.ready) {
          stop();
          resolve();
        }
      });
    });
    expect(second.getState().view.complete).toBe(false);
    expect(new Map(second.getState().view.states)).toEqual(new Map(first.getState().view.states));
    await second.getState().loaded;
    expect(second.getState().view.complete).toBe(true);
    expect(new Map(second.getState().view.states)).toEqual(new Map(first.getState().view.states));
    expect(second.getState().view.size).toBe(2);
  });

  it('is not used once a review was added or removed since it was written', async () => {
    const db = createMemoryDb();
    const first = createProgressStore(db, quiet, { cacheDelayMs: 0 });
    await first.getState().loaded;
    await first.getState().grade('a', 3, 0, 1000);
    await new Promise((r) => setTimeout(r, 20));
    await db.add([{ kind: 'review', ...createEntry('b', 4, 0, 2000) }]); // another tab, cache not rewritten
    const second = createProgressStore(db, quiet);
    const views: boolean[] = [];
    second.subscribe((s) => {
      if (s.ready) views.push(s.view.complete);
    });
    await second.getState().loaded;
    expect(views[0]).toBe(true); // no cached view first: it would have missed card b
    expect(second.getState().view.states.has('b')).toBe(true);
  });
});
