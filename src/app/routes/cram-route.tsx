import { useMemo } from 'react';
import { Link } from '../../ui/router/router.tsx';
import { CramPage } from '../../quiz/cram/CramPage.tsx';
import { questionIn } from '../../decks/card-language.ts';
import { useStrings } from '../../ui/i18n.ts';
import { useLanguage } from '../../ui/use-language.ts';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';

export default function CramRoute() {
  const t = useStrings();
  usePageTitle(t.navCram);
  const pick = usePick();
  const language = useLanguage();
  const list = useDeckList();
  const decks = useMemo(() => list.decks.map((d) => ({ id: d.id, title: pick(d.title, d.titleEn), cardIds: d.cardIds })), [list.decks, pick]);
  return <CramPage decks={decks} load={list.load} cardLink={(card) => <Link to={paths.card(card.id)}>{questionIn(card, language)}</Link>} />;
}
