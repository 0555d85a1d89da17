// Downloads the progress file (reviews and settings) from what this page holds, which is also
// what it studied while storage was failing.
import { downloadText } from '../lib/download.ts';
import { toExportFile } from './export-log.ts';
import { useProgressStore } from './progress-store.ts';

export function downloadProgress(now = Date.now()): void {
  const { entries, settings } = useProgressStore.getState();
  const file = toExportFile(entries(), settings, now);
  downloadText(`interview-lab-progress-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
}
