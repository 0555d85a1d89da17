import { DeckOverview } from '../../study/DeckOverview.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';

export function HomeRoute() {
  const { decks } = useDeckList();
  return <DeckOverview decks={decks} deckPath={paths.deck} studyPath={paths.study} studyAllPath={paths.studyAll()} />;
}
