import { useParams } from 'react-router';
import { decks, findDeck } from '../../decks/deck-index.ts';
import { useDecks } from '../../decks/use-deck.ts';
import { StudySession } from '../../study/StudySession.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { paths } from '../paths.ts';
import NotFoundRoute from './not-found-route.tsx';

/** `/decks/:deckId/study` studies one deck; `/study` studies everything due across all decks. */
export default function StudyRoute() {
  const { deckId } = useParams();
  const ids = deckId ? (findDeck(deckId) ? [deckId] : []) : decks.map((d) => d.id);
  const state = useDecks(ids);
  if (ids.length === 0) return <NotFoundRoute />;
  return (
    <LoadState state={state}>
      {(loaded) => <StudySession key={ids.join(',')} decks={loaded} backPath={deckId ? paths.deck(deckId) : paths.home()} />}
    </LoadState>
  );
}
