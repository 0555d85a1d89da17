import { useEffect, useState } from 'react';
import type { SearchDoc } from '../../decks/deck-data.ts';
import { SearchPage } from '../../search/SearchPage.tsx';
import { importedSearchDocs, useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../use-page-title.ts';
import { useSearchParams } from '../../ui/router/router.tsx';
import { fill, useStrings } from '../../ui/i18n.ts';

export default function SearchRoute() {
  const list = useDeckList();
  const t = useStrings();
  const query = useSearchParams()[0].get('q')?.trim() ?? '';
  usePageTitle(query ? fill(t.titleSearch, { q: query }) : t.navSearch);
  // Null until the imported decks are read from storage and parsed: the index is built once, with them.
  const [importedDocs, setImportedDocs] = useState<readonly SearchDoc[] | null>(null);
  useEffect(() => {
    if (!list.ready) return;
    let live = true;
    // A deck that no longer parses is simply not searched; its page says what is wrong with it.
    importedSearchDocs(list.imported).then(
      (docs) => live && setImportedDocs(docs),
      () => live && setImportedDocs([]),
    );
    return () => {
      live = false;
    };
  }, [list.ready, list.imported]);
  return <SearchPage cardPath={paths.card} decks={list.decks} importedDocs={importedDocs} />;
}
