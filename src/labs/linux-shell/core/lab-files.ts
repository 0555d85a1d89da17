// Every file of the lab's simulated home directory (/home/ops), from one seed: the same seed gives
// the same bytes in the browser, in the tests (which write them to disk for the real GNU tools)
// and in the bench.
import { accessLog } from './access-log.ts';
import { appLog } from './app-log.ts';
import { diskTree } from './disk-tree.ts';
import { loadavg, meminfo, psAux } from './proc-snapshot.ts';

export const HOME = '/home/ops';
export const ACCESS_LOG_LINES = 3000;

/** Relative path (from HOME) → content. */
export function labFiles(seed: number, accessLines = ACCESS_LOG_LINES): Record<string, string> {
  return {
    'access.log': accessLog(seed, accessLines),
    'app.log': appLog(seed),
    'ps-aux.txt': psAux(seed),
    'proc/loadavg': loadavg(seed),
    'proc/meminfo': meminfo(seed),
    ...diskTree(seed),
  };
}

/** Sizes for the file list, in path order (ASCII only, so characters = bytes). */
export function fileSizes(files: Readonly<Record<string, string>>): { path: string; bytes: number }[] {
  return Object.keys(files).sort().map((path) => ({ path, bytes: (files[path] as string).length }));
}
