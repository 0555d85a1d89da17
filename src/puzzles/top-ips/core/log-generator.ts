// A seeded, realistic nginx access log in the default "combined" format
// (ngx_http_log_module: '$remote_addr - $remote_user [$time_local] "$request" $status
// $body_bytes_sent "$http_referer" "$http_user_agent"'), for the demo, the tests and the bench.
// Client IPs follow a Zipf law over a fixed pool (a few heavy hitters, a long tail), as real
// traffic does; a share are IPv6; a small share of lines are malformed in the ways real logs
// are (a "-" or "unknown" from a broken proxy, truncated lines, garbage, blank lines), each kind
// rare enough never to reach a top 10 in `awk '{print $1}' | sort | uniq -c`.
// Output comes in chunks of text (a generator): a 200 MB log is never one string.
import { type Random, createRandom, randomInt } from '../../../labs/kernel/random.ts';

export interface LogOptions {
  readonly seed: number;
  /** Stop after this many lines… */
  readonly lines?: number;
  /** …or after about this many bytes (whichever comes first; default 10,000 lines). */
  readonly bytes?: number;
  /** Size of the client pool (default 20,000). */
  readonly distinctIps?: number;
  /** Zipf exponent s: P(rank r) ∝ 1/r^s (default 1.1). */
  readonly zipf?: number;
  /** Share of the pool that is IPv6 (default 0.1). */
  readonly ipv6Share?: number;
  /** Share of malformed lines (default 0.002). */
  readonly malformedShare?: number;
  /** Time of the first line, ms since the epoch (default 2024-03-01T00:00:00Z). */
  readonly startMs?: number;
  /** Lines per yielded chunk (default 5,000). */
  readonly chunkLines?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATHS = [
  '/',
  '/index.html',
  '/api/v1/orders',
  '/api/v1/users/me',
  '/static/app.js',
  '/static/app.css',
  '/favicon.ico',
  '/login',
  '/api/v1/search?q=nginx',
  '/health',
];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'POST', 'GET', 'PUT', 'GET'];
const STATUS = [200, 200, 200, 200, 200, 200, 304, 301, 404, 500, 200, 499];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'curl/8.5.0',
  'Go-http-client/1.1',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
const REFERERS = ['-', '-', 'https://www.example.com/', 'https://www.google.com/'];

const pick = <T>(random: Random, xs: readonly T[]): T => xs[randomInt(random, xs.length)] as T;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "01/Mar/2024:00:00:00 +0000" (nginx $time_local, in UTC here). */
export function formatTimeLocal(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

function randomIpv4(random: Random): string {
  return `${1 + randomInt(random, 223)}.${randomInt(random, 256)}.${randomInt(random, 256)}.${1 + randomInt(random, 254)}`;
}

/** Lower-case, compressed like nginx prints it ("2001:db8:0:12::7"). */
function randomIpv6(random: Random): string {
  const groups = ['2001', 'db8', ...Array.from({ length: 6 }, () => (randomInt(random, 4) === 0 ? '0' : randomInt(random, 0x10000).toString(16)))];
  const text = groups.join(':');
  return text.includes(':0:0:') ? text.replace(/:0(:0)+:/, '::') : text;
}

/** The client pool, rank 0 the heaviest hitter. Distinct by construction (retries on a clash). */
export function clientPool(random: Random, size: number, ipv6Share: number): string[] {
  const seen = new Set<string>();
  while (seen.size < size) seen.add(random() < ipv6Share ? randomIpv6(random) : randomIpv4(random));
  return [...seen];
}

/** Cumulative Zipf weights, for sampling a rank by binary search. */
export function zipfCdf(size: number, s: number): Float64Array {
  const cdf = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) cdf[r] = total += 1 / (r + 1) ** s;
  for (let r = 0; r < size; r++) cdf[r] = (cdf[r] as number) / total;
  return cdf;
}

function sampleRank(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MALFORMED: readonly ((r: Random) => string)[] = [
  () => `- - - [${formatTimeLocal(0)}] "GET / HTTP/1.1" 400 0 "-" "-"`,
  () => `unknown - - [${formatTimeLocal(0)}] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"`,
  (r: Random) => `${256 + randomInt(r, 700)}.${randomInt(r, 256)}.1.1 - - [x] "GET / HTTP/1.1" 200 0 "-" "-"`,
  (r: Random) => `${randomInt(r, 256)}.${randomInt(r, 256)}.${randomInt(r, 256)} - - [x] "GET / HTTP/1.1" 200 0`,
  (r: Random) => `GET /${randomInt(r, 1e6)} HTTP/1.1" 200 0 "-" "-"`,
  (r: Random) => `"${randomInt(r, 1e6)}" truncated`,
  (r: Random) => `2001:db8::${randomInt(r, 0x10000).toString(16)}::1 - - [x] "GET / HTTP/1.1" 200 0`,
  (r: Random) => (randomInt(r, 2) === 0 ? '' : `0${1 + randomInt(r, 9)}.1.2.3 - - [x] "GET / HTTP/1.1" 200 0`),
];

export function* generateLogChunks(options: LogOptions): Generator<string, void, undefined> {
  const random = createRandom(options.seed);
  const maxLines = options.lines ?? (options.bytes === undefined ? 10_000 : Number.POSITIVE_INFINITY);
  const maxBytes = options.bytes ?? Number.POSITIVE_INFINITY;
  const pool = clientPool(random, options.distinctIps ?? 20_000, options.ipv6Share ?? 0.1);
  const cdf = zipfCdf(pool.length, options.zipf ?? 1.1);
  const malformedShare = options.malformedShare ?? 0.002;
  const chunkLines = options.chunkLines ?? 5000;
  let now = options.startMs ?? Date.UTC(2024, 2, 1);
  let second = -1;
  let stamp = '';
  let lines = 0;
  let bytes = 0; // ASCII-only output: string length = byte length
  while (lines < maxLines && bytes < maxBytes) {
    const chunk: string[] = []; // joined once: a flat string, not a 5,000-piece rope
    for (let k = 0; k < chunkLines && lines < maxLines && bytes < maxBytes; k++) {
      now += randomInt(random, 20);
      const sec = Math.floor(now / 1000);
      if (sec !== second) {
        second = sec;
        stamp = formatTimeLocal(now);
      }
      let line: string;
      if (random() < malformedShare) {
        line = pick(random, MALFORMED)(random);
      } else {
        const ip = pool[sampleRank(cdf, random())] as string;
        const size = randomInt(random, 50_000);
        line = `${ip} - - [${stamp}] "${pick(random, METHODS)} ${pick(random, PATHS)} HTTP/1.1" ${pick(random, STATUS)} ${size} "${pick(random, REFERERS)}" "${pick(random, AGENTS)}"`;
      }
      chunk.push(line);
      bytes += line.length + 1;
      lines++;
    }
    chunk.push('');
    yield chunk.join('\n');
  }
}

/** The whole log as one string: for small logs only (tests, the demo). */
export function generateLog(options: LogOptions): string {
  let out = '';
  for (const chunk of generateLogChunks(options)) out += chunk;
  return out;
}
