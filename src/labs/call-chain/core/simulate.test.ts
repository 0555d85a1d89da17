import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScenarios, SLOW_DEEPEST } from './presets.ts';
import { FIX_IDS, type ChainScenario } from './scenario.ts';
import { simulateChain } from './simulate.ts';

/** Nothing ever queues or times out: big pools, long timeouts, C answers every call with an error. */
const allFail: ChainScenario = {
  ...SLOW_DEEPEST,
  layers: [
    { timeoutMs: 20_000, attempts: 3, pool: 1000, queue: 0, workMs: 2 },
    { timeoutMs: 10_000, attempts: 3, pool: 1000, queue: 0, workMs: 2 },
    { timeoutMs: 5_000, attempts: 3, pool: 1000, queue: 0, workMs: 2 },
  ],
  rate: 5,
  durationMs: 10_000,
  fault: { atMs: 0, forMs: 0, extraLatencyMs: 0, errorRate: 1 },
};

describe('retry amplification', () => {
  it('3 layers × 3 attempts, every answer an error: 3, 9 and 27 calls per request at A, B and C', () => {
    const { summary } = simulateChain(allFail);
    const n = summary.topRequests;
    expect(n).toBeGreaterThan(30);
    expect(summary.layers.map((l) => l.calls)).toEqual([3 * n, 9 * n, 27 * n]);
    expect(summary.amplification).toBe(27);
    expect(summary.errorRate).toBe(1);
  });

  it('fan-out 2 multiplies too: at most (3 × 2) × (3 × 2) × 3 = 108 at the bottom (a failed sibling ends the rest early)', () => {
    const { amplification } = simulateChain({ ...allFail, fanOut: 2 }).summary;
    expect(amplification).toBeLessThanOrEqual(108);
    expect(amplification).toBeGreaterThan(100);
  });

  it('retry at one layer only: 1 × 1 × 3 = 3 calls at C per request', () => {
    const { summary } = simulateChain({ ...allFail, fixes: ['retry-one-layer'], retryLayer: 2 });
    expect(summary.amplification).toBe(3);
  });

  it('healthy chain: one call per layer, no errors', () => {
    const { summary } = simulateChain({ ...allFail, fault: { ...allFail.fault, errorRate: 0 } });
    expect(summary.amplification).toBe(1);
    expect(summary.errorRate).toBe(0);
  });

  it('the three-layers-3-attempts preset makes 27 calls at C per request once C fails', () => {
    const s = presetScenarios['three-layers-3-attempts'];
    const { summary, series } = simulateChain(s, { series: true });
    const perSecond = (arr: number[], from: number, to: number) => arr.slice(from, to).reduce((a, b) => a + b, 0);
    const bm = series?.bucketMs ?? 1;
    const from = Math.ceil(12_000 / bm);
    const to = Math.floor(28_000 / bm);
    const top = perSecond(series?.topOk ?? [], from, to) + perSecond(series?.topFailed ?? [], from, to);
    const bottom = perSecond(series?.layers[2]?.calls ?? [], from, to);
    expect(bottom / top).toBeGreaterThan(25);
    expect(bottom / top).toBeLessThan(29);
    expect(summary.amplification).toBeGreaterThan(15);
  });
});

// Whole 60-second runs: slow on a busy machine, so these get a longer timeout.
describe('the slowed-down deepest service', { timeout: 60_000 }, () => {
  it('without fixes C gets more calls than requests and the chain stays down after C recovers (orphans queued at A)', () => {
    const { summary, series } = simulateChain(SLOW_DEEPEST, { series: true });
    expect(summary.amplification).toBeGreaterThan(1.5);
    const lastTenSeconds = (series?.topOk ?? []).slice(-20).reduce((a, b) => a + b, 0);
    expect(lastTenSeconds).toBe(0);
    // What the preset's text says: from 10 s after C is fast again (40 s) the backlog sits in A's queue, over
    // 10,000 requests nobody waits for, while B and C have next to nothing queued.
    const bucket = (t: number) => t / (series?.bucketMs ?? 1) - 1;
    const [a, b, c] = (series?.layers ?? []).map((l) => l.queued);
    for (const t of [50_000, 55_000, 60_000]) {
      expect(a?.[bucket(t)], `A at ${t} ms`).toBeGreaterThan(10_000);
      expect(b?.[bucket(t)], `B at ${t} ms`).toBeLessThan(100);
      expect(c?.[bucket(t)], `C at ${t} ms`).toBeLessThan(100);
    }
  });

  it('each fix alone gives more goodput than no fix; deadlines let the chain recover', () => {
    const base = simulateChain(SLOW_DEEPEST).summary;
    for (const fix of FIX_IDS) {
      const fixed = simulateChain({ ...SLOW_DEEPEST, fixes: [fix] }, { series: true });
      expect(fixed.summary.goodput, fix).toBeGreaterThan(base.goodput);
      expect(
        (fixed.series?.topOk ?? []).slice(-20).reduce((a, b) => a + b, 0),
        fix,
      ).toBeGreaterThan(1000);
    }
  });

  it('load shedding alone fails fast but multiplies cheap rejected calls: amplification rises', () => {
    const base = simulateChain(SLOW_DEEPEST).summary;
    const shed = simulateChain({ ...SLOW_DEEPEST, fixes: ['shedding'] }).summary;
    expect(shed.amplification).toBeGreaterThan(base.amplification);
    expect(shed.p99).toBeLessThan(base.p99);
  });

  it('retry throttling: retries on each edge ≤ maxTokens / 2 + tokenRatio × successful attempts on it', () => {
    const run = simulateChain({ ...SLOW_DEEPEST, fixes: ['retry-budget'] });
    const { maxTokens, tokenRatio } = SLOW_DEEPEST.throttle;
    for (const layer of run.summary.layers) expect(layer.retries).toBeLessThanOrEqual(maxTokens / 2 + tokenRatio * layer.successes);
  });
});

const arbScenario = fc
  .record({
    depth: fc.integer({ min: 2, max: 4 }),
    fanOut: fc.integer({ min: 1, max: 2 }),
    attempts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
    pool: fc.integer({ min: 1, max: 20 }),
    timeout: fc.integer({ min: 20, max: 400 }),
    errorRate: fc.integer({ min: 0, max: 100 }),
    extra: fc.integer({ min: 0, max: 300 }),
    fixes: fc.subarray([...FIX_IDS]),
    seed: fc.nat(1000),
  })
  .map(({ depth, fanOut, attempts, pool, timeout, errorRate, extra, fixes, seed }): ChainScenario => ({
    ...SLOW_DEEPEST,
    layers: Array.from({ length: depth }, (_, i) => ({ timeoutMs: timeout * (depth - i), attempts: attempts[i] ?? 1, pool, queue: 4, workMs: 5 })),
    fanOut,
    rate: 40,
    durationMs: 3000,
    seed,
    retryLayer: depth - 1,
    fault: { atMs: 500, forMs: 1500, extraLatencyMs: extra, errorRate: errorRate / 100 },
    fixes,
  }));

describe('properties', { timeout: 60_000 }, () => {
  it('calls at depth d ≤ top requests × Π of attempts (× fan-out below A) above it', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { summary } = simulateChain(s);
        let bound = summary.topRequests;
        summary.layers.forEach((layer, d) => {
          bound *= (s.layers[d]?.attempts ?? 1) * (d > 0 ? s.fanOut : 1);
          expect(layer.calls).toBeLessThanOrEqual(bound);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('with the retry budget, retries on each edge ≤ maxTokens / 2 + tokenRatio × its successful attempts', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 500 }), (s, maxTokens, ratio) => {
        const tokenRatio = ratio / 1000;
        const fixes = s.fixes.includes('retry-budget') ? s.fixes : [...s.fixes, 'retry-budget' as const];
        const { summary } = simulateChain({ ...s, fixes, throttle: { maxTokens, tokenRatio } });
        for (const layer of summary.layers) expect(layer.retries).toBeLessThanOrEqual(maxTokens / 2 + tokenRatio * layer.successes + 1e-9);
      }),
      { numRuns: 25 },
    );
  });

  it('with deadline propagation no service ever answers a caller that gave up (no orphans)', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const fixes = s.fixes.includes('deadlines') ? s.fixes : [...s.fixes, 'deadlines' as const];
        for (const layer of simulateChain({ ...s, fixes }).summary.layers) expect(layer.orphans).toBe(0);
      }),
      { numRuns: 20 },
    );
  });

  it('same scenario and seed, same run', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const a = simulateChain(s, { series: true, tracedRequests: 20 });
        const b = simulateChain(s, { series: true, tracedRequests: 20 });
        expect(b).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  it('every top-level request ends, as a success or a failure', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { summary } = simulateChain(s);
        expect(summary.topOk + summary.topFailed).toBe(summary.topRequests);
      }),
      { numRuns: 20 },
    );
  });
});

describe('runs too big for a browser tab stop early and say so', () => {
  it('past the limit on calls: stopped within a millisecond of crossing it, totals and series up to then', () => {
    const full = simulateChain(allFail, { series: true });
    expect(full.stopped).toBeUndefined();
    const limit = 1000;
    const run = simulateChain(allFail, { series: true, limits: { calls: limit, liveAttempts: Infinity } });
    expect(run.stopped?.limit).toBe('calls');
    const made = run.summary.layers.reduce((sum, l) => sum + l.calls, 0);
    expect(made).toBeGreaterThan(limit);
    // 5 requests/s × 39 calls each: one millisecond adds at most a few requests' calls.
    expect(made).toBeLessThan(limit + 200);
    const atMs = run.stopped?.atMs ?? 0;
    expect(atMs).toBeGreaterThan(0);
    expect(atMs).toBeLessThan(allFail.durationMs);
    // The same run up to the stop: the same requests arrived, the same calls were made.
    expect(run.summary.topRequests).toBeLessThan(full.summary.topRequests);
    expect(run.summary.goodput).toBe(0);
    const buckets = Math.ceil(atMs / (run.series?.bucketMs ?? 1));
    expect(run.series?.topOk.length).toBe(buckets);
    expect(run.series?.p99.length).toBe(buckets);
    for (const layer of run.series?.layers ?? []) expect(layer.running.length).toBe(buckets);
  });

  it('past the limit on attempts alive at once: an unbounded queue stops the run before it eats the memory', () => {
    // C 300 ms slower from 0 s on, no shedding: A's queue grows without bound.
    const overloaded: ChainScenario = { ...SLOW_DEEPEST, fault: { ...SLOW_DEEPEST.fault, atMs: 0, forMs: 0 } };
    const run = simulateChain(overloaded, { limits: { calls: Infinity, liveAttempts: 2000 } });
    expect(run.stopped?.limit).toBe('live-attempts');
    expect(run.stopped?.atMs).toBeLessThan(overloaded.durationMs);
    expect(simulateChain(overloaded).stopped).toBeUndefined();
  });

  it('a stopped run is as deterministic as a whole one', () => {
    const limits = { calls: 2000, liveAttempts: Infinity };
    expect(simulateChain(allFail, { limits, tracedRequests: 10 })).toEqual(simulateChain(allFail, { limits, tracedRequests: 10 }));
  });
});

describe('latency', () => {
  it('p99 is exact past two minutes: 5 attempts timing out at 27 s each make a 135 s request', () => {
    // A's one thread takes ~2 s a request, 5 arrive each second: almost every attempt times out.
    const stuck: ChainScenario = {
      ...SLOW_DEEPEST,
      rate: 5,
      durationMs: 60_000,
      layers: [{ timeoutMs: 27_000, attempts: 5, pool: 1, queue: 100_000, workMs: 2000 }, ...SLOW_DEEPEST.layers.slice(1)],
    };
    expect(simulateChain(stuck).summary.p99).toBe(135_000);
  });
});
