import { useMemo } from 'react';
import { TestPage } from '../../quiz/test/TestPage.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { Link } from '../../ui/router/router.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths, resolveContentLink } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';

export default function TestRoute() {
  const t = useStrings();
  usePageTitle(t.navTest);
  const pick = usePick();
  const list = useDeckList();
  const decks = useMemo(() => list.decks.map((d) => ({ id: d.id, title: pick(d.title, d.titleEn) })), [list.decks, pick]);
  return (
    <TestPage
      decks={decks}
      load={list.load}
      cardLink={(id, text) => <Link to={paths.card(id)}>{text}</Link>}
      labLink={(link, text) => {
        const [kind, target = ''] = link.split(/:(.*)/s);
        return <Link to={resolveContentLink(kind === 'puzzle' ? 'puzzle' : 'lab', target)}>{text}</Link>;
      }}
    />
  );
}
