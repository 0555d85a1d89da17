import { lazy, Suspense, useMemo } from 'react';
import { useParams } from 'react-router';
import { puzzleCatalogue } from '../../puzzles/catalogue.ts';
import { puzzleViews } from '../../puzzles/registry.ts';
import { Loading } from '../../ui/Loading.tsx';
import { useStrings } from '../../ui/i18n.ts';
import NotFoundRoute from './not-found-route.tsx';

export default function PuzzleRoute() {
  const { puzzleId = '' } = useParams();
  const t = useStrings();
  const entry = puzzleCatalogue.find((p) => p.id === puzzleId);
  const load = puzzleViews[puzzleId];
  const View = useMemo(() => (load ? lazy(load) : null), [load]);
  if (!entry) return <NotFoundRoute />;
  if (!View) return <div><h1>{entry.title}</h1><p>{t.comingLater}</p></div>;
  return <Suspense fallback={<Loading />}><View /></Suspense>;
}
