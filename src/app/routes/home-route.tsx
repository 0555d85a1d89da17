import { DeckOverview } from '../../study/DeckOverview.tsx';
import { paths } from '../paths.ts';

export function HomeRoute() {
  return <DeckOverview deckPath={paths.deck} studyPath={paths.study} studyAllPath={paths.studyAll()} />;
}
