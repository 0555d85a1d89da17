import { Link, useParams } from 'react-router';
import { CardContent } from '../../decks/CardContent.tsx';
import { useDecks } from '../../decks/use-deck.ts';
import { CardStatus } from '../../study/CardStatus.tsx';
import { useCardStates } from '../../study/use-card-states.ts';
import { useStrings } from '../../ui/i18n.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';
import NotFoundRoute from './not-found-route.tsx';

export default function CardRoute() {
  const { cardId = '' } = useParams();
  const t = useStrings();
  const list = useDeckList();
  const entry = list.findDeckOfCard(cardId);
  const state = useDecks(entry ? [entry.id] : [], list.load);
  const states = useCardStates();
  const pick = usePick();
  const shown = state.status === 'ready' ? state.data[0]?.cards.find((c) => c.id === cardId) : undefined;
  usePageTitle(shown ? pick(shown.question, shown.questionEn) : undefined);
  if (!entry) return list.ready ? <NotFoundRoute /> : <Loading />;
  return (
    <LoadState state={state}>
      {([deck]) => {
        const index = deck?.cards.findIndex((c) => c.id === cardId) ?? -1;
        const card = deck?.cards[index];
        if (!deck || !card) return <NotFoundRoute />;
        const prev = deck.cards[index - 1];
        const next = deck.cards[index + 1];
        return (
          <div className="card-page">
            <nav className="breadcrumbs" aria-label={t.cardOpenInDeck}>
              <Link to={paths.deck(deck.meta.id)}>{deck.meta.title}</Link>
              <span aria-hidden="true"> / </span>
              <span>{index + 1} / {deck.cards.length}</span>
              <CardStatus state={states.get(card.id)} now={Date.now()} />
            </nav>
            <CardContent card={card} showAnswer labels={t} />
            <nav className="pager" aria-label={`${t.prevCard} / ${t.nextCard}`}>
              {prev ? <Link to={paths.card(prev.id)} rel="prev">← {prev.question}</Link> : <span />}
              {next ? <Link to={paths.card(next.id)} rel="next">{next.question} →</Link> : <span />}
            </nav>
          </div>
        );
      }}
    </LoadState>
  );
}
