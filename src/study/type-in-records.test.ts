import { describe, expect, it } from 'vitest';
import { createMemoryDb } from '../lib/record-db.ts';
import { addTypeInEntries, isOverride, isTypeInEntry, listTypeInEntries, type TypeInEntry } from './type-in-records.ts';

const entry: TypeInEntry = { id: 'token-bucket@1000', cardId: 'token-bucket', time: 1000, typed: '令牌桶', hits: [0], points: 5, suggested: 1, chosen: 3 };

describe('type-in records', () => {
  it('are appended, never overwritten, and listed back', async () => {
    const db = createMemoryDb();
    expect(await addTypeInEntries(db, [entry])).toBe(1);
    expect(await addTypeInEntries(db, [{ ...entry, typed: 'changed' }])).toBe(0);
    expect(await listTypeInEntries(db)).toEqual([entry]);
    expect(await db.list('review')).toEqual([]);
  });

  it('an override is a chosen grade other than the suggestion', () => {
    expect(isOverride(entry)).toBe(true);
    expect(isOverride({ ...entry, chosen: 1 })).toBe(false);
    expect(isOverride({ ...entry, suggested: null })).toBe(false);
  });

  it('validates what an import brings', () => {
    expect(isTypeInEntry(entry)).toBe(true);
    expect(isTypeInEntry({ ...entry, chosen: 5 })).toBe(false);
    expect(isTypeInEntry({ ...entry, hits: ['a'] })).toBe(false);
  });
});
