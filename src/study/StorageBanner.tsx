// Every storage problem, said plainly (loaded by StorageNotices only when there is one): the app fell back to memory (and why, with an export of
// what was studied), or saved data could not be read (which data, with its kept-aside copy).
import { appDb } from '../lib/app-storage.ts';
import { useStorageStatus } from '../lib/app-storage.ts';
import { downloadText } from '../lib/download.ts';
import type { StorageFailure } from '../lib/idb-record-db.ts';
import { dropSetAside, readSetAside, useSetAsideStore, type SetAsideItem, type SetAsideWhat } from '../lib/set-aside.ts';
import { useStorageStrings, type StorageStrings } from '../ui/i18n-storage.ts';

const reasonKey: Record<StorageFailure, keyof StorageStrings> = {
  'no-indexeddb': 'storageNoIndexedDb',
  'newer-version': 'storageNewerVersion',
  blocked: 'storageBlocked',
  quota: 'storageQuota',
  'open-failed': 'storageOpenFailed',
  'write-failed': 'storageWriteFailed',
  'version-change': 'storageVersionChange',
  'read-failed': 'storageReadFailed',
};
const titleKey: Record<SetAsideWhat, keyof StorageStrings> = {
  progress: 'unreadableTitle',
  'imported-decks': 'unreadableDecksTitle',
  settings: 'unreadableSettingsTitle',
};

export default function StorageBanner() {
  const t = useStorageStrings();
  const failure = useStorageStatus((s) => s.failure);
  const items = useSetAsideStore((s) => s.items);

  const exportNow = async () => (await import('./export-progress.ts')).downloadProgress((await import('./export-extras.ts')).PROGRESS_EXTRAS);
  const download = async (item: SetAsideItem) => {
    const raw = await readSetAside(appDb, item);
    if (raw !== null) downloadText(`interview-lab-${item.key.replace(/[^\w-]+/g, '-')}.json`, raw);
  };

  return (
    <>
      {failure && (
        <div className="banner warning" role="alert" data-testid="storage-failure" data-failure={failure}>
          <strong>{failure === 'read-failed' ? t.storageReadFailedTitle : t.storageTitle}</strong>
          <p>
            {failure === 'read-failed' ? '' : t.storageBody} {t[reasonKey[failure]]}
          </p>
          <div className="row">
            <button type="button" onClick={() => void exportNow()}>
              {t.storageExport}
            </button>
            <button type="button" className="secondary" onClick={() => location.reload()}>
              {t.storageReload}
            </button>
          </div>
        </div>
      )}
      {items.map((item) => (
        <div className="banner warning" role="alert" key={item.key} data-testid={`set-aside-${item.what}`}>
          <strong>{t[titleKey[item.what]]}</strong>
          <p>
            {t.unreadableBody} <code>{item.reason}</code>
          </p>
          <div className="row">
            <button type="button" onClick={() => void download(item)}>
              {t.unreadableDownload}
            </button>
            {!item.legacy && (
              <button type="button" className="secondary" onClick={() => void dropSetAside(appDb, item)}>
                {t.unreadableDelete}
              </button>
            )}
          </div>
        </div>
      ))}
    </>
  );
}
