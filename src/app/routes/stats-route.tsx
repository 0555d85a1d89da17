import { useEffect, useMemo, useState } from 'react';
import { listTestResults } from '../../quiz/test/test-results.ts';
import type { ScoreEntry } from '../../stats/StatsPage.tsx';
import { StatsPage } from '../../stats/StatsPage.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { useDeckList } from '../deck-list.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';

export default function StatsRoute() {
  const t = useStrings();
  usePageTitle(t.navStats);
  const pick = usePick();
  const { decks } = useDeckList();
  const list = useMemo(() => decks.map((d) => ({ id: d.id, title: pick(d.title, d.titleEn), cardIds: d.cardIds })), [decks, pick]);
  const [scores, setScores] = useState<readonly ScoreEntry[]>([]);
  useEffect(() => {
    listTestResults().then(setScores, () => setScores([]));
  }, []);
  return <StatsPage decks={list} scores={scores} />;
}
