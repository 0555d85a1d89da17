import { useParams } from 'react-router';
import { findDeck } from '../../decks/deck-index.ts';
import { useDecks } from '../../decks/use-deck.ts';
import { labCatalogue } from '../../labs/catalogue.ts';
import { puzzleCatalogue } from '../../puzzles/catalogue.ts';
import { DeckDetail } from '../../study/DeckDetail.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { paths } from '../paths.ts';
import NotFoundRoute from './not-found-route.tsx';

export default function DeckRoute() {
  const { deckId = '' } = useParams();
  const entry = findDeck(deckId);
  const state = useDecks(entry ? [deckId] : []);
  if (!entry) return <NotFoundRoute />;
  const related = [
    ...labCatalogue.filter((l) => entry.labs.includes(l.id)).map((l) => ({ href: paths.lab(l.id), title: l.title })),
    ...puzzleCatalogue.filter((p) => entry.puzzles.includes(p.id)).map((p) => ({ href: paths.puzzle(p.id), title: p.title })),
  ];
  return (
    <LoadState state={state}>
      {([deck]) => deck && <DeckDetail deck={deck} studyPath={paths.study(deckId)} cardPath={paths.card} related={related} />}
    </LoadState>
  );
}
