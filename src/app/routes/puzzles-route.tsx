import { Link } from 'react-router';
import { puzzleCatalogue } from '../../puzzles/catalogue.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { useStrings } from '../../ui/i18n.ts';
import { paths } from '../paths.ts';

export default function PuzzlesRoute() {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  return (
    <div>
      <h1>{t.puzzlesTitle}</h1>
      <ul className="deck-grid">
        {puzzleCatalogue.map((p) => (
          <li key={p.id} className="deck-tile">
            <h2><Link to={paths.puzzle(p.id)}>{english ? p.titleEn : p.title}</Link></h2>
            <p className="muted">{english ? p.title : p.titleEn}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
