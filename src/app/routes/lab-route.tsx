import { lazy, Suspense, useMemo } from 'react';
import { useParams } from '../../ui/router/router.tsx';
import { RelatedCards } from '../../decks/RelatedCards.tsx';
import { findLab } from '../../labs/catalogue.ts';
import { labViews } from '../../labs/registry.ts';
import { Loading } from '../../ui/Loading.tsx';
import { useLanguage } from '../../ui/use-language.ts';
import { useStrings } from '../../ui/i18n.ts';
import { paths } from '../paths.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';
import NotFoundRoute from './not-found-route.tsx';

export default function LabRoute() {
  const { labId = '' } = useParams();
  const t = useStrings();
  const entry = findLab(labId);
  const load = labViews[labId];
  const View = useMemo(() => (load ? lazy(load) : null), [load]);
  const pick = usePick();
  // The view's string tables are read live (liveStrings): a new language remounts it.
  const language = useLanguage();
  usePageTitle(entry ? pick(entry.title, entry.titleEn) : undefined);
  if (!entry) return <NotFoundRoute />;
  return (
    <div className="wide-page">
      {View ? (
        <Suspense fallback={<Loading />}>
          <View key={language} />
        </Suspense>
      ) : (
        <div>
          <h1>{pick(entry.title, entry.titleEn)}</h1>
          <p>{t.comingLater}</p>
        </div>
      )}
      <RelatedCards kind="lab" id={labId} cardPath={paths.card} title={t.relatedCards} />
    </div>
  );
}
