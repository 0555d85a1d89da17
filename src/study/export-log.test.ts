import { describe, expect, it } from 'vitest';
import { parseImportFile, toExportFile } from './export-log.ts';
import { createEntry } from './review-log.ts';

describe('export and import files', () => {
  const log = [createEntry('a', 3, 1, 10), createEntry('b', 1, 2, 20)];
  it('round-trips an export', () => {
    const text = JSON.stringify(toExportFile(log, 0));
    expect(parseImportFile(text)).toEqual({ ok: true, entries: log });
  });
  it('accepts a bare array of entries', () => {
    expect(parseImportFile(JSON.stringify(log))).toEqual({ ok: true, entries: log });
  });
  it('rejects garbage with a reason and imports nothing', () => {
    expect(parseImportFile('not json')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseImportFile('{"kind":"other"}')).toEqual({ ok: false, error: 'not-a-log' });
    expect(parseImportFile(JSON.stringify([log[0], { id: 1 }]))).toEqual({ ok: false, error: 'bad-entries', detail: '#2' });
  });
});
