import { SearchPage } from '../../search/SearchPage.tsx';
import { paths } from '../paths.ts';

export default function SearchRoute() {
  return <SearchPage cardPath={paths.card} />;
}
