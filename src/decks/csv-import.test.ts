import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck.ts';
import { csvToDeckMarkdown, parseDelimited } from './csv-import.ts';
import { toAnkiTsv } from './anki-export.ts';

const known = { labs: new Set<string>(), puzzles: new Set<string>(), labPresets: new Map() };

describe('CSV / TSV import', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    const { rows, problems } = parseDelimited('a,"b, c"\n"say ""hi""","two\nlines"\n', ',');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b, c'] },
      { line: 2, cells: ['say "hi"', 'two\nlines'] },
    ]);
  });

  it('turns a CSV with a header into a deck our parser accepts, with stable ids', () => {
    const csv = '问题,答案\n"令牌桶和漏桶的区别？","令牌桶允许突发，\n漏桶平滑输出。"\nWhat is CAP?,"Consistency, availability, partition tolerance"\n';
    const { source, problems } = csvToDeckMarkdown(csv, 'My Notes.csv');
    expect(problems).toEqual([]);
    const deck = parseDeck(source ?? '', 'My Notes.csv', known);
    expect(deck.problems).toEqual([]);
    expect(deck.deck?.meta.id).toBe('imported-my-notes');
    expect(deck.deck?.cards.map((c) => c.question)).toEqual(['令牌桶和漏桶的区别？', 'What is CAP?']);
    expect(csvToDeckMarkdown(csv, 'My Notes.csv').source).toBe(source); // same file, same ids
  });

  it("reads Anki's plain-text export (headers, tab separator, HTML) and keeps lines that look like headings as text", () => {
    const tsv = '#separator:tab\n#html:true\nQ1\t<b>bold</b> answer\nQ2\t"## not a card\nline two"\n';
    const { source, problems } = csvToDeckMarkdown(tsv, 'anki.txt');
    expect(problems).toEqual([]);
    const deck = parseDeck(source ?? '', 'anki.txt', known);
    expect(deck.problems).toEqual([]);
    expect(deck.deck?.cards).toHaveLength(2);
  });

  it('reads back our own Anki export: the #columns header names GUID, Front, Back and Tags', () => {
    const tsv = toAnkiTsv('K8s', [{ id: 'k8s-probes', question: '探针？', answerHtml: '<p>readiness 摘流量</p>' }]);
    const { source, problems } = csvToDeckMarkdown(tsv, 'k8s.anki.txt');
    expect(problems).toEqual([]);
    const deck = parseDeck(source ?? '', 'k8s.anki.txt', known);
    expect(deck.problems).toEqual([]);
    expect(deck.deck?.cards.map((c) => c.question)).toEqual(['探针？']);
    expect(source).toContain('<p>readiness 摘流量</p>');
  });

  it('reports bad rows by line, in both languages, and produces nothing', () => {
    const { source, problems } = csvToDeckMarkdown('question,answer\nQ1,A1\n,A2\nQ3,\nQ1,again\nonly-one-column\n"open', 'x.csv');
    expect(source).toBeNull();
    expect(problems.map((p) => p.line).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 7]); // line 7: an unclosed quote, and so only one column
    expect(problems.find((p) => p.line === 3)?.zh).toBe('第 3 行：问题是空的');
    expect(problems.find((p) => p.line === 5)?.en).toContain('the same question as line 2');
  });
});
