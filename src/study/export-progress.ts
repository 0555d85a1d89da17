// Downloads the progress file (reviews, typed answers and settings) from what this page holds,
// which is also what it studied while storage was failing.
import { appDb } from '../lib/app-storage.ts';
import { downloadText } from '../lib/download.ts';
import { toExportFile } from './export-log.ts';
import { useProgressStore } from './progress-store.ts';
import { listTypeInEntries } from './type-in-records.ts';
import { collectExtras, NO_EXTRAS, type ExtraKinds } from './export-extras.ts';

export async function downloadProgress(kinds: ExtraKinds, now = Date.now()): Promise<void> {
  const { entries, settings } = useProgressStore.getState();
  // Typed answers are extras: if they cannot be read, the reviews are still downloaded.
  const typeIn = await listTypeInEntries(appDb).catch(() => []);
  const extras = await collectExtras(appDb, kinds).catch(() => NO_EXTRAS);
  const file = toExportFile(entries(), settings, now, typeIn, extras);
  downloadText(`interview-lab-progress-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
}
