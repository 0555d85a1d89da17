import { DeckOverview } from '../../study/DeckOverview.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../use-page-title.ts';
import { useStrings } from '../../ui/i18n.ts';

export function HomeRoute() {
  const { decks } = useDeckList();
  usePageTitle(useStrings().homeTitle);
  return <DeckOverview decks={decks} deckPath={paths.deck} studyPath={paths.study} studyAllPath={paths.studyAll()} />;
}
