// Import your own Markdown deck (content/FORMAT.md). It is checked with the build's parser; any
// problem is listed as file:line: message and nothing is saved until the file is clean.
import { useState, type ChangeEvent } from 'react';
import type { ImportedDeck } from './imported-decks.ts';
import { useImportedDecksStore, type ImportedSource } from './imported-decks-store.ts';
import { formatProblem, type DeckProblem } from './types.ts';

export interface ImportDeckPanelProps {
  /** Checks sources (the kept ones plus the new file) with the build's parser. */
  readonly check: (sources: readonly { file: string; text: string }[]) => { decks: readonly ImportedDeck[]; problems: readonly DeckProblem[] };
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

export function ImportDeckPanel({ check, labels }: ImportDeckPanelProps) {
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
    if (file.size > MAX_BYTES) { setProblems([{ file: file.name, line: 1, message: labels.tooBig }]); return; }
    const text = await file.text();
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
        <input type="file" accept=".md,text/markdown,text/plain" onChange={(e) => void onFile(e)} data-testid="import-deck-input" />
      </label>
      {message && <p role="status" className="ok">{message}</p>}
      {problems.length > 0 && (
        <ul className="problems" role="alert" data-testid="deck-problems">
          {problems.map((p) => <li key={formatProblem(p)}><code>{formatProblem(p)}</code></li>)}
        </ul>
      )}
      {sources.length > 0 && (
        <ul className="imported-list">
          {sources.map((d) => (
            <li key={d.file}>
              {d.entry.title} <span className="muted small">({d.file}, {d.entry.cardIds.length})</span>{' '}
              <button type="button" className="link-button" onClick={() => void remove(d.file)} aria-label={`${labels.remove} ${d.entry.title}`}>{labels.remove}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
