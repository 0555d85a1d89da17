// The lab's nginx access log: the top-IPs puzzle's generator (Zipf clients, combined format), with
// two changes an interview question needs. Lines are re-timed to spread over four hours (the
// generator's few ms apart would fit in one second, and "status codes per hour" needs hours), and
// each line ends with `$request_time` (seconds, ms resolution), as in the common
// `log_format main '… "$http_user_agent" $request_time'`. No malformed lines: the exercises are
// about pipelines, not about garbage (the puzzle covers that).
// Fields for awk: $1 client, $4 "[01/Mar/2024:09:00:00", $7 path, $9 status, $10 bytes, $NF time.
import { createRandom, exponential, randomInt } from '../../kernel/random.ts';
import { formatTimeLocal, generateLog } from '../../../puzzles/top-ips/core/log-generator.ts';

export const ACCESS_LOG_START_MS = Date.UTC(2024, 2, 1, 9, 0, 0);
const SPAN_MS = 4 * 3600 * 1000;

/** Mean request time by path: search and orders hit the database, static files do not. */
const MEAN_SECONDS: Readonly<Record<string, number>> = {
  '/api/v1/search?q=nginx': 0.35,
  '/api/v1/orders': 0.12,
  '/api/v1/users/me': 0.04,
  '/login': 0.08,
};
const STATIC_MEAN = 0.004;

const STAMP = /\[[^\]]*\]/;

export function accessLog(seed: number, lines: number): string {
  const random = createRandom(seed ^ 0x5eed);
  const raw = generateLog({ seed, lines, malformedShare: 0, distinctIps: 400 }).split('\n');
  // Line i falls in the i-th of `lines` equal slots of the span: in order, and never past it.
  const slot = Math.max(1, Math.floor(SPAN_MS / lines));
  const out: string[] = [];
  for (const line of raw) {
    if (line === '') continue;
    const now = ACCESS_LOG_START_MS + out.length * slot + randomInt(random, slot);
    const path = line.split(' ')[6] ?? '/';
    const seconds = exponential(random, MEAN_SECONDS[path] ?? STATIC_MEAN);
    out.push(`${line.replace(STAMP, `[${formatTimeLocal(now)}]`)} ${seconds.toFixed(3)}`);
  }
  return `${out.join('\n')}\n`;
}
