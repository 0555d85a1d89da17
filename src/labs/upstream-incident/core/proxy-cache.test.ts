import { describe, expect, it } from 'vitest';
import { createRequestStream } from '../../load-balancing/core/requests.ts';
import { DEFAULT_STREAM_SPEC } from '../../load-balancing/core/requests.ts';
import { splitByProxyCache } from './proxy-cache.ts';

const stream = (times: number[], keyCount: number) => {
  const s = createRequestStream(times, { ...DEFAULT_STREAM_SPEC, keyCount, seed: 3 });
  return s;
};

describe('proxy_cache with proxy_cache_valid 200 1s and proxy_cache_lock on', () => {
  it('lets each URI reach the upstreams at most once per second', () => {
    const times = Array.from({ length: 5000 }, (_, i) => i * 2); // 500 r/s for 10 s
    const s = stream(times, 20);
    const { upstream, hits } = splitByProxyCache(s, 1000);
    expect(upstream.count + hits).toBe(5000);
    // Per key: the upstream requests are at least 1 s apart.
    const last = new Map<number, number>();
    for (let i = 0; i < upstream.count; i++) {
      const key = upstream.keyIds[i] as number;
      const t = upstream.timesMs[i] as number;
      const prev = last.get(key);
      if (prev !== undefined) expect(t - prev).toBeGreaterThanOrEqual(1000);
      last.set(key, t);
    }
    // 20 keys × 10 windows at most.
    expect(upstream.count).toBeLessThanOrEqual(20 * 10);
    expect(hits).toBeGreaterThan(4700);
  });

  it('keeps the requests it forwards unchanged and in order', () => {
    const s = stream([0, 10, 1000, 1005, 2500], 1);
    const { upstream, hits } = splitByProxyCache(s, 1000);
    expect([...upstream.timesMs]).toEqual([0, 1000, 2500]);
    expect(hits).toBe(2);
    expect([...upstream.ipIds]).toEqual([s.ipIds[0], s.ipIds[2], s.ipIds[4]]);
  });

  it('a validity of 0 caches nothing', () => {
    const s = stream([0, 0, 1, 2], 1);
    expect(splitByProxyCache(s, 0).hits).toBe(0);
  });
});

describe('the hot-key fix replayed', () => {
  it('takes requests off the upstreams: the cache answers most of the hot key, the rest reach an upstream', async () => {
    const { runIncident } = await import('./run-incident.ts');
    const run = runIncident('flash-sale');
    expect(run.fixedCacheHits).toBeGreaterThan(run.summary.requests / 2);
    expect(run.fixedSummary.requests + run.fixedCacheHits).toBe(run.summary.requests);
    // Scenarios without a cache replay every request.
    const other = runIncident('day-after-config-change');
    expect(other.fixedCacheHits).toBe(0);
    expect(other.fixedSummary.requests).toBe(other.summary.requests);
  });
});
