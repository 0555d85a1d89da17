import { useMemo } from 'react';
import { InterviewPage } from '../../quiz/interview/InterviewPage.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { Link } from '../../ui/router/router.tsx';
import { useDeckList } from '../deck-list.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';

export default function InterviewRoute() {
  const t = useStrings();
  usePageTitle(t.navInterview);
  const pick = usePick();
  const list = useDeckList();
  const decks = useMemo(() => list.decks.map((d) => ({ id: d.id, title: pick(d.title, d.titleEn) })), [list.decks, pick]);
  return (
    <InterviewPage
      decks={decks}
      load={list.load}
      studyLink={(ids, text) => (
        <Link className="button primary" to={paths.studyCards(ids)} data-testid="interview-study">
          {text}
        </Link>
      )}
      cardLink={(id, text) => <Link to={paths.card(id)}>{text}</Link>}
    />
  );
}
