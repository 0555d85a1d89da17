// Search page: the index is built on first use from the search docs chunk, then kept.
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { decks } from '../decks/deck-index.ts';
import { fill, useStrings } from '../ui/i18n.ts';
import { createCardSearch } from './card-search.ts';

type Search = ReturnType<typeof createCardSearch>;
let cached: Promise<Search> | null = null;
const loadSearch = () => (cached ??= import('virtual:search-docs').then((m) => createCardSearch(m.default)));

export function SearchPage({ cardPath }: { cardPath: (id: string) => string }) {
  const t = useStrings();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [search, setSearch] = useState<Search | null>(null);
  const [failed, setFailed] = useState(false);
  // `search` is a function: wrap it, or React would call it as a state updater.
  useEffect(() => { loadSearch().then((s) => setSearch(() => s), () => { cached = null; setFailed(true); }); }, []);
  const hits = useMemo(() => (search ? search(query) : []), [search, query]);

  return (
    <div className="search-page">
      <h1>{t.searchTitle}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">{t.searchTitle}</label>
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
        <p className="muted" role="status">{hits.length === 0 ? t.searchNoResults : `${hits.length} ${t.searchResults}`}</p>
      )}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={cardPath(hit.id)}>{hit.question}</Link>
            <span className="muted small"> · {decks.find((d) => d.id === hit.deckId)?.title}</span>
            {hit.questionEn && <p className="small muted" lang="en">{hit.questionEn}</p>}
            <p className="small">{hit.snippet}</p>
          </li>
        ))}
      </ol>
      {!query && <p className="muted small">{fill('{a} / {b}', { a: t.navSearch, b: '/' })}</p>}
    </div>
  );
}
