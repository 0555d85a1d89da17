import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, parseImportFile, toExportFile } from './export-log.ts';
import { defaultSettings } from './progress-schema.ts';
import { createEntry } from './review-log.ts';

describe('export and import files', () => {
  const log = [createEntry('a', 3, 1, 10), createEntry('b', 1, 2, 20)];
  const known = new Set(['a', 'b']);
  const settings = { retention: 0.85, newPerDay: 7 };
  const parse = (text: string, ids: ReadonlySet<string> = known) => parseImportFile(text, text.length, ids);

  it('round-trips an export, settings included, with its format name and version', () => {
    const file = toExportFile(log, settings, 0);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 3, settings });
    expect(parse(JSON.stringify(file))).toEqual({ ok: true, extras: { records: {}, values: {} }, entries: log, typeIn: [], settings, unknownCardIds: [] });
  });

  it('reads the previous export format (a review log without settings)', () => {
    const v2 = { app: 'interview-lab', kind: 'review-log', version: 2, exportedAt: '', log };
    expect(parse(JSON.stringify(v2))).toEqual({ ok: true, extras: { records: {}, values: {} }, entries: log, typeIn: [], settings: null, unknownCardIds: [] });
  });

  it('keeps entries of unknown cards and names them', () => {
    const other = [...log, createEntry('gone', 2, 3, 0)];
    const result = parse(JSON.stringify(toExportFile(other, defaultSettings, 0)));
    expect(result).toEqual({ ok: true, extras: { records: {}, values: {} }, entries: other, typeIn: [], settings: defaultSettings, unknownCardIds: ['gone'] });
  });

  it('refuses other formats, newer versions, bad entries and bad settings, importing nothing', () => {
    expect(parse('not json')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parse(JSON.stringify(log))).toEqual({ ok: false, error: 'wrong-format' }); // a bare array is not our file
    expect(parse('{"kind":"other"}')).toEqual({ ok: false, error: 'wrong-format' });
    expect(parse(JSON.stringify({ ...toExportFile(log, settings, 0), version: 4 }))).toEqual({ ok: false, error: 'newer-version', detail: '4' });
    expect(parse(JSON.stringify({ ...toExportFile(log, settings, 0), log: [log[0], { id: 1 }] }))).toEqual({ ok: false, error: 'bad-entries', detail: '#2' });
    expect(parse(JSON.stringify({ ...toExportFile(log, settings, 0), settings: { retention: 3 } }))).toEqual({ ok: false, error: 'bad-settings' });
  });

  it('carries typed answers; a version 3 file without them still imports', () => {
    const typeIn = [{ id: 'a@1', cardId: 'a', time: 1, typed: 'token bucket', hits: [0, 2], points: 4, suggested: 2 as const, chosen: 3 as const }];
    expect(parse(JSON.stringify(toExportFile(log, settings, 0, typeIn)))).toEqual({
      ok: true,
      extras: { records: {}, values: {} },
      entries: log,
      typeIn,
      settings,
      unknownCardIds: [],
    });
    const { typeIn: _dropped, ...older } = toExportFile(log, settings, 0);
    expect(parse(JSON.stringify(older))).toMatchObject({ ok: true, typeIn: [] });
    expect(parse(JSON.stringify({ ...toExportFile(log, settings, 0), typeIn: [{ id: 'x' }] }))).toEqual({
      ok: false,
      error: 'bad-entries',
      detail: 'typeIn #1',
    });
  });

  it('refuses a file over 50 MB without parsing it', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(parseImportFile('', MAX_IMPORT_BYTES + 1, known)).toEqual({ ok: false, error: 'too-big' });
  });
});
