import { useParams } from '../../ui/router/router.tsx';
import { useDecks } from '../../decks/use-deck.ts';
import { labCatalogue } from '../../labs/catalogue.ts';
import { puzzleCatalogue } from '../../puzzles/catalogue.ts';
import { DeckDetail } from '../../study/DeckDetail.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';
import NotFoundRoute from './not-found-route.tsx';

export default function DeckRoute() {
  const { deckId = '' } = useParams();
  const list = useDeckList();
  const entry = list.findDeck(deckId);
  const state = useDecks(entry ? [deckId] : [], list.load);
  const pick = usePick();
  usePageTitle(entry ? pick(entry.title, entry.titleEn) : undefined);
  if (!entry) return list.ready ? <NotFoundRoute /> : <Loading />;
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
