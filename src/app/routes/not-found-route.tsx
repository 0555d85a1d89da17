import { Link } from '../../ui/router/router.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { paths } from '../paths.ts';
import { usePageTitle } from '../use-page-title.ts';

export default function NotFoundRoute() {
  const t = useStrings();
  usePageTitle(t.notFound);
  return (
    <div className="page-header">
      <h1>{t.notFound}</h1>
      <Link to={paths.home()}>{t.backHome}</Link>
    </div>
  );
}
