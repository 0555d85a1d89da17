// Shows the storage notices when there is something to say; their code and strings load only then.
import { lazy, Suspense } from 'react';
import { useStorageStatus } from '../lib/app-storage.ts';
import { useSetAsideStore } from '../lib/set-aside.ts';

const StorageBanner = lazy(() => import('./StorageBanner.tsx'));

export function StorageNotices() {
  const failure = useStorageStatus((s) => s.failure);
  const kept = useSetAsideStore((s) => s.items.length);
  if (!failure && kept === 0) return null;
  return (
    <Suspense fallback={null}>
      <StorageBanner />
    </Suspense>
  );
}
