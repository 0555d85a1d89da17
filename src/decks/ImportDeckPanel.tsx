// Import your own deck: Markdown (content/FORMAT.md), or a CSV/TSV of questions and answers (a
// spreadsheet, or Anki's plain-text export), which becomes Markdown first (csv-import.ts). Either
// way it is checked with the build's parser; any problem is listed as file:line: message and
// nothing is saved until the file is clean.
import { useState, type ChangeEvent } from 'react';
import type { ImportedDeck } from './imported-decks.ts';
import { useImportedDecksStore, type ImportedSource } from './imported-decks-store.ts';
import { toChinese } from './problem-zh.ts';
import { csvToDeckMarkdown } from './csv-import.ts';
import type { CardLanguage } from './deck-data.ts';
import { formatProblem, type DeckProblem } from './types.ts';

export interface ImportDeckPanelProps {
  /** Checks sources (the kept ones plus the new file) with the build's parser. */
  readonly check: (sources: readonly { file: string; text: string }[]) => { decks: readonly ImportedDeck[]; problems: readonly DeckProblem[] };
  /** The language of the CSV reader's messages. */
  readonly language: CardLanguage;
  readonly labels: {
    readonly title: string;
    readonly help: string;
    readonly choose: string;
    readonly remove: string;
    readonly added: string;
    readonly tooBig: string;
  };
}

const MAX_BYTES = 2_000_000;

/** A spreadsheet export or Anki's "notes in plain text" (its `#separator:` header), not Markdown. */
export function isDelimitedFile(name: string, text: string): boolean {
  return /\.(csv|tsv)$/i.test(name) || /^\uFEFF?#separator:/i.test(text);
}

export function ImportDeckPanel({ check, labels, language }: ImportDeckPanelProps) {
  const sources = useImportedDecksStore((s) => s.sources);
  const save = useImportedDecksStore((s) => s.save);
  const remove = useImportedDecksStore((s) => s.remove);
  const [problems, setProblems] = useState<readonly DeckProblem[]>([]);
  const [message, setMessage] = useState('');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setMessage('');
    if (file.size > MAX_BYTES) {
      setProblems([{ file: file.name, line: 1, message: labels.tooBig }]);
      return;
    }
    const raw = await file.text();
    let text = raw;
    if (isDelimitedFile(file.name, raw)) {
      const converted = csvToDeckMarkdown(raw, file.name);
      if (!converted.source) {
        setProblems(converted.problems.map((p) => ({ file: file.name, line: p.line, message: withoutLinePrefix(language === 'en' ? p.en : p.zh) })));
        return;
      }
      text = converted.source;
    }
    const result = check([...sources.filter((s) => s.file !== file.name), { file: file.name, text }]);
    const own = result.problems.filter((p) => p.file === file.name);
    const entry = result.decks.find((d) => d.file === file.name)?.entry;
    setProblems(own);
    if (own.length === 0 && entry) {
      const source: ImportedSource = { file: file.name, text, importedAt: Date.now(), entry };
      await save(source);
      setMessage(`${labels.added}: ${file.name}`);
    }
  };

  return (
    <section className="panel" aria-labelledby="import-deck-title">
      <h2 id="import-deck-title">{labels.title}</h2>
      <p className="muted small">{labels.help}</p>
      <label className="button secondary file-button">
        {labels.choose}
        <input
          type="file"
          accept=".md,.markdown,.csv,.tsv,.txt,text/markdown,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => void onFile(e)}
          data-testid="import-deck-input"
        />
      </label>
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="problems" role="alert" data-testid="deck-problems">
          {problems.map((p) => (
            <li key={formatProblem(p)}>
              <code>{formatProblem(language === 'en' ? p : { ...p, message: toChinese(p.message) })}</code>
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <ul className="imported-list">
          {sources.map((d) => (
            <li key={d.file}>
              {d.entry.title}{' '}
              <span className="muted small">
                ({d.file}, {d.entry.cardIds.length})
              </span>{' '}
              <button type="button" className="link-button" onClick={() => void remove(d.file)} aria-label={`${labels.remove} ${d.entry.title}`}>
                {labels.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The list shows file:line: itself; the reader's messages start with their line too. */
function withoutLinePrefix(message: string): string {
  return message.replace(/^(第 \d+ 行：|line \d+: )/, '');
}
