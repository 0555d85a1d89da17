import { Link } from '../../ui/router/router.tsx';
import { puzzleCatalogue } from '../../puzzles/catalogue.ts';
import { puzzleCardId } from '../../puzzles/workbench/puzzle-card-id.ts';
import { CardStatus } from '../../study/CardStatus.tsx';
import { useCardStates } from '../../study/use-card-states.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { useStrings } from '../../ui/i18n.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../use-page-title.ts';

export default function PuzzlesRoute() {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  usePageTitle(t.puzzlesTitle);
  // Puzzles are reviewed like cards (card id puzzle-<id>): new, due, or the next review date.
  const states = useCardStates();
  const now = Date.now();
  return (
    <div>
      <h1>{t.puzzlesTitle}</h1>
      <ul className="deck-grid">
        {puzzleCatalogue.map((p) => (
          <li key={p.id} className="deck-tile" data-testid={`puzzle-${p.id}`}>
            <h2>
              <Link to={paths.puzzle(p.id)}>{english ? p.titleEn : p.title}</Link>
            </h2>
            <p data-testid="puzzle-status">
              <CardStatus state={states.get(puzzleCardId(p.id))} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
