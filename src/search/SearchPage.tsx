// Search page: the built-in cards' text comes from its own chunk on first use (then kept); the
// cards of imported decks are added to the index.
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from '../ui/router/router.tsx';
import type { DeckIndexEntry, SearchDoc } from '../decks/deck-data.ts';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { fill, useStrings } from '../ui/i18n.ts';
import { createCardSearch } from './card-search.ts';
import { highlightParts } from './highlight.ts';

let cached: Promise<readonly SearchDoc[]> | null = null;
const loadDocs = () => (cached ??= import('virtual:search-docs').then((m) => m.default));

export interface SearchPageProps {
  readonly cardPath: (id: string) => string;
  readonly decks: readonly DeckIndexEntry[];
  /** The cards of imported decks; null while they are being read. */
  readonly importedDocs: readonly SearchDoc[] | null;
}

export function SearchPage({ cardPath, decks, importedDocs }: SearchPageProps) {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  const deckTitle = (d: DeckIndexEntry | undefined) => (english ? d?.titleEn : d?.title);
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [docs, setDocs] = useState<readonly SearchDoc[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadDocs().then(setDocs, () => {
      cached = null;
      setFailed(true);
    });
  }, []);
  const search = useMemo(() => (docs && importedDocs ? createCardSearch([...docs, ...importedDocs]) : null), [docs, importedDocs]);
  const hits = useMemo(() => (search ? search(query, 30, english ? 'en' : 'zh') : []), [search, query, english]);

  return (
    <div className="search-page">
      <h1>{t.searchTitle}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">
          {t.searchTitle}
        </label>
        <input
          id="search-input"
          type="search"
          autoFocus
          value={query}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </form>
      {failed && <p role="alert">{t.loadFailed}</p>}
      {query && search && (
        <p className="muted" role="status">
          {hits.length === 0 ? t.searchNoResults : `${hits.length} ${t.searchResults}`}
        </p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={cardPath(hit.id)} lang={english && hit.questionEn ? 'en' : 'zh-CN'}>
              <Highlighted text={english && hit.questionEn ? hit.questionEn : hit.question} terms={hit.terms} />
            </Link>
            <span className="muted small"> · {deckTitle(decks.find((d) => d.id === hit.deckId))}</span>
            {hit.questionEn && hit.questionEn !== hit.question && (
              <p className="small muted" lang={english ? 'zh-CN' : 'en'}>
                <Highlighted text={english ? hit.question : hit.questionEn} terms={hit.terms} />
              </p>
            )}
            <p className="small">
              <Highlighted text={hit.snippet} terms={hit.terms} />
            </p>
          </li>
        ))}
      </ol>
      {!query && <p className="muted small">{fill('{a} / {b}', { a: t.navSearch, b: '/' })}</p>}
    </div>
  );
}

/** The text with the matched words in <mark>. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlightParts(text, terms).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
