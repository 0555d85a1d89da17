// "A new version is ready": shown when a deploy's service worker is waiting. Reloading is the
// user's choice, so a study session or a lab run is never cut short.
import { useStrings } from '../ui/i18n.ts';
import { dismissUpdate, reloadToUpdate, useUpdateState } from './service-worker.ts';

export function UpdateBanner() {
  const { waiting } = useUpdateState();
  const t = useStrings();
  if (!waiting) return null;
  return (
    <div className="banner info update-banner" role="status" data-testid="update-banner">
      <span>{t.updateReady}</span>
      <button type="button" className="primary" onClick={reloadToUpdate}>
        {t.updateReload}
      </button>
      <button type="button" className="link-button" onClick={dismissUpdate}>
        {t.updateLater}
      </button>
    </div>
  );
}
