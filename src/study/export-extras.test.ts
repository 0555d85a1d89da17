import { describe, expect, it } from 'vitest';
import { createMemoryDb } from '../lib/record-db.ts';
import { collectExtras, importExtras, readExtras } from './export-extras.ts';

const kinds = { recordKinds: ['cram-review'], valueKeys: ['interview-dates'] };

describe('extra records and values in the progress file', () => {
  it('round-trips records and sets a value only where there is none', async () => {
    const from = createMemoryDb();
    await from.add([
      { kind: 'cram-review', id: 'x1' },
      { kind: 'cram-review', id: 'x2' },
      { kind: 'other', id: 'o' },
    ]);
    await from.update('interview-dates', () => ({ overall: '2026-12-20', decks: {} }));
    const extras = await collectExtras(from, kinds);
    expect(Object.keys(extras.records)).toEqual(['cram-review']);

    const to = createMemoryDb();
    await to.add([{ kind: 'cram-review', id: 'x1' }]);
    await to.update('interview-dates', () => ({ overall: '2027-01-05', decks: {} }));
    const parsed = readExtras(JSON.parse(JSON.stringify(extras.records)), JSON.parse(JSON.stringify(extras.values)), kinds)!;
    expect(await importExtras(to, parsed)).toEqual({ added: 1, keptOwn: 1 });
    expect((await to.list('cram-review')).length).toBe(2);
    expect((await to.read('interview-dates'))?.value).toEqual({ overall: '2027-01-05', decks: {} });
    expect(await importExtras(to, parsed)).toEqual({ added: 0, keptOwn: 1 });
  });

  it('refuses malformed records and ignores unknown kinds', () => {
    expect(readExtras({ 'cram-review': [{ kind: 'cram-review' }] }, undefined, kinds)).toBeNull();
    expect(readExtras({ 'cram-review': [{ kind: 'review', id: 'a' }] }, undefined, kinds)).toBeNull();
    expect(readExtras([], undefined, kinds)).toBeNull();
    expect(readExtras({ unknown: [1] }, { other: 1 }, kinds)).toEqual({ records: {}, values: {} });
    expect(readExtras(undefined, undefined, kinds)).toEqual({ records: {}, values: {} });
  });
});
