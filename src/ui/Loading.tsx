import { useStrings } from './i18n.ts';

export function Loading() {
  const t = useStrings();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}
