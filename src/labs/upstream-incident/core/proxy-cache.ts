// nginx `proxy_cache` with `proxy_cache_valid 200 <valid>` and `proxy_cache_lock on`, reduced to
// what decides the upstreams' load: the first request for a `$request_uri` (the default
// `proxy_cache_key` differs only by scheme and host, the same for every request here) is a MISS
// and goes to an upstream; the response stays fresh for `validMs`, and every request for that URI
// meanwhile is a HIT served by nginx. With `proxy_cache_lock on`, requests that arrive while the
// first one is still being fetched wait for it instead of going upstream too, so each URI reaches
// the upstreams at most once per `validMs`.
// Simplification, stated: freshness is counted from the miss's arrival, not from the moment its
// response is stored (a 20 ms fetch makes the entry expire 20 ms early here), and a miss that the
// upstream then fails is still treated as filling the cache (the fixed setups do not fail).
import type { RequestStream } from '../../load-balancing/core/requests.ts';

export interface ProxyCacheSplit {
  /** The requests that reach an upstream (MISS and EXPIRED), in arrival order. */
  readonly upstream: RequestStream;
  /** Requests served from the cache (HIT), never seen by an upstream. */
  readonly hits: number;
}

export function splitByProxyCache(stream: RequestStream, validMs: number): ProxyCacheSplit {
  const freshUntil = new Float64Array(stream.keys.length).fill(-Infinity);
  const keep: number[] = [];
  for (let i = 0; i < stream.count; i++) {
    const key = stream.keyIds[i] as number;
    const t = stream.timesMs[i] as number;
    if (t < (freshUntil[key] as number)) continue; // HIT
    freshUntil[key] = t + validMs;
    keep.push(i);
  }
  const pick = <A extends Float64Array | Int32Array>(from: A, make: (n: number) => A): A => {
    const out = make(keep.length);
    keep.forEach((src, dst) => (out[dst] = from[src] as number));
    return out;
  };
  const upstream: RequestStream = {
    ...stream,
    count: keep.length,
    timesMs: pick(stream.timesMs, (n) => new Float64Array(n)),
    keyIds: pick(stream.keyIds, (n) => new Int32Array(n)),
    ipIds: pick(stream.ipIds, (n) => new Int32Array(n)),
    work: pick(stream.work, (n) => new Float64Array(n)),
    connIds: pick(stream.connIds, (n) => new Int32Array(n)),
  };
  return { upstream, hits: stream.count - keep.length };
}
