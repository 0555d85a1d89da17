import { lazy, Suspense } from 'react';
import { Link, useParams } from '../../ui/router/router.tsx';
import { questionIn } from '../../decks/card-language.ts';
import { CardContent } from '../../decks/CardContent.tsx';
import { useDecks } from '../../decks/use-deck.ts';
import { CardStatus } from '../../study/CardStatus.tsx';
import { useCardStates } from '../../study/use-card-states.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { useStrings } from '../../ui/i18n.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';
import NotFoundRoute from './not-found-route.tsx';

// The quiz (its code and styles) loads after the card, in its own chunk.
const QuizBlock = lazy(() => import('../../quiz/QuizBlock.tsx').then((m) => ({ default: m.QuizBlock })));

export default function CardRoute() {
  const { cardId = '' } = useParams();
  const t = useStrings();
  const list = useDeckList();
  const entry = list.findDeckOfCard(cardId);
  // Load once the imported decks are read: `list.load` changes when they arrive, and a second load
  // would remount the card and clear a quiz answer being typed.
  const state = useDecks(entry && list.ready ? [entry.id] : [], list.load);
  const states = useCardStates();
  const language = useAppearanceStore((s) => s.language);
  const pick = usePick();
  const shown = state.status === 'ready' ? state.data[0]?.cards.find((c) => c.id === cardId) : undefined;
  usePageTitle(shown ? pick(shown.question, shown.questionEn) : undefined);
  if (!list.ready) return <Loading />;
  if (!entry) return <NotFoundRoute />;
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
              <Link to={paths.deck(deck.meta.id)}>{language === 'en' ? deck.meta.titleEn : deck.meta.title}</Link>
              <span aria-hidden="true"> / </span>
              <span>
                {index + 1} / {deck.cards.length}
              </span>
              <CardStatus state={states.get(card.id)} now={Date.now()} />
            </nav>
            <CardContent card={card} showAnswer labels={t}>
              <Suspense fallback={null}>
                <QuizBlock key={card.id} items={card.quiz} language={language} />
              </Suspense>
            </CardContent>
            <nav className="pager" aria-label={`${t.prevCard} / ${t.nextCard}`}>
              {prev ? (
                <Link to={paths.card(prev.id)} rel="prev">
                  ← {questionIn(prev, language)}
                </Link>
              ) : (
                <span />
              )}
              {next ? (
                <Link to={paths.card(next.id)} rel="next">
                  {questionIn(next, language)} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          </div>
        );
      }}
    </LoadState>
  );
}
