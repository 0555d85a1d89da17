// Loads one or more decks' cards (each its own chunk) with loading and error states.
import { useCallback, useEffect, useState } from 'react';
import type { DeckView } from './deck-data.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: Error; retry: () => void } | { status: 'ready'; data: T };

export function useDecks(deckIds: readonly string[], load: (deckId: string) => Promise<DeckView>): Loaded<DeckView[]> {
  const key = deckIds.join(',');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loaded<DeckView[]>>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((id) => load(id)),
    ).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), retry }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt, retry, load]);
  return state;
}
