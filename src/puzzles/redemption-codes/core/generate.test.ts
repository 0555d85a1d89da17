import { describe, expect, it } from 'vitest';
import { createCodeBatch } from './codes.ts';
import { chunkToCsv, chunkToText, generateCodeChunks } from './generate.ts';
import { formatCode } from './alphabet.ts';

describe('chunked generation', () => {
  const batch = createCodeBatch({ count: 25, secret: 'g' });

  it('yields every code once, in counter order, with progress', () => {
    const chunks = [...generateCodeChunks(batch, { chunkSize: 10 })];
    expect(chunks.map((c) => [c.start, c.size, c.codes().length, c.done, c.total])).toEqual([
      [0, 10, 10, 10, 25],
      [10, 10, 10, 20, 25],
      [20, 5, 5, 25, 25],
    ]);
    expect(chunks.flatMap((c) => c.codes())).toEqual(Array.from({ length: 25 }, (_, i) => batch.codeAt(i)));
  });

  it('resumes from a counter, stops at an end, and cancels by not pulling', () => {
    expect([...generateCodeChunks(batch, { start: 20, chunkSize: 100 })][0]?.codes()).toEqual([20, 21, 22, 23, 24].map((i) => batch.codeAt(i)));
    expect([...generateCodeChunks(batch, { start: 5, end: 8 })].flatMap((c) => c.codes())).toHaveLength(3);
    const it = generateCodeChunks(batch, { chunkSize: 5 });
    it.next();
    expect(it.return(undefined).done).toBe(true);
    expect(it.next().done).toBe(true);
  });

  it('turns a chunk into download lines', () => {
    const [first] = generateCodeChunks(batch, { chunkSize: 2 });
    if (!first) throw new Error('no chunk');
    expect(chunkToText(first)).toBe(`${batch.codeAt(0)}\n${batch.codeAt(1)}\n`);
    expect(chunkToText(first, formatCode).split('\n')[0]).toContain('-');
  });

  it('writes CSV rows whose serial is the counter the code came from (0-based, like the preview)', () => {
    const chunks = [...generateCodeChunks(batch, { chunkSize: 10 })];
    const csv = chunks.map((c) => chunkToCsv(c)).join('');
    const rows = csv.trimEnd().split('\n');
    expect(rows[0]).toBe('serial,code');
    expect(rows).toHaveLength(26);
    rows.slice(1).forEach((row, k) => expect(row).toBe(`${k},${batch.codeAt(k)}`));
    expect(chunkToCsv(chunks[1] as (typeof chunks)[number], formatCode).split('\n')[0]).toBe(`10,${formatCode(batch.codeAt(10))}`);
  });
});
