// A /var tree for "what fills the disk?": logs rotated by logrotate, a journal, and the classic
// culprit, a container's json-file log under /var/lib/docker/containers that nobody rotates.
// Sizes are seeded and distinct (a size tie would let two tools print the files in two orders);
// contents are repeated log lines, so the files are real bytes that `wc -c` and `find -printf %s`
// both measure.
import { createRandom, randomInt } from '../../kernel/random.ts';

const CONTAINER = '3f2a9c1e8b7d';

/** Path under the home directory → approximate size in bytes (made distinct below). */
const FILES: readonly (readonly [string, number])[] = [
  ['var/log/syslog', 36_000],
  ['var/log/syslog.1', 84_000],
  ['var/log/auth.log', 7_200],
  ['var/log/kern.log', 4_400],
  ['var/log/nginx/access.log.1', 122_000],
  ['var/log/nginx/error.log', 9_600],
  ['var/log/journal/system.journal', 180_000],
  ['var/log/mysql/slow.log', 52_000],
  [`var/lib/docker/containers/${CONTAINER}/${CONTAINER}-json.log`, 320_000],
  ['var/lib/mysql/binlog.000042', 220_000],
  ['var/cache/apt/pkgcache.bin', 66_000],
  ['var/tmp/heapdump.hprof.part', 2_400],
];

function filler(path: string, size: number): string {
  const line = `${path} 2024-03-01T09:00:00Z lorem ipsum log line\n`;
  const text = line.repeat(Math.ceil(size / line.length));
  return `${text.slice(0, size - 1)}\n`;
}

export function diskTree(seed: number): Record<string, string> {
  const random = createRandom(seed ^ 0xd15c);
  const used = new Set<number>();
  const files: Record<string, string> = {};
  for (const [path, approx] of FILES) {
    let size = Math.round(approx * (0.7 + 0.6 * random())) + randomInt(random, 1000);
    while (used.has(size)) size++;
    used.add(size);
    files[path] = filler(path, size);
  }
  return files;
}
