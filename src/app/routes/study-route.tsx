import { useParams, useSearchParams } from '../../ui/router/router.tsx';
import { useDecks } from '../../decks/use-deck.ts';
import { StudySession } from '../../study/StudySession.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';
import { fill, useStrings } from '../../ui/i18n.ts';
import NotFoundRoute from './not-found-route.tsx';

/** `/decks/:deckId/study` studies one deck; `/study` studies everything due across all decks. */
export default function StudyRoute() {
  const { deckId } = useParams();
  const list = useDeckList();
  const ids = deckId ? (list.findDeck(deckId) ? [deckId] : []) : list.decks.map((d) => d.id);
  const state = useDecks(ids, list.load);
  // `?cards=a,b`: only these cards (an interview's weak ones), when they are due or new.
  const [params] = useSearchParams();
  const only = params.get('cards') ? new Set((params.get('cards') ?? '').split(',')) : null;
  const t = useStrings();
  const pick = usePick();
  const deck = deckId ? list.findDeck(deckId) : undefined;
  usePageTitle(deckId ? (deck ? fill(t.titleStudyDeck, { deck: pick(deck.title, deck.titleEn) }) : undefined) : t.studyAllDue);
  if (!list.ready) return <Loading />;
  if (ids.length === 0) return <NotFoundRoute />;
  return (
    <LoadState state={state}>
      {(loaded) => {
        const decks = only ? loaded.map((d) => ({ ...d, cards: d.cards.filter((c) => only.has(c.id)) })).filter((d) => d.cards.length > 0) : loaded;
        return <StudySession key={`${ids.join(',')}|${[...(only ?? [])].join(',')}`} decks={decks} backPath={deckId ? paths.deck(deckId) : paths.home()} />;
      }}
    </LoadState>
  );
}
