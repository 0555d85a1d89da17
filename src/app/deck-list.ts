// Every deck the user has: the built-in ones and those imported in the browser, and how to load
// any of them. Route files use this; features receive the list as props. The parser and the
// sanitizer load only when an imported deck is opened or searched, keeping them off the home page.
import { useMemo } from 'react';
import type { DeckIndexEntry, DeckView, SearchDoc } from '../decks/deck-data.ts';
import { decks as builtIn, loadDeck } from '../decks/deck-index.ts';
import { useImportedDecksStore, type ImportedSource } from '../decks/imported-decks-store.ts';
import { knownIds } from './known-ids.ts';
import { resolveContentLink } from './paths.ts';

export interface DeckList {
  /** False until the imported decks have been read from storage. */
  readonly ready: boolean;
  readonly decks: readonly DeckIndexEntry[];
  readonly imported: readonly ImportedSource[];
  findDeck(deckId: string): DeckIndexEntry | undefined;
  findDeckOfCard(cardId: string): DeckIndexEntry | undefined;
  load(deckId: string): Promise<DeckView>;
}

export function useDeckList(): DeckList {
  const sources = useImportedDecksStore((s) => s.sources);
  const ready = useImportedDecksStore((s) => s.ready);
  return useMemo(() => {
    const decks = [...builtIn, ...sources.map((s) => s.entry)];
    return {
      ready,
      decks,
      imported: sources,
      findDeck: (id) => decks.find((d) => d.id === id),
      findDeckOfCard: (cardId) => decks.find((d) => d.cardIds.includes(cardId)),
      load: async (id) => {
        const own = sources.find((s) => s.entry.id === id);
        if (!own) return loadDeck(id);
        const [{ parseImported }, { toDeckView }] = await Promise.all([import('../decks/imported-decks.ts'), import('../decks/render-imported.ts')]);
        const parsed = parseImported([own], knownIds, builtIn);
        const deck = parsed.decks[0]?.deck;
        if (!deck) throw new Error(parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
        return toDeckView(deck, resolveContentLink);
      },
    };
  }, [sources, ready]);
}

/** The search documents of imported decks (the built-in ones come from the build). */
export async function importedSearchDocs(sources: readonly ImportedSource[]): Promise<SearchDoc[]> {
  if (sources.length === 0) return [];
  const [{ parseImported }, { searchDocsOf }] = await Promise.all([import('../decks/imported-decks.ts'), import('../decks/render-markdown.ts')]);
  return parseImported(sources, knownIds, builtIn).decks.flatMap(({ deck }) => searchDocsOf(deck));
}
