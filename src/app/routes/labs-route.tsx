import { Link } from '../../ui/router/router.tsx';
import { labCatalogue } from '../../labs/catalogue.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { useStrings } from '../../ui/i18n.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../use-page-title.ts';

export default function LabsRoute() {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  usePageTitle(t.labsTitle);
  return (
    <div>
      <h1>{t.labsTitle}</h1>
      <ul className="deck-grid">
        {labCatalogue.map((lab) => (
          <li key={lab.id} className="deck-tile">
            <h2>
              <Link to={paths.lab(lab.id)}>{english ? lab.titleEn : lab.title}</Link>
            </h2>
          </li>
        ))}
      </ul>
    </div>
  );
}
