import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTERS, FAULTS, type CallConfig } from './config.ts';
import { presetConfigs } from './presets.ts';
import { simulateCall } from './simulate.ts';

const dubbo = presetConfigs['dubbo-defaults'];
const rows = (c: CallConfig) => simulateCall(c).events.map((e) => `${e.timeMs} ${e.stage} ${e.code} #${e.attempt} p${e.provider ?? '-'}`);
const started = (c: CallConfig) => simulateCall(c).events.filter((e) => e.code === 'send').length;

describe('Dubbo defaults (CommonConstants / FailoverClusterInvoker)', () => {
  it('uses timeout 1000 ms, retries 2 (3 attempts), failover, random, 200 threads, hessian2', () => {
    expect(dubbo).toMatchObject({ timeoutMs: 1000, retries: 2, cluster: 'failover', loadbalance: 'random', threads: 200, serialization: 'hessian2', forks: 2 });
    expect(dubbo.weights).toEqual([100, 100, 100]);
  });

  it('a healthy call: one attempt, answered in a round trip plus the method', () => {
    const run = simulateCall(dubbo);
    expect(run.outcome).toMatchObject({ kind: 'ok', attempts: 1, provider: 0 });
    expect(run.outcome.atMs).toBeGreaterThan(21);
    expect(run.outcome.atMs).toBeLessThan(25);
  });

  it('pins the timeline of a failover under a slow provider: 1000 ms lost, then another provider answers', () => {
    const run = simulateCall({ ...dubbo, fault: 'slow-provider' });
    expect(rows({ ...dubbo, fault: 'slow-provider' })).toEqual([
      '0 proxy invoke #0 p-',
      '0 client-filters consumer-filters #0 p-',
      '0 cluster cluster-start #0 p-',
      '0 directory directory-list #0 p-',
      '0 router route #0 p-',
      '0 loadbalance pick #1 p0',
      '0 connection connection #1 p0',
      '0 encode encode #1 p0',
      '0 network send #1 p0',
      '0.5 decode decode #1 p0',
      '0.5 threadpool pool-accept #1 p0',
      '0.5 server-filters server-filters #1 p0',
      '0.5 service service-start #1 p0',
      '1000 response timeout #1 p0',
      '1000 cluster retry #2 p-',
      '1000 loadbalance pick #2 p2',
      '1000 connection connection #2 p2',
      '1000 encode encode #2 p2',
      '1000 network send #2 p2',
      '1000.5 decode decode #2 p2',
      '1000.5 threadpool pool-accept #2 p2',
      '1000.5 server-filters server-filters #2 p2',
      '1000.5 service service-start #2 p2',
      '1023.3 service service-end #2 p2',
      '1023.8 response response #2 p2',
      '1023.8 proxy result-ok #0 p2',
      '3000.5 service service-end #1 p0',
      '3001 response late-response #1 p0',
    ]);
    expect(run.outcome).toEqual({ kind: 'ok', atMs: 1023.8, attempts: 2, provider: 2, error: null });
  });

  it('with every provider slow, failover spends 3 × 1000 ms and fails; the countdown caps it at 1000 ms', () => {
    const slow = { ...dubbo, fault: 'slow-provider' as const, faulty: 3 };
    expect(simulateCall(slow).outcome).toMatchObject({ kind: 'error', atMs: 3000, attempts: 3, error: 'timeout' });
    const counted = simulateCall({ ...slow, countdown: true });
    expect(counted.outcome).toMatchObject({ kind: 'error', atMs: 1000, attempts: 1, error: 'no-time-left' });
  });

  it('a full pool answers at once (status 100) and failover moves on in a millisecond', () => {
    const run = simulateCall(presetConfigs['dubbo-threads-200']);
    expect(run.events.find((e) => e.code === 'pool-exhausted')).toMatchObject({ count: 200, provider: 0 });
    expect(run.outcome).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(run.outcome.atMs).toBeLessThan(30);
  });

  it('failfast returns the error, failsafe an empty result, failback records it and retries 5 s later', () => {
    const pool = { ...dubbo, fault: 'pool-exhausted' as const };
    expect(simulateCall({ ...pool, cluster: 'failfast' }).outcome).toMatchObject({ kind: 'error', attempts: 1, error: 'pool-exhausted', atMs: 1 });
    expect(simulateCall({ ...pool, cluster: 'failsafe' }).outcome).toMatchObject({ kind: 'empty', attempts: 1, atMs: 1 });
    const back = simulateCall({ ...pool, cluster: 'failback', retries: 3 });
    expect(back.outcome).toMatchObject({ kind: 'empty', atMs: 1 });
    expect(back.events.filter((e) => e.code === 'failback-retry').map((e) => e.timeMs)).toEqual([5001]);
    expect(back.events.at(-1)?.code).toBe('failback-done');
  });

  it('forking calls 2 providers at once and takes the first answer', () => {
    const run = simulateCall({ ...presetConfigs['dubbo-forking-2'], fault: 'slow-provider' });
    expect(run.events.filter((e) => e.code === 'send' && e.timeMs === 0)).toHaveLength(2);
    expect(run.outcome).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(run.outcome.atMs).toBeLessThan(30);
  });

  it('no provider: fails before any attempt ("No provider available")', () => {
    expect(simulateCall({ ...dubbo, fault: 'no-provider' }).outcome).toEqual({ kind: 'error', atMs: 0, attempts: 0, provider: null, error: 'no-provider' });
  });

  it('a serialization error fails every attempt the same way', () => {
    const run = simulateCall({ ...dubbo, fault: 'serialization-error', faulty: 3 });
    expect(run.outcome).toMatchObject({ kind: 'error', attempts: 3, error: 'decode' });
  });
});

describe('tag routing', () => {
  it('sends a gray request only to the gray provider; a forced unknown tag leaves no provider', () => {
    const gray = simulateCall(presetConfigs['dubbo-tag-gray']);
    expect(gray.routed).toEqual([2]);
    expect(gray.outcome).toMatchObject({ kind: 'ok', provider: 2 });
    const forced = simulateCall({ ...presetConfigs['dubbo-tag-gray'], tag: 'blue', forceTag: true });
    expect(forced.events.find((e) => e.stage === 'router')).toMatchObject({ code: 'route-empty', rule: 'tag-forced-empty' });
    expect(forced.outcome).toMatchObject({ kind: 'error', attempts: 0, error: 'no-provider' });
  });
});

describe('gRPC unary call with a deadline', () => {
  const grpc = presetConfigs['grpc-unary-deadline'];
  it('retries UNAVAILABLE after a backoff, within the one deadline', () => {
    const run = simulateCall({ ...grpc, fault: 'connection-dropped' });
    expect(run.events.some((e) => e.code === 'backoff')).toBe(true);
    expect(run.outcome).toMatchObject({ kind: 'ok', attempts: 2 });
  });
  it('does not retry DEADLINE_EXCEEDED: a slow server ends the call at the deadline', () => {
    expect(simulateCall({ ...grpc, fault: 'slow-provider' }).outcome).toMatchObject({ kind: 'error', atMs: 1000, attempts: 1, error: 'timeout' });
  });
});

const configs = fc
  .record({
    framework: fc.constantFrom('dubbo' as const, 'grpc' as const),
    cluster: fc.constantFrom(...CLUSTERS),
    retries: fc.integer({ min: 0, max: 5 }),
    forks: fc.integer({ min: 1, max: 5 }),
    timeoutMs: fc.integer({ min: 50, max: 5000 }),
    countdown: fc.boolean(),
    loadbalance: fc.constantFrom('random' as const, 'roundrobin' as const),
    weights: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 5 }),
    threads: fc.integer({ min: 1, max: 1000 }),
    serialization: fc.constantFrom('hessian2' as const, 'fastjson' as const),
    fault: fc.constantFrom(...FAULTS),
    faulty: fc.integer({ min: 0, max: 5 }),
    slowMs: fc.integer({ min: 0, max: 10_000 }),
    serviceMs: fc.integer({ min: 0, max: 2000 }),
    rttMs: fc.integer({ min: 0, max: 100 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  })
  .chain((c) =>
    fc
      .record({
        providerTags: fc.array(fc.constantFrom('', 'gray'), { minLength: c.weights.length, maxLength: c.weights.length }),
        tag: fc.constantFrom('', 'gray', 'blue'),
        forceTag: fc.boolean(),
      })
      .map((t) => ({ ...c, ...t })),
  );

describe('invariants', () => {
  it('never makes more than retries + 1 attempts before answering; failfast makes exactly one', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const run = simulateCall(c);
        if (c.framework === 'dubbo' && c.cluster === 'forking') expect(run.outcome.attempts).toBeLessThanOrEqual(Math.max(c.forks, 1));
        else expect(run.outcome.attempts).toBeLessThanOrEqual(c.cluster === 'failover' || c.framework === 'grpc' ? c.retries + 1 : 1);
        // Exactly one, whenever the directory and the router leave a provider to call.
        if (c.framework === 'dubbo' && c.cluster === 'failfast' && run.routed.length > 0) expect(started(c)).toBe(1);
      }),
    );
  });

  it('with one budget (countdown or gRPC deadline) the caller has its answer by the timeout', () => {
    fc.assert(
      fc.property(configs, (c) => {
        if (c.framework === 'dubbo' && !c.countdown) return;
        expect(simulateCall(c).outcome.atMs).toBeLessThanOrEqual(c.timeoutMs);
      }),
    );
  });

  it('is deterministic: same configuration and seed, same events', () => {
    fc.assert(
      fc.property(configs, (c) => {
        expect(simulateCall(c)).toEqual(simulateCall(c));
      }),
      { numRuns: 50 },
    );
  });

  it('events are in time order and every attempt begins with a pick', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const ev = simulateCall(c).events;
        for (let i = 1; i < ev.length; i++) expect(ev[i]!.timeMs).toBeGreaterThanOrEqual(ev[i - 1]!.timeMs);
        expect(ev.filter((e) => e.code === 'pick').length).toBe(ev.filter((e) => e.code === 'send').length);
      }),
    );
  });
});
