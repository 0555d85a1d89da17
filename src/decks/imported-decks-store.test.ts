// Imported decks as one keyed value: saves from two tabs both land, and a value that cannot be
// read is kept aside (named as imported decks), never overwritten.
import { describe, expect, it } from 'vitest';
import { createMemoryDb, type RecordDb } from '../lib/record-db.ts';
import type { RecordSync } from '../lib/record-sync.ts';
import { useSetAsideStore } from '../lib/set-aside.ts';
import { createImportedDecksStore, IMPORTED_DECKS_KEY, type ImportedSource } from './imported-decks-store.ts';

const quiet: RecordSync = { post: () => undefined, subscribe: () => () => undefined };
async function open(db: RecordDb) {
  const store = createImportedDecksStore(db, quiet);
  await new Promise<void>((resolve) => {
    if (store.getState().ready) return resolve();
    const stop = store.subscribe((s) => {
      if (s.ready) {
        stop();
        resolve();
      }
    });
  });
  return store;
}
const source = (file: string): ImportedSource => ({
  file,
  text: `# ${file}`,
  importedAt: 1,
  entry: { id: file, title: file, titleEn: file, order: 1, cardIds: [], imported: true } as never,
});

describe('imported decks store', () => {
  it('two stale tabs saving different decks keep both', async () => {
    const db = createMemoryDb();
    const a = await open(db);
    const b = await open(db);
    await a.getState().save(source('one.md'));
    await b.getState().save(source('two.md')); // b never heard of one.md
    expect((await db.read<ImportedSource[]>(IMPORTED_DECKS_KEY))?.value.map((s) => s.file)).toEqual(['one.md', 'two.md']);
    expect(b.getState().sources.map((s) => s.file)).toEqual(['one.md', 'two.md']);
    await a.getState().remove('one.md');
    expect((await open(db)).getState().sources.map((s) => s.file)).toEqual(['two.md']);
  });

  it('keeps an unreadable value aside as imported decks, then starts empty', async () => {
    const db = createMemoryDb();
    await db.update(IMPORTED_DECKS_KEY, () => ({ not: 'a list' }));
    const store = await open(db);
    expect(store.getState().sources).toEqual([]);
    const item = useSetAsideStore.getState().items.find((i) => i.what === 'imported-decks');
    expect(item).toBeDefined();
    expect(JSON.parse(((await db.read(item!.key)) as unknown as { raw: string }).raw)).toEqual({ not: 'a list' });
  });

  it('reads the first release’s record, and keeps an unreadable one aside', async () => {
    const good = JSON.stringify({ state: { sources: [source('old.md')] }, version: 1 });
    expect((await open(createMemoryDb(new Map([['imported-decks', good]])))).getState().sources.map((s) => s.file)).toEqual(['old.md']);
    const db = createMemoryDb(new Map([['imported-decks', '{"state":{"sources":[{"file":']]));
    expect((await open(db)).getState().sources).toEqual([]);
    expect(useSetAsideStore.getState().items.some((i) => i.what === 'imported-decks' && i.reason === 'bad-shape')).toBe(true);
    expect(await db.legacy('imported-decks')).toBe('{"state":{"sources":[{"file":');
  });
});
