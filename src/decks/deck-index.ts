// Access to the build's deck index (ids only; cards load per deck).
import { deckIndex, deckLoaders } from 'virtual:deck-index';
import type { DeckIndexEntry, DeckView } from './deck-data.ts';

export const decks: readonly DeckIndexEntry[] = deckIndex;

export function loadDeck(deckId: string): Promise<DeckView> {
  const load = deckLoaders[deckId];
  return load ? load() : Promise.reject(new Error(`unknown deck ${deckId}`));
}
