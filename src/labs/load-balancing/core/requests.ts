// The seeded request stream every algorithm is fed: arrival times (from kernel/traffic.ts or any
// sorted list), a key per request drawn with Zipf skew (a few keys are hot, like real URLs and
// users), a client address drawn from a pool with its own skew, a service-work factor (mean 1)
// so the same request costs the same on every algorithm, and a keep-alive connection id.
// Each aspect has its own generator derived from the seed, so changing the key skew does not
// reshuffle client addresses. Stored as typed arrays: a million requests are ~30 MB, not 1 GB.
import { createRandom, exponential, randomInt, type Random } from '../../kernel/random.ts';

export interface RequestStreamSpec {
  readonly seed: number;
  /** Distinct keys (URIs, user ids). */
  readonly keyCount: number;
  /** Zipf exponent of key popularity: 0 = uniform, 1 = classic web skew, 2+ = one key dominates. */
  readonly keyZipf: number;
  /** Key names are prefix + a number (`u1042`). */
  readonly keyPrefix: string;
  /** `$request_uri` built from the key: "{key}" is replaced. */
  readonly uriTemplate: string;
  /** Distinct clients. */
  readonly clientCount: number;
  /** Zipf exponent of requests per client. */
  readonly clientZipf: number;
  /** Explicit client addresses (a NAT, a CDN's egress); otherwise random ones over many /24s. */
  readonly clientIps?: readonly string[];
  /** Keep-alive connections each client holds (requests ride them in turn). */
  readonly connectionsPerClient: number;
}

export const DEFAULT_STREAM_SPEC: RequestStreamSpec = {
  seed: 1,
  keyCount: 1000,
  keyZipf: 1,
  keyPrefix: 'k',
  uriTemplate: '/api/items/{key}',
  clientCount: 200,
  clientZipf: 0.5,
  connectionsPerClient: 1,
};

export interface RequestStream {
  readonly count: number;
  readonly timesMs: Float64Array;
  readonly keyIds: Int32Array;
  /** keys[id]: the raw key; uris[id]: the `$request_uri` made from it. */
  readonly keys: readonly string[];
  readonly uris: readonly string[];
  readonly ipIds: Int32Array;
  readonly ips: readonly string[];
  /** Service-time multiplier per request, 0.5 + Exp(mean 0.5): mean 1, p99 ≈ 2.8. */
  readonly work: Float64Array;
  readonly connIds: Int32Array;
  readonly connCount: number;
}

/** Cumulative Zipf weights 1/(rank+1)^s, for sampling by binary search. */
export function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, s);
    cdf[r] = total;
  }
  return cdf;
}

export function sampleCdf(cdf: Float64Array, random: Random): number {
  const x = random() * (cdf[cdf.length - 1] as number);
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < (cdf[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Distinct client addresses spread over many /24 networks, like real users. */
export function randomClientIps(count: number, random: Random): string[] {
  const seen = new Set<string>();
  const ips: string[] = [];
  while (ips.length < count) {
    const ip = `${11 + randomInt(random, 212)}.${randomInt(random, 256)}.${randomInt(random, 256)}.${1 + randomInt(random, 254)}`;
    if (seen.has(ip)) continue;
    seen.add(ip);
    ips.push(ip);
  }
  return ips;
}

function shuffledNumbers(count: number, start: number, random: Random): number[] {
  const values = Array.from({ length: count }, (_, i) => start + i);
  for (let i = count - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [values[i], values[j]] = [values[j] as number, values[i] as number];
  }
  return values;
}

export function createRequestStream(arrivals: readonly number[], spec: RequestStreamSpec = DEFAULT_STREAM_SPEC): RequestStream {
  const count = arrivals.length;
  const keyRandom = createRandom(spec.seed ^ 0x2545f491);
  const ipRandom = createRandom(spec.seed ^ 0x68e31da4);
  const workRandom = createRandom(spec.seed ^ 0x1b873593);
  const names = shuffledNumbers(spec.keyCount, 1000, keyRandom);
  const keys = names.map((n) => `${spec.keyPrefix}${n}`);
  const uris = keys.map((k) => spec.uriTemplate.replace('{key}', k));
  const ips = spec.clientIps !== undefined && spec.clientIps.length > 0 ? [...spec.clientIps] : randomClientIps(spec.clientCount, ipRandom);
  const keyCdf = zipfCdf(keys.length, spec.keyZipf);
  const ipCdf = zipfCdf(ips.length, spec.clientZipf);
  const perClient = Math.max(1, spec.connectionsPerClient);
  const timesMs = Float64Array.from(arrivals);
  const keyIds = new Int32Array(count);
  const ipIds = new Int32Array(count);
  const work = new Float64Array(count);
  const connIds = new Int32Array(count);
  const turn = new Int32Array(ips.length);
  for (let i = 0; i < count; i++) {
    keyIds[i] = sampleCdf(keyCdf, keyRandom);
    const client = sampleCdf(ipCdf, ipRandom);
    ipIds[i] = client;
    const t = turn[client] as number;
    connIds[i] = client * perClient + (t % perClient);
    turn[client] = t + 1;
    work[i] = 0.5 + exponential(workRandom, 0.5);
  }
  return { count, timesMs, keyIds, keys, uris, ipIds, ips, work, connIds, connCount: ips.length * perClient };
}
