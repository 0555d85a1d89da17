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

/** The file list asks the shell itself (so the page never builds the files on its thread). */
export const LISTING_COMMAND = "find . -type f -printf '%s %P\\n' | sort -k2";

export interface FileSize {
  readonly path: string;
  readonly bytes: number;
}

/** Parses LISTING_COMMAND's output: "<bytes> <path>" lines. */
export function parseListing(stdout: string): FileSize[] {
  return stdout.split('\n').flatMap((line) => {
    const m = /^(\d+) (.+)$/.exec(line);
    return m ? [{ path: m[2] as string, bytes: Number(m[1]) }] : [];
  });
}
