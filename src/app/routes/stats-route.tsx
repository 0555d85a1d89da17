import { useMemo } from 'react';
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
  return <StatsPage decks={list} />;
}
